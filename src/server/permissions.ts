import type { Role } from '../core/role.ts';
import type { OrganizationPermissions } from '../core/viewer.ts';

/** What each role grants beyond seeing the members list, by role name; admin roles grant everything. */
export type RolePermissions = Readonly<Record<string, Partial<OrganizationPermissions>>>;

const nothing: OrganizationPermissions = {
  viewMembers: false,
  inviteMembers: false,
  manageMembers: false,
  updateOrganization: false,
  manageUsers: false,
};

/**
 * The permissions an active member holding `held` has: everything for a role the backend marks
 * `isAdmin`; for any other role, seeing the members list plus what `rolePermissions` grants it.
 * An inactive member or an invitee has none.
 */
export function permissionsOf(
  held: readonly string[],
  active: boolean,
  roles: readonly Role[],
  rolePermissions: RolePermissions = {},
): OrganizationPermissions {
  if (!active) return { ...nothing };
  const granted = { ...nothing };
  for (const name of held) {
    if (roles.some((role) => role.name === name && role.isAdmin)) {
      return {
        viewMembers: true,
        inviteMembers: true,
        manageMembers: true,
        updateOrganization: true,
        manageUsers: true,
      };
    }
    Object.assign(granted, { viewMembers: true }, rolePermissions[name]);
  }
  return granted;
}

/** Names of the roles that count toward the last-admin guard. */
export function adminRoleNames(roles: readonly Role[]): string[] {
  return roles.filter((role) => role.isAdmin).map((role) => role.name);
}
