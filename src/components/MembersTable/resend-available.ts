import type { Member } from '../../core/member.ts';
import { toDate } from '../../i18n/intl.ts';

/**
 * When a member's invitation may be sent again (epoch ms), or null when no send is known: the backend
 * counts the wait from the last send (the latest resend, else the invitation itself); `known` is a
 * cooldown this session learned (a resend it made, or a "wait" the backend answered).
 */
export function resendAvailableFrom(member: Member, cooldownMs: number, known: number | null): number | null {
  const isInvitation = member.status === 'pending_invite' || member.status === 'invite_expired';
  const lastResent = isInvitation ? toDate(member.lastResentAt ?? member.invitedAt)?.getTime() : undefined;
  const fromBackend = lastResent === undefined ? null : lastResent + cooldownMs;
  if (fromBackend === null) return known;
  return known === null ? fromBackend : Math.max(known, fromBackend);
}
