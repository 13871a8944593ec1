import type { Role } from '../role.ts';
import type { OrganizationPermissions } from '../viewer.ts';
import type { MemberRowState } from './member-row.ts';

/** The name of one of the five organization permissions (`inviteMembers`, `manageMembers`, …). */
export type PermissionName = keyof OrganizationPermissions;

/**
 * Whether a viewer may act on their own membership: `allow` lets them remove themselves or drop their
 * own last admin role (the UI confirms these in their own words), `deny` refuses both.
 */
export type SelfChanges = 'allow' | 'deny';

/**
 * How the host maps its identity platform's roles and permissions onto Teamkit's five permissions.
 * Neither Scalekit nor Auth0 says what a role may do in Teamkit's terms, and neither marks admin
 * roles, so the host says it once here and every layer (memory adapter, server handler, vendor
 * adapters) decides from the same mapping. Every field is optional: `{}` means "admin roles are the
 * ones with `role.isAdmin`, every other role grants nothing".
 */
export interface AccessPolicy {
  /** What each role grants, by role name; a role not named here grants `unmappedRolePermissions`. */
  rolePermissions?: Readonly<Record<string, Partial<OrganizationPermissions>>>;
  /** What a role absent from `rolePermissions` grants (default: nothing). */
  unmappedRolePermissions?: Partial<OrganizationPermissions>;
  /**
   * Which permissions each permission string grants, for platforms that hand out strings rather than
   * roles (Scalekit's `permissions[]`, the `permissions` claim of an Auth0 token):
   * `{ 'members:invite': ['inviteMembers'] }`.
   */
  permissionStrings?: Readonly<Record<string, readonly PermissionName[]>>;
  /**
   * Which roles are admin roles (they grant everything and count toward the last-admin guard): role
   * names, or a test of the role. Default: `role.isAdmin`, a field neither vendor has.
   */
  adminRoles?: readonly string[] | ((role: Role) => boolean);
  /**
   * Which members a directory manages (their roles and removal belong to the directory). Default:
   * `provisioning === 'scim'`; Scalekit's `direct_provision` means "API or SCIM", so only the host knows.
   */
  isDirectoryManaged?: (member: MemberRowState) => boolean;
  /** Whether viewers may remove themselves or drop their own last admin role (default `allow`). */
  selfChanges?: SelfChanges;
}
