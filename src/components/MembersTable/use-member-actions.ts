'use client';
import { useCallback, useMemo, useState } from 'react';
import { toTeamkitError } from '../../core/errors.ts';
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

/** An action waiting for the viewer's yes: the question the confirm dialog asks. */
export type MemberConfirmation =
  | { kind: 'remove'; member: Member }
  | { kind: 'revoke'; member: Member }
  | { kind: 'demoteSelf'; member: Member; role: string };

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
  /** Asks to remove a member. */
  requestRemove: (member: Member) => void;
  /** Asks to revoke an invitation. */
  requestRevoke: (member: Member) => void;
  /** Gives a member exactly this role (asks first when viewers demote themselves). */
  changeRole: (member: Member, role: string) => void;
  /** Sends an invitation again. */
  resend: (member: Member) => void;
  /** When a member's resend cooldown ends (epoch ms), or null when no resend is known. */
  resendAvailableAt: (member: Member) => number | null;
  /** Rows with a request in flight, by `memberKey`. */
  busyUserIds: ReadonlySet<string>;
  /** A role's display name (the name itself when the role is unknown). */
  roleLabel: (name: string) => string;
}

/**
 * The row actions of the members table, one place for all of them: confirmation first where an
 * action destroys something or demotes the viewer, then the optimistic mutation (the hooks roll back
 * on failure), and every outcome announced, so a rollback is never silent.
 */
export function useMemberActions(options: UseMemberActionsOptions): UseMemberActionsResult {
  const { viewer, roles, resendCooldownMs, onRowLeaving } = options;
  const { messages, announce } = useTeamkit();
  const text = messages.members.announce;
  const removeMember = useRemoveMember();
  const revokeInvitation = useRevokeInvitation();
  const resendInvitation = useResendInvitation();
  const updateRoles = useUpdateMemberRoles();
  const [confirmation, setConfirmation] = useState<MemberConfirmation | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  // Cooldowns this session knows of before the list refetches (or when the backend said "wait").
  const [cooldownUntil, setCooldownUntil] = useState<Readonly<Record<string, number>>>({});

  const roleLabel = useCallback(
    (name: string) => roles.find((role) => role.name === name)?.displayName || name,
    [roles],
  );
  const errorText = useCallback(
    (error: unknown) => messages.common.errors[toTeamkitError(error).code],
    [messages],
  );

  const track = useCallback(async (key: string, work: () => Promise<unknown>) => {
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
    (member: Member, role: string) => {
      const values = { name: memberDisplayName(member), role: roleLabel(role) };
      const { userId } = member;
      if (userId === null) return; // an invitation without a user has no roles to change yet
      void track(memberKey(member), async () => {
        try {
          await updateRoles.mutateAsync({ userId, roles: [role] });
          announce(formatMessage(text.roleChanged, values));
        } catch (error) {
          announce(formatMessage(text.roleChangeFailed, { ...values, error: errorText(error) }), 'assertive');
        }
      });
    },
    [announce, errorText, roleLabel, text, track, updateRoles],
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
          announce(formatMessage(text.removeFailed, { name, error: errorText(error) }), 'assertive');
        }
      });
    },
    [announce, errorText, onRowLeaving, removeMember, text, track],
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
          announce(formatMessage(text.revokeFailed, { email, error: errorText(error) }), 'assertive');
        }
      });
    },
    [announce, errorText, onRowLeaving, revokeInvitation, text, track],
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
          announce(formatMessage(text.resendFailed, { email, error: errorText(failure) }), 'assertive');
        }
      });
    },
    [announce, errorText, resendCooldownMs, resendInvitation, text, track],
  );

  const isAdminRole = useCallback(
    (name: string) => roles.some((role) => role.name === name && role.isAdmin),
    [roles],
  );

  const changeRole = useCallback(
    (member: Member, role: string) => {
      if (member.roles.length === 1 && member.roles[0] === role) return;
      const demotesSelf =
        viewer !== undefined &&
        member.userId === viewer.userId &&
        member.roles.some(isAdminRole) &&
        !isAdminRole(role);
      if (demotesSelf) setConfirmation({ kind: 'demoteSelf', member, role });
      else runRoleChange(member, role);
    },
    [isAdminRole, runRoleChange, viewer],
  );

  const confirm = useCallback(() => {
    const pending = confirmation;
    setConfirmation(null);
    if (!pending) return;
    if (pending.kind === 'remove') runRemove(pending.member);
    else if (pending.kind === 'revoke') runRevoke(pending.member);
    else runRoleChange(pending.member, pending.role);
  }, [confirmation, runRemove, runRevoke, runRoleChange]);

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
      requestRemove: (member: Member) => setConfirmation({ kind: 'remove', member }),
      requestRevoke: (member: Member) => setConfirmation({ kind: 'revoke', member }),
      changeRole,
      resend,
      resendAvailableAt,
      busyUserIds: busy,
      roleLabel,
    }),
    [busy, changeRole, confirm, confirmation, resend, resendAvailableAt, roleLabel],
  );
}
