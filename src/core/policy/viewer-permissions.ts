import type { MembershipStatus } from '../member.ts';
import type { Role } from '../role.ts';
import type { OrganizationPermissions, Viewer } from '../viewer.ts';
import type { AccessPolicy, PermissionName } from './access-policy.ts';
import { holdsAdminRole } from './admin-roles.ts';

/** The five permissions, in the order `OrganizationPermissions` declares them. */
export const permissionNames: readonly PermissionName[] = Object.freeze([
  'viewMembers',
  'inviteMembers',
  'manageMembers',
  'updateOrganization',
  'manageUsers',
]);

/** Every permission refused: what someone without an active membership may do. */
export const noPermissions: Readonly<OrganizationPermissions> = Object.freeze({
  viewMembers: false,
  inviteMembers: false,
  manageMembers: false,
  updateOrganization: false,
  manageUsers: false,
});

/** Every permission granted: what an admin role gives. */
export const allPermissions: Readonly<OrganizationPermissions> = Object.freeze({
  viewMembers: true,
  inviteMembers: true,
  manageMembers: true,
  updateOrganization: true,
  manageUsers: true,
});

/** What the policy reads of the viewer's own membership to decide their permissions. */
export interface PermissionSubject {
  /** Where their membership stands; only an active membership grants anything. */
  status: MembershipStatus;
  /** Names of the roles they hold. */
  roles: readonly string[];
  /** Permission strings the platform granted them (Scalekit's `permissions[]`), if it hands them out. */
  permissions?: readonly string[];
}

/** Adds what `granted` says yes to; a grant never takes a permission away. */
function grant(into: OrganizationPermissions, granted: Partial<OrganizationPermissions> | undefined): void {
  if (!granted) return;
  for (const name of permissionNames) {
    if (granted[name] === true) into[name] = true;
  }
}

/**
 * The viewer's permissions in an organization, from the roles (and permission strings) they hold,
 * through the host's mapping: nothing unless the membership is active, everything with an admin role,
 * else the union of what each role and string grants.
 */
export function viewerPermissions(
  subject: PermissionSubject | null | undefined,
  roles: readonly Role[],
  policy: AccessPolicy = {},
): OrganizationPermissions {
  if (subject?.status !== 'active') return { ...noPermissions };
  if (holdsAdminRole(subject.roles, roles, policy)) return { ...allPermissions };
  const granted: OrganizationPermissions = { ...noPermissions };
  for (const name of subject.roles) {
    const mapped = policy.rolePermissions && Object.hasOwn(policy.rolePermissions, name);
    grant(granted, mapped ? policy.rolePermissions?.[name] : policy.unmappedRolePermissions);
  }
  for (const permission of subject.permissions ?? []) {
    if (!policy.permissionStrings || !Object.hasOwn(policy.permissionStrings, permission)) continue;
    for (const name of policy.permissionStrings[permission] ?? []) granted[name] = true;
  }
  return granted;
}

/**
 * The signed-in person as `getViewer` returns them, built from a session the host trusts (a server
 * handler's `getSession`), so the browser never says what it may do.
 */
export function resolveViewer(
  session: { userId: string; organizationId: string } & PermissionSubject,
  roles: readonly Role[],
  policy: AccessPolicy = {},
): Viewer {
  return {
    userId: session.userId,
    organizationId: session.organizationId,
    roles: [...session.roles],
    permissions: viewerPermissions(session, roles, policy),
  };
}
