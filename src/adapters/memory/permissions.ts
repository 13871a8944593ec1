import type { MemberActions } from '../../core/member.ts';
import type { AccessPolicy } from '../../core/policy/access-policy.ts';
import * as adminRoles from '../../core/policy/admin-roles.ts';
import { decideMemberActions } from '../../core/policy/member-actions.ts';
import * as memberRow from '../../core/policy/member-row.ts';
import { checkMembershipChange, checkRemoval } from '../../core/policy/membership-guards.ts';
import { toMemberActions } from '../../core/policy/policy-decision.ts';
import { enforcePolicy } from '../../core/policy/policy-error.ts';
import * as resendCooldown from '../../core/policy/resend-cooldown.ts';
import { viewerPermissions } from '../../core/policy/viewer-permissions.ts';
import type { Role } from '../../core/role.ts';
import type { OrganizationPermissions } from '../../core/viewer.ts';
import type { StoredMembership } from './memory-data.ts';

/**
 * How long after sending an invitation it may be sent again (a real backend rate-limits resends too):
 * `fullCapabilities.invitations.resendCooldownMs`, which the memory adapter declares.
 */
export const resendCooldownMs = 60_000;

/**
 * The seeded organizations' roles in the core policy's terms: admin roles (`isAdmin`) may do
 * everything; a role not listed here (one a story added) may see the members list and nothing more.
 */
export const memoryAccessPolicy: AccessPolicy = Object.freeze({
  rolePermissions: {
    member: { viewMembers: true },
    billing_manager: { viewMembers: true, updateOrganization: true },
  },
  unmappedRolePermissions: { viewMembers: true },
});

/** The permissions an active membership with these roles grants; nothing for anyone else. */
export function permissionsFor(
  membership: StoredMembership | undefined,
  roles: readonly Role[],
): OrganizationPermissions {
  return viewerPermissions(membership, roles, memoryAccessPolicy);
}

/** True when the membership holds an admin role. */
export function holdsAdminRole(membership: Pick<StoredMembership, 'roles'>, roles: readonly Role[]): boolean {
  return adminRoles.holdsAdminRole(membership.roles, roles, memoryAccessPolicy);
}

/** True when `membership` is the organization's only active admin: removing or demoting it would leave none. */
export function isLastAdmin(
  membership: StoredMembership,
  memberships: readonly StoredMembership[],
  roles: readonly Role[],
): boolean {
  const sameOrganization = memberships.filter(
    (other) => other === membership || other.organizationId === membership.organizationId,
  );
  const count = adminRoles.countActiveAdmins(sameOrganization, roles, memoryAccessPolicy);
  return adminRoles.isLastActiveAdmin(membership, count, roles, memoryAccessPolicy);
}

/** True for an invitation not yet accepted (pending or expired). */
export function isInvitation(membership: Pick<StoredMembership, 'status'>): boolean {
  return memberRow.isInvitation(membership);
}

/** When the invitation may next be sent (ms since the epoch). */
export function resendAllowedAt(
  membership: StoredMembership,
  cooldownMs: number | null = resendCooldownMs,
): number {
  return resendCooldown.resendAllowedAt(membership, cooldownMs);
}

/** What the viewer may do to one member row, and why not: the core policy's decision, the same rules the methods enforce. */
export function memberActions(
  membership: StoredMembership,
  context: { permissions: OrganizationPermissions; lastAdmin: boolean; now: number },
): MemberActions {
  // No viewer ID reaches here, so no row counts as the viewer's own: today's Member has no place for
  // the self markers, and the memory policy allows self-changes anyway.
  const decided = decideMemberActions(membership, {
    ...context,
    viewerId: null,
    roles: [],
    policy: memoryAccessPolicy,
    resendCooldownMs,
  });
  return toMemberActions(decided);
}

/** Who asks for a write, and the organization it lands in: what the write guards read. */
export interface WriteGuardContext {
  /** The signed-in user's ID. */
  viewerId: string;
  /** Their permissions in the organization. */
  permissions: OrganizationPermissions;
  /** Every stored membership, to find the last admin. */
  memberships: readonly StoredMembership[];
  /** The organization's roles. */
  roles: readonly Role[];
}

function guardFacts(membership: StoredMembership, context: WriteGuardContext) {
  return {
    viewerId: context.viewerId,
    permissions: context.permissions,
    roles: context.roles,
    policy: memoryAccessPolicy,
    lastAdmin: isLastAdmin(membership, context.memberships, context.roles),
  };
}

/** Throws the core policy's `permission_denied` unless the viewer may give `membership` these roles. */
export function enforceRoleChange(
  membership: StoredMembership,
  roles: readonly string[],
  context: WriteGuardContext,
): void {
  enforcePolicy('changeRoles', checkMembershipChange(membership, { roles }, guardFacts(membership, context)));
}

/** Throws the core policy's `permission_denied` unless the viewer may remove `membership`. */
export function enforceRemoval(membership: StoredMembership, context: WriteGuardContext): void {
  enforcePolicy('remove', checkRemoval(membership, guardFacts(membership, context)));
}
