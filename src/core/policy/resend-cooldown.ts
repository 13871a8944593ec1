import type { MemberRowState } from './member-row.ts';

/**
 * When an invitation may next be sent (ms since the epoch): its last sending plus the backend's
 * cooldown (`capabilities.invitations.resendCooldownMs`); 0, "now", when there is no cooldown or the
 * invitation was never sent.
 */
export function resendAllowedAt(
  member: Pick<MemberRowState, 'invitedAt' | 'lastResentAt'>,
  cooldownMs: number | null,
): number {
  const lastSent = member.lastResentAt ?? member.invitedAt;
  if (cooldownMs === null || !lastSent) return 0;
  return Date.parse(lastSent) + cooldownMs;
}
