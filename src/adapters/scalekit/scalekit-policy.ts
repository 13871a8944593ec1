import type { Member } from '../../core/member.ts';
import type { AccessPolicy } from '../../core/policy/access-policy.ts';
import { holdsAdminRole } from '../../core/policy/admin-roles.ts';
import { decideMemberActions } from '../../core/policy/member-actions.ts';
import { isDirectoryManaged, type MemberRowState } from '../../core/policy/member-row.ts';
import type { PolicyContext } from '../../core/policy/policy-context.ts';
import { toMemberActions } from '../../core/policy/policy-decision.ts';
import { viewerPermissions } from '../../core/policy/viewer-permissions.ts';
import type { Role } from '../../core/role.ts';
import { toMembershipStatus, toProvisioningMethod } from './map-member.ts';
import { presentString, type ScalekitMembership } from './scalekit-types.ts';

/** What the adapter's options say about who may do what (see `ScalekitAdapterOptions`). */
export interface ScalekitPolicyOptions {
  /** The host's mapping of roles and permission strings onto the kit's permissions. */
  policy?: AccessPolicy;
  /** Shortcut for `policy.adminRoles`. */
  roles?: { admin?: readonly string[] };
  /** Whether `direct_provision` members count as a directory's (default true). */
  directProvisionIsDirectory?: boolean;
}

/**
 * The core policy the adapter decides with. Scalekit marks no admin role and says of `direct_provision`
 * only "API or SCIM", so the defaults are the safe readings: `admin` (the role Scalekit gives an
 * organization's creator) is the admin role, a directly provisioned member is a directory's, and any
 * other active member may see the members list (the adapter's rule before the core policy existed).
 */
export function resolveScalekitPolicy(options: ScalekitPolicyOptions): AccessPolicy {
  const given = options.policy ?? {};
  const directIsDirectory = options.directProvisionIsDirectory ?? true;
  const hostMapsRoles = given.rolePermissions !== undefined || given.unmappedRolePermissions !== undefined;
  return {
    ...given,
    ...(hostMapsRoles ? {} : { unmappedRolePermissions: { viewMembers: true } }),
    adminRoles: given.adminRoles ?? options.roles?.admin ?? ['admin'],
    isDirectoryManaged:
      given.isDirectoryManaged ??
      ((member) => member.provisioning === 'scim' || (directIsDirectory && member.provisioning === 'direct')),
  };
}

/** Whether the policy names its admin roles (so no role records are needed to tell them). */
export function adminRolesByName(policy: AccessPolicy): boolean {
  return Array.isArray(policy.adminRoles);
}

/** What the policy reads of a Scalekit membership (Member rows carry the same fields). */
export function membershipRow(userId: string, membership: ScalekitMembership): MemberRowState {
  return {
    userId,
    roles: (membership.roles ?? []).map((role) => role.name ?? '').filter(Boolean),
    status: toMembershipStatus(membership.membership_status),
    provisioning: toProvisioningMethod(membership.provisioning_method),
    invitedAt: presentString(membership.created_at),
    // Scalekit's membership carries no resend history (only resend's Invite does).
    lastResentAt: null,
  };
}

/**
 * The viewer's decision context in one organization: their permissions from their own membership
 * (roles and Scalekit's `permissions[]` strings) through the host's mapping.
 */
export function viewerContext(
  viewerId: string,
  membership: ScalekitMembership | undefined,
  roles: readonly Role[],
  policy: AccessPolicy,
): PolicyContext {
  const subject = membership && {
    ...membershipRow(viewerId, membership),
    permissions: membership.permissions ?? [],
  };
  return { viewerId, permissions: viewerPermissions(subject, roles, policy), roles, policy };
}

/**
 * Whether the last-admin fact can change a decision about `row`: only for a viewer who manages
 * members, about an active admin no directory manages. Elsewhere an earlier rule decides, so the
 * organization is not scanned (Scalekit cannot filter by role: a scan reads every member).
 */
export function needsAdminCount(row: MemberRowState, context: PolicyContext): boolean {
  const policy = context.policy ?? {};
  return (
    context.permissions.manageMembers &&
    row.status === 'active' &&
    holdsAdminRole(row.roles, context.roles, policy) &&
    !isDirectoryManaged(row, policy)
  );
}

/**
 * A row's actions, decided by the core policy exactly as the memory adapter and the server handler
 * decide them; `activeAdmins` is asked only when the answer depends on it.
 */
export async function decideRow(
  member: Member,
  context: PolicyContext,
  activeAdmins: () => Promise<number>,
  resendCooldownMs: number | null,
  now: number,
): Promise<Member> {
  const lastAdmin = needsAdminCount(member, context) && (await activeAdmins()) <= 1;
  const actions = decideMemberActions(member, { ...context, lastAdmin, now, resendCooldownMs });
  return { ...member, actions: toMemberActions(actions) };
}
