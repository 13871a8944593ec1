import type { Member } from './member.ts';

/**
 * A member row's stable key, for React keys, focus and caches: the user ID, or the invitation ID for an
 * invitation that has no user (Auth0). The two cannot collide: invitation keys carry a prefix.
 */
export function memberKey(member: Pick<Member, 'userId' | 'invitationId'>): string {
  if (member.userId !== null) return member.userId;
  return `invitation:${member.invitationId ?? ''}`;
}
