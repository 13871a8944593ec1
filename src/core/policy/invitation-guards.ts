import { isInvitation, type MemberRowState } from './member-row.ts';
import type { PolicyContext, ResendFacts } from './policy-context.ts';
import { allow, deny, type PolicyDecision } from './policy-decision.ts';
import { resendAllowedAt } from './resend-cooldown.ts';

/**
 * Whether the viewer may send `member`'s invitation again: they need `inviteMembers`, the row must be
 * an invitation (pending or expired), and the backend's cooldown since the last sending must have
 * passed (the refusal says how long is left).
 */
export function checkResend(member: MemberRowState, context: PolicyContext & ResendFacts): PolicyDecision {
  if (!context.permissions.inviteMembers) return deny('not_permitted');
  if (!isInvitation(member)) return deny('not_an_invitation');
  const allowedAt = resendAllowedAt(member, context.resendCooldownMs);
  if (context.now < allowedAt) return deny('resend_cooldown', allowedAt - context.now);
  return allow();
}

/** Whether the viewer may withdraw `member`'s invitation: they need `inviteMembers`, and it must be one. */
export function checkRevoke(member: MemberRowState, context: PolicyContext): PolicyDecision {
  if (!context.permissions.inviteMembers) return deny('not_permitted');
  if (!isInvitation(member)) return deny('not_an_invitation');
  return allow();
}
