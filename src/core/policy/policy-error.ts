import { TeamkitError } from '../errors.ts';
import type { MemberAction, PolicyDecision, PolicyDeniedReason } from './policy-decision.ts';

const lastAdminMessage = 'An organization needs at least one admin. Make someone else an admin first.';

/** The sentence for a refusal of `action`, and the field it belongs to when it has one. */
function wordsFor(action: MemberAction, reason: PolicyDeniedReason): { message?: string; roles?: string } {
  switch (reason) {
    case 'not_permitted':
      // The default permission_denied sentence already says what to do: ask an administrator.
      return {};
    case 'managed_by_directory':
      return action === 'changeRoles'
        ? {
            message: 'This member is managed by your directory; change their roles there.',
            roles: 'Managed by your directory.',
          }
        : { message: 'This member is managed by your directory; remove them there.' };
    case 'last_admin':
      return action === 'changeRoles'
        ? { message: lastAdminMessage, roles: 'The last admin must keep an admin role.' }
        : { message: lastAdminMessage };
    case 'self_demotion':
      return {
        message: 'You cannot remove your own admin role. Ask another admin to change your roles.',
        roles: 'You cannot remove your own admin role.',
      };
    case 'self_removal':
      return {
        message: 'You cannot remove yourself from the organization. Ask another admin to remove you.',
      };
    case 'not_an_invitation':
      return { message: 'This invitation was already accepted.' };
    case 'invitation_not_pending':
      return { message: 'This invitation is no longer pending.' };
    case 'resend_cooldown':
      return { message: 'This invitation was sent a moment ago. Wait before sending it again.' };
  }
}

/**
 * The error a backend throws when the policy refuses `action`: `permission_denied` with a sentence a
 * person can act on (and the `roles` field for a role change), `conflict` when the row is not an
 * invitation, `rate_limited` with the wait for a resend cooldown.
 */
export function policyError(
  action: MemberAction,
  decision: Extract<PolicyDecision, { allowed: false }>,
): TeamkitError {
  const { message, roles } = wordsFor(action, decision.reason);
  if (decision.reason === 'not_an_invitation' || decision.reason === 'invitation_not_pending') {
    return new TeamkitError('conflict', message);
  }
  if (decision.reason === 'resend_cooldown') {
    return new TeamkitError(
      'rate_limited',
      message,
      decision.retryAfterMs === undefined ? {} : { retryAfterMs: decision.retryAfterMs },
    );
  }
  return new TeamkitError('permission_denied', message, roles ? { fieldErrors: { roles } } : {});
}

/** Throws `policyError` when `decision` refuses `action`; returns the allowed decision otherwise. */
export function enforcePolicy(
  action: MemberAction,
  decision: PolicyDecision,
): Extract<PolicyDecision, { allowed: true }> {
  if (!decision.allowed) throw policyError(action, decision);
  return decision;
}
