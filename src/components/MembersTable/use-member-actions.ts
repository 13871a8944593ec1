'use client';
import { useCallback, useMemo, useState } from 'react';
import { errorSentence, toTeamkitError } from '../../core/errors.ts';
import { type Member, memberDisplayName } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useRemoveMember } from '../../react/use-remove-member.ts';
import { useResendInvitation } from '../../react/use-resend-invitation.ts';
import { useRevokeInvitation } from '../../react/use-revoke-invitation.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateMemberRoles } from '../../react/use-update-member-roles.ts';
import type {
  MemberActionFailure,
  MemberConfirmation,
  UseMemberActionsOptions,
  UseMemberActionsResult,
} from './member-action-types.ts';
import { isViewerRow, roleChangeStep } from './role-change-step.ts';
import { useActionFailures } from './use-action-failures.ts';
import { useResendCooldowns } from './use-resend-cooldowns.ts';
import { useRoleWords } from './use-role-words.ts';

/**
 * The row actions of the members table, one place for all of them: confirmation first where an
 * action destroys something, demotes the viewer or changes roles beside others, then the optimistic
 * mutation (the hooks roll back on failure), and every outcome announced; a failure also stays in
 * `failures` (shown, with a retry where one can work), so a rollback is never silent.
 */
export function useMemberActions(options: UseMemberActionsOptions): UseMemberActionsResult {
  const { viewer, roles, resendCooldownMs, onRowLeaving } = options;
  const { adapter, organizationId, messages, announce, locale } = useTeamkit();
  const text = messages.members.announce;
  const removeMember = useRemoveMember();
  const revokeInvitation = useRevokeInvitation();
  const resendInvitation = useResendInvitation();
  const updateRoles = useUpdateMemberRoles();
  const [confirmation, setConfirmation] = useState<MemberConfirmation | null>(null);
  const { resendAvailableAt, coolDown } = useResendCooldowns(resendCooldownMs);
  const { busy, failures, fail, track, dismiss } = useActionFailures();

  const { roleLabel, roleList } = useRoleWords(roles, locale);
  const errorText = useCallback((error: unknown) => errorSentence(error, messages.common.errors), [messages]);

  const runRoleChange = useCallback(
    (member: Member, roles: readonly string[]) => {
      const name = memberDisplayName(member);
      const values = { name, role: roleList(roles), roles: roleList(roles) };
      const { userId } = member;
      if (userId === null) return; // an invitation without a user has no roles to change yet
      void track(memberKey(member), async () => {
        try {
          await updateRoles.mutateAsync({ userId, roles: [...roles], expectedRoles: member.roles });
          announce(formatMessage(roles.length > 1 ? text.rolesChanged : text.roleChanged, values));
        } catch (error) {
          // Changed elsewhere since the row was drawn: say so, with the roles they hold now (the row
          // shows them too once the list refetches), rather than replacing that change.
          const now =
            toTeamkitError(error).code === 'conflict'
              ? await adapter.getMember(organizationId, userId).catch(() => null)
              : null;
          const message = now
            ? formatMessage(text.roleChangeConflict, { name, roles: roleList(now.roles) })
            : formatMessage(text.roleChangeFailed, { name, error: errorText(error) });
          fail(member, { kind: 'roles', roles }, message, error);
        }
      });
    },
    [adapter, organizationId, announce, errorText, fail, roleList, text, track, updateRoles],
  );

  const runRemove = useCallback(
    (member: Member) => {
      const name = memberDisplayName(member);
      const { userId } = member;
      if (userId === null) return; // an invitation without a user is revoked, not removed
      onRowLeaving?.(member);
      void track(memberKey(member), async () => {
        try {
          await removeMember.mutateAsync({ userId });
          announce(formatMessage(text.removed, { name }));
        } catch (error) {
          const message = formatMessage(text.removeFailed, { name, error: errorText(error) });
          fail(member, { kind: 'remove' }, message, error);
        }
      });
    },
    [announce, errorText, fail, onRowLeaving, removeMember, text, track],
  );

  const runRevoke = useCallback(
    (member: Member) => {
      const { email, invitationId } = member;
      if (invitationId === null) return;
      onRowLeaving?.(member);
      void track(memberKey(member), async () => {
        try {
          await revokeInvitation.mutateAsync({ invitationId });
          announce(formatMessage(text.revoked, { email }));
        } catch (error) {
          const message = formatMessage(text.revokeFailed, { email, error: errorText(error) });
          fail(member, { kind: 'revoke' }, message, error);
        }
      });
    },
    [announce, errorText, fail, onRowLeaving, revokeInvitation, text, track],
  );

  const resend = useCallback(
    (member: Member) => {
      const { email, invitationId } = member;
      if (invitationId === null) return;
      const key = memberKey(member);
      void track(key, async () => {
        try {
          await resendInvitation.mutateAsync({ invitationId });
          coolDown(key, resendCooldownMs);
          announce(formatMessage(text.resent, { email }));
        } catch (error) {
          const failure = toTeamkitError(error);
          if (failure.code === 'rate_limited') {
            const wait = failure.retryAfterMs ?? resendCooldownMs;
            coolDown(key, wait);
          }
          const message = formatMessage(text.resendFailed, { email, error: errorText(failure) });
          fail(member, { kind: 'resend' }, message, failure);
        }
      });
    },
    [announce, errorText, fail, resendCooldownMs, resendInvitation, text, track, coolDown],
  );

  const changeRoles = useCallback(
    (member: Member, next: readonly string[]) => {
      const step = roleChangeStep(member, next, viewer, roles);
      if (step === 'ask-self' || step === 'ask') {
        setConfirmation({ kind: step === 'ask-self' ? 'demoteSelf' : 'roles', member, roles: next });
      } else if (step === 'run') runRoleChange(member, next);
    },
    [viewer, roles, runRoleChange],
  );

  const confirm = useCallback(() => {
    const pending = confirmation;
    setConfirmation(null);
    if (!pending) return;
    if (pending.kind === 'remove' || pending.kind === 'removeSelf') runRemove(pending.member);
    else if (pending.kind === 'revoke') runRevoke(pending.member);
    else runRoleChange(pending.member, pending.roles);
  }, [confirmation, runRemove, runRevoke, runRoleChange]);

  const retry = useCallback(
    (failure: MemberActionFailure) => {
      const { member, action } = failure;
      // Asked and confirmed already: the same request goes again as it was.
      if (action.kind === 'roles') runRoleChange(member, action.roles);
      else if (action.kind === 'remove') runRemove(member);
      else if (action.kind === 'revoke') runRevoke(member);
      else resend(member);
    },
    [resend, runRemove, runRevoke, runRoleChange],
  );

  return useMemo(
    () => ({
      confirmation,
      confirm,
      cancel: () => setConfirmation(null),
      requestRemove: (member: Member) =>
        setConfirmation({ kind: isViewerRow(member, viewer) ? 'removeSelf' : 'remove', member }),
      requestRevoke: (member: Member) => setConfirmation({ kind: 'revoke', member }),
      changeRoles,
      resend,
      resendAvailableAt,
      busyUserIds: busy,
      roleLabel,
      roleList,
      failures,
      retry,
      dismiss,
    }),
    [
      busy,
      changeRoles,
      confirm,
      confirmation,
      dismiss,
      failures,
      viewer,
      resend,
      resendAvailableAt,
      retry,
      roleLabel,
      roleList,
    ],
  );
}
