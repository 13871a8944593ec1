'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { errorSentence, type TeamkitErrorCode, toTeamkitError } from '../../core/errors.ts';
import { type Member, memberDisplayName } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import type { Role } from '../../core/role.ts';
import type { Viewer } from '../../core/viewer.ts';
import { formatMessage } from '../../i18n/format.ts';
import { toDate } from '../../i18n/intl.ts';
import { useRemoveMember } from '../../react/use-remove-member.ts';
import { useResendInvitation } from '../../react/use-resend-invitation.ts';
import { useRevokeInvitation } from '../../react/use-revoke-invitation.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateMemberRoles } from '../../react/use-update-member-roles.ts';
import { listFormatOf } from './list-format.ts';
import { isNoRoleChange, roleChangeOf } from './role-change.ts';

/**
 * An action waiting for the viewer's yes: the question the confirm dialog asks. `roles` is a change
 * that adds or drops a role beside another (said in words first); `demoteSelf` and `removeSelf` are
 * the viewer's own row.
 */
export type MemberConfirmation =
  | { kind: 'remove'; member: Member }
  | { kind: 'removeSelf'; member: Member }
  | { kind: 'revoke'; member: Member }
  | { kind: 'roles'; member: Member; roles: readonly string[] }
  | { kind: 'demoteSelf'; member: Member; roles: readonly string[] };

/** A row action that can fail, as a failure notice retries it. */
export type MemberRowAction =
  | { kind: 'roles'; roles: readonly string[] }
  | { kind: 'remove' }
  | { kind: 'revoke' }
  | { kind: 'resend' };

/** A row action the backend refused, shown where the person is looking until retried or dismissed. */
export interface MemberActionFailure {
  /** Unique among this table's failures. */
  id: number;
  /** The member it was about. */
  member: Member;
  /** What was tried. */
  action: MemberRowAction;
  /** What happened and why, the same words as announced ("Jonas was not removed. You do not …"). */
  message: string;
  /** The error code. */
  code: TeamkitErrorCode;
  /** Whether trying the same thing again may work (never for `permission_denied`, `validation` …). */
  retryable: boolean;
}

/** Options of useMemberActions. */
export interface UseMemberActionsOptions {
  /** The signed-in person (to spot a self-demotion); undefined while loading. */
  viewer: Viewer | undefined;
  /** The organization's roles (display names, and which ones are admin roles). */
  roles: readonly Role[];
  /** How long after a resend the backend refuses another, in milliseconds. */
  resendCooldownMs: number;
  /** Called when a confirmed remove or revoke takes a row away, so focus can move to a neighbour. */
  onRowLeaving?: (member: Member) => void;
}

/** What the row actions need: the requests, the pending confirmation and each row's resend cooldown. */
export interface UseMemberActionsResult {
  /** The action waiting for confirmation, or null. */
  confirmation: MemberConfirmation | null;
  /** Runs the confirmed action (the dialog closes at once: the change is optimistic). */
  confirm: () => void;
  /** Drops the pending confirmation. */
  cancel: () => void;
  /** Asks to remove a member (in words of its own when it is the viewer). */
  requestRemove: (member: Member) => void;
  /** Asks to revoke an invitation. */
  requestRevoke: (member: Member) => void;
  /**
   * Gives a member exactly these roles. Asks first when viewers demote themselves, and when the
   * change adds or drops a role beside another, saying which; a plain swap of one role runs at once.
   */
  changeRoles: (member: Member, roles: readonly string[]) => void;
  /** Sends an invitation again. */
  resend: (member: Member) => void;
  /** When a member's resend cooldown ends (epoch ms), or null when no resend is known. */
  resendAvailableAt: (member: Member) => number | null;
  /** Rows with a request in flight, by `memberKey`. */
  busyUserIds: ReadonlySet<string>;
  /** A role's display name (the name itself when the role is unknown). */
  roleLabel: (name: string) => string;
  /** Role names as one list in the locale ("Member and Billing manager"). */
  roleList: (names: readonly string[]) => string;
  /** Row actions that failed, newest first, until retried or dismissed. */
  failures: readonly MemberActionFailure[];
  /** Runs a failed action again (the notice goes; a new failure brings it back). */
  retry: (failure: MemberActionFailure) => void;
  /** Drops a failure notice. */
  dismiss: (failure: MemberActionFailure) => void;
}

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
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  // Cooldowns this session knows of before the list refetches (or when the backend said "wait").
  const [cooldownUntil, setCooldownUntil] = useState<Readonly<Record<string, number>>>({});
  const [failures, setFailures] = useState<readonly MemberActionFailure[]>([]);
  const failureIds = useRef(0);

  const roleLabel = useCallback(
    (name: string) => roles.find((role) => role.name === name)?.displayName || name,
    [roles],
  );
  const roleList = useCallback(
    (names: readonly string[]) => listFormatOf(locale).format(names.map(roleLabel)),
    [locale, roleLabel],
  );
  const errorText = useCallback((error: unknown) => errorSentence(error, messages.common.errors), [messages]);

  /** Announces a failure (assertively) and keeps it on screen, replacing older ones about the member. */
  const fail = useCallback(
    (member: Member, action: MemberRowAction, message: string, error: unknown) => {
      announce(message, 'assertive');
      const failure = toTeamkitError(error);
      failureIds.current += 1;
      const entry: MemberActionFailure = {
        id: failureIds.current,
        member,
        action,
        message,
        code: failure.code,
        retryable: failure.retryable,
      };
      const key = memberKey(member);
      setFailures((current) => [entry, ...current.filter((old) => memberKey(old.member) !== key)]);
    },
    [announce],
  );

  const track = useCallback(async (key: string, work: () => Promise<unknown>) => {
    // A new attempt on a member replaces what the last one said.
    setFailures((current) =>
      current.some((old) => memberKey(old.member) === key)
        ? current.filter((old) => memberKey(old.member) !== key)
        : current,
    );
    setBusy((current) => new Set(current).add(key));
    try {
      await work();
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(key);
        return next;
      });
    }
  }, []);

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
          setCooldownUntil((current) => ({ ...current, [key]: Date.now() + resendCooldownMs }));
          announce(formatMessage(text.resent, { email }));
        } catch (error) {
          const failure = toTeamkitError(error);
          if (failure.code === 'rate_limited') {
            const wait = failure.retryAfterMs ?? resendCooldownMs;
            setCooldownUntil((current) => ({ ...current, [key]: Date.now() + wait }));
          }
          const message = formatMessage(text.resendFailed, { email, error: errorText(failure) });
          fail(member, { kind: 'resend' }, message, failure);
        }
      });
    },
    [announce, errorText, fail, resendCooldownMs, resendInvitation, text, track],
  );

  const isAdminRole = useCallback(
    (name: string) => roles.some((role) => role.name === name && role.isAdmin),
    [roles],
  );

  const isViewer = useCallback(
    (member: Member) => viewer !== undefined && member.userId === viewer.userId,
    [viewer],
  );

  const changeRoles = useCallback(
    (member: Member, roles: readonly string[]) => {
      if (roles.length === 0 || isNoRoleChange(roleChangeOf(member.roles, roles))) return;
      const demotesSelf = isViewer(member) && member.roles.some(isAdminRole) && !roles.some(isAdminRole);
      // One role for another reads plainly in the menu; anything beside it is said before it happens.
      const plainSwap = member.roles.length === 1 && roles.length === 1;
      if (demotesSelf) setConfirmation({ kind: 'demoteSelf', member, roles });
      else if (!plainSwap) setConfirmation({ kind: 'roles', member, roles });
      else runRoleChange(member, roles);
    },
    [isAdminRole, isViewer, runRoleChange],
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

  const dismiss = useCallback((failure: MemberActionFailure) => {
    setFailures((current) => current.filter((old) => old.id !== failure.id));
  }, []);

  const resendAvailableAt = useCallback(
    (member: Member) => {
      // The backend counts the wait from the last send: the latest resend, else the invitation itself.
      const isInvitation = member.status === 'pending_invite' || member.status === 'invite_expired';
      const lastResent = isInvitation
        ? toDate(member.lastResentAt ?? member.invitedAt)?.getTime()
        : undefined;
      const fromBackend = lastResent === undefined ? null : lastResent + resendCooldownMs;
      const known = cooldownUntil[memberKey(member)] ?? null;
      if (fromBackend === null) return known;
      return known === null ? fromBackend : Math.max(known, fromBackend);
    },
    [cooldownUntil, resendCooldownMs],
  );

  return useMemo(
    () => ({
      confirmation,
      confirm,
      cancel: () => setConfirmation(null),
      requestRemove: (member: Member) =>
        setConfirmation({ kind: isViewer(member) ? 'removeSelf' : 'remove', member }),
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
      isViewer,
      resend,
      resendAvailableAt,
      retry,
      roleLabel,
      roleList,
    ],
  );
}
