import { holdsAdminRole } from './admin-roles.ts';
import { checkResend, checkRevoke } from './invitation-guards.ts';
import { isDirectoryManaged, type MemberRowState } from './member-row.ts';
import { checkRemoval } from './membership-guards.ts';
import { actsOnSelf, type LastAdminFact, type PolicyContext, type ResendFacts } from './policy-context.ts';
import { allow, deny, type PolicyDecision, type PolicyMemberActions } from './policy-decision.ts';

/**
 * Whether to offer a change of roles on the row. Before the new roles are chosen the last admin is
 * refused outright (every choice but keeping the same roles would leave no admin); on the viewer's own
 * admin row it is marked `self_demotion`, since a choice without an admin role demotes them, and
 * `checkMembershipChange` judges the chosen roles.
 */
function offerRoleChange(member: MemberRowState, context: PolicyContext & LastAdminFact): PolicyDecision {
  if (!context.permissions.manageMembers) return deny('not_permitted');
  const policy = context.policy ?? {};
  if (isDirectoryManaged(member, policy)) return deny('managed_by_directory');
  if (context.lastAdmin) return deny('last_admin');
  const ownAdminRow = actsOnSelf(member, context) && holdsAdminRole(member.roles, context.roles, policy);
  return ownAdminRow ? allow('self_demotion') : allow();
}

/**
 * What the viewer may do to one member row, and why not: the same rules the write guards enforce, so
 * a backend refuses exactly what the UI does not offer. Neither Scalekit nor Auth0 returns per-row
 * actions, so every adapter and the server handler compute them here.
 */
export function decideMemberActions(
  member: MemberRowState,
  context: PolicyContext & LastAdminFact & ResendFacts,
): PolicyMemberActions {
  return {
    changeRoles: offerRoleChange(member, context),
    remove: checkRemoval(member, context),
    resendInvitation: checkResend(member, context),
    revokeInvitation: checkRevoke(member, context),
  };
}
