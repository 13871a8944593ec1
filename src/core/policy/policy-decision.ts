import type { ActionDeniedReason, ActionPermission, MemberActions } from '../member.ts';

/** One of the four things a viewer may do to a member row. */
export type MemberAction = keyof MemberActions;

/** An allowed action the viewer takes on their own membership: the UI confirms it in its own words. */
export type SelfAction = 'self_removal' | 'self_demotion';

/**
 * Why the policy refuses an action: today's `ActionDeniedReason`, plus the viewer's own removal and
 * demotion when the host's policy refuses them (`selfChanges: 'deny'`).
 */
export type PolicyDeniedReason = ActionDeniedReason | SelfAction;

/**
 * The policy's answer for one action: allowed (marked when the viewer acts on themselves), or refused
 * with a reason (and, for a resend cooldown, how long to wait).
 */
export type PolicyDecision =
  | { allowed: true; selfAction?: SelfAction }
  | { allowed: false; reason: PolicyDeniedReason; retryAfterMs?: number };

/** The policy's answer for every action on one member row. */
export type PolicyMemberActions = Record<MemberAction, PolicyDecision>;

/** An allowed decision; marked only when the viewer acts on themselves, so it equals `{ allowed: true }` otherwise. */
export function allow(selfAction?: SelfAction): PolicyDecision {
  return selfAction ? { allowed: true, selfAction } : { allowed: true };
}

/** A refused decision. */
export function deny(reason: PolicyDeniedReason, retryAfterMs?: number): PolicyDecision {
  return retryAfterMs === undefined ? { allowed: false, reason } : { allowed: false, reason, retryAfterMs };
}

/**
 * One decision in today's `ActionPermission` shape (what `Member.actions` carries): the self marker
 * and wait are dropped, and a refused self-change reads `not_permitted`, until `ActionDeniedReason`
 * gains `self_removal` and `self_demotion`.
 */
export function toActionPermission(decision: PolicyDecision): ActionPermission {
  if (decision.allowed) return { allowed: true };
  const reason =
    decision.reason === 'self_removal' || decision.reason === 'self_demotion'
      ? 'not_permitted'
      : decision.reason;
  return { allowed: false, reason };
}

/** A row's decisions in today's `MemberActions` shape (see `toActionPermission`). */
export function toMemberActions(actions: PolicyMemberActions): MemberActions {
  return {
    changeRoles: toActionPermission(actions.changeRoles),
    remove: toActionPermission(actions.remove),
    resendInvitation: toActionPermission(actions.resendInvitation),
    revokeInvitation: toActionPermission(actions.revokeInvitation),
  };
}
