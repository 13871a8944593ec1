import { sameRoles } from '../expected-roles.ts';
import { holdsAdminRole } from './admin-roles.ts';
import { isDirectoryManaged, type MemberRowState } from './member-row.ts';
import { actsOnSelf, type LastAdminFact, type PolicyContext } from './policy-context.ts';
import { allow, deny, type PolicyDecision } from './policy-decision.ts';

/** A change to a membership, as far as the policy cares: the full desired set of roles, when it changes. */
export interface MembershipChange {
  /** The roles the member should hold; left out for a change of metadata only. */
  roles?: readonly string[];
}

/**
 * Whether the viewer may make `change` to `member`: they need `manageMembers`; a change of roles is
 * refused for a directory-managed member, for the last admin losing every admin role, and (when the
 * host's policy says `selfChanges: 'deny'`) for a viewer dropping their own admin role. A viewer
 * allowed to drop their own admin role gets `selfAction: 'self_demotion'` so the UI confirms it.
 * Metadata alone is not the directory's: it may change on any member.
 */
export function checkMembershipChange(
  member: MemberRowState,
  change: MembershipChange,
  context: PolicyContext & LastAdminFact,
): PolicyDecision {
  if (!context.permissions.manageMembers) return deny('not_permitted');
  const next = change.roles;
  if (next === undefined || sameRoles(next, member.roles)) return allow();
  const policy = context.policy ?? {};
  if (isDirectoryManaged(member, policy)) return deny('managed_by_directory');
  const keepsAdmin = holdsAdminRole(next, context.roles, policy);
  if (context.lastAdmin && !keepsAdmin) return deny('last_admin');
  const demotesSelf =
    actsOnSelf(member, context) && holdsAdminRole(member.roles, context.roles, policy) && !keepsAdmin;
  if (!demotesSelf) return allow();
  return policy.selfChanges === 'deny' ? deny('self_demotion') : allow('self_demotion');
}

/**
 * Whether the viewer may remove `member` (a member or an invitation): they need `manageMembers`; a
 * directory-managed member and the last admin stay; removing oneself is marked `self_removal` (or
 * refused, when the policy says `selfChanges: 'deny'`).
 */
export function checkRemoval(member: MemberRowState, context: PolicyContext & LastAdminFact): PolicyDecision {
  if (!context.permissions.manageMembers) return deny('not_permitted');
  const policy = context.policy ?? {};
  if (isDirectoryManaged(member, policy)) return deny('managed_by_directory');
  if (context.lastAdmin) return deny('last_admin');
  if (!actsOnSelf(member, context)) return allow();
  return policy.selfChanges === 'deny' ? deny('self_removal') : allow('self_removal');
}
