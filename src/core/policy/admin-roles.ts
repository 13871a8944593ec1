import type { MembershipStatus } from '../member.ts';
import type { Role } from '../role.ts';
import type { AccessPolicy } from './access-policy.ts';

/** True when the role named `roleName` is an admin role under the host's policy. */
export function isAdminRole(roleName: string, roles: readonly Role[], policy: AccessPolicy = {}): boolean {
  const { adminRoles } = policy;
  // A list of names needs no role records: a vendor adapter may know only the names a member holds.
  if (Array.isArray(adminRoles)) return adminRoles.includes(roleName);
  const role = roles.find((candidate) => candidate.name === roleName);
  if (!role) return false;
  return typeof adminRoles === 'function' ? adminRoles(role) : role.isAdmin;
}

/** True when any of `roleNames` is an admin role. */
export function holdsAdminRole(
  roleNames: readonly string[],
  roles: readonly Role[],
  policy: AccessPolicy = {},
): boolean {
  return roleNames.some((name) => isAdminRole(name, roles, policy));
}

/** How many of `members` are active admins: what the last-admin guard counts (a vendor adapter scans for it). */
export function countActiveAdmins(
  members: Iterable<{ status: MembershipStatus; roles: readonly string[] }>,
  roles: readonly Role[],
  policy: AccessPolicy = {},
): number {
  let count = 0;
  for (const member of members) {
    if (member.status === 'active' && holdsAdminRole(member.roles, roles, policy)) count += 1;
  }
  return count;
}

/**
 * True when `member` is an active admin and `activeAdminCount` (the organization's, this member
 * included) leaves no other: removing or demoting them would leave the organization without one.
 */
export function isLastActiveAdmin(
  member: { status: MembershipStatus; roles: readonly string[] },
  activeAdminCount: number,
  roles: readonly Role[],
  policy: AccessPolicy = {},
): boolean {
  return member.status === 'active' && activeAdminCount <= 1 && holdsAdminRole(member.roles, roles, policy);
}
