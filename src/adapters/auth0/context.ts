import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { TeamkitError } from '../../core/errors.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { AccessPolicy } from '../../core/policy/access-policy.ts';
import { countActiveAdmins } from '../../core/policy/admin-roles.ts';
import type { PolicyContext } from '../../core/policy/policy-context.ts';
import { viewerPermissions } from '../../core/policy/viewer-permissions.ts';
import type { Auth0Api, Auth0ApiOptions, Auth0Connection } from './client.ts';
import type { Auth0FieldLayout } from './field-layout.ts';
import type { Auth0User } from './map-user.ts';
import type { OrganizationExternalId } from './organization-fields.ts';
import { allMembers } from './organization-scans.ts';
import type { Auth0RoleOptions, RoleDirectory } from './roles.ts';

/** Options of `createAuth0Adapter`: how to reach Auth0, the host's definitions and roles, and the session. */
export type Auth0AdapterOptions = Auth0Connection &
  Auth0ApiOptions & {
    /**
     * The profile fields, standard and custom. Auth0 stores no definitions: their write policy also
     * says where each custom value lives (user-writable in `user_metadata`, admin-only in
     * `app_metadata`, asserted by an identity provider at the root; see `Auth0FieldLayout`). A user
     * call may bring more (`UserCallOptions.definitions`, a host's store): see caller-definitions.ts.
     */
    definitions: readonly AttributeDefinition[];
    /** Which roles administer, which is the default, which are offered, and their display names. */
    roles?: Auth0RoleOptions;
    /** The host's mapping of roles to permissions (default: admin roles get all, others see members). */
    policy?: AccessPolicy;
    /** The signed-in person's Auth0 user ID (`auth0|…`), from the host's session, per request. */
    viewerUserId: () => string | Promise<string>;
    /** The application (client ID) whose login page an invitation links to (not the M2M application). */
    invitationClientId: string;
    /** How long a new invitation lasts, in seconds (Auth0's default 7 days, at most 30). */
    invitationTtlSeconds?: number;
    /** The inviter's name Auth0 shows in the email (free text): the viewer's email by default. */
    inviterName?: (viewer: { email: string; name: string | null }) => string;
    /** Where organizations keep their external ID (default: the organization `name`). */
    organizationExternalId?: OrganizationExternalId;
    /** The `app_metadata` key of a user's external ID (default `external_id`). */
    userExternalIdKey?: string;
    /** Enterprise connections whose users a directory provisions (SCIM): their roles and removal stay there. */
    directoryConnections?: readonly string[];
  };

/** What the adapter's parts share. */
export interface Auth0Context {
  api: Auth0Api;
  roles: RoleDirectory;
  layout: Auth0FieldLayout;
  limits: BackendLimits;
  options: Auth0AdapterOptions;
  externalId: OrganizationExternalId;
  directoryConnections: ReadonlySet<string>;
  policy: AccessPolicy;
  now: () => number;
  viewerId(): Promise<string>;
  fetchUser(userId: string, signal?: AbortSignal): Promise<Auth0User>;
  /** Role names a member holds in an organization; `not_found` when they are not a member. */
  memberRoles(organizationId: string, userId: string, signal?: AbortSignal): Promise<string[]>;
  /** The viewer's roles, permissions and the policy: what every guard and row decision reads. */
  policyContext(
    organizationId: string,
    signal?: AbortSignal,
  ): Promise<PolicyContext & { viewerRoles: string[] }>;
  /** How many active admins the organization has (a scan of every member). */
  activeAdminCount(organizationId: string, signal?: AbortSignal): Promise<number>;
}

/** Builds the shared context. */
export function createAuth0Context(
  parts: Pick<Auth0Context, 'api' | 'roles' | 'layout' | 'limits' | 'options' | 'externalId' | 'now'>,
): Auth0Context {
  const { api, roles, options } = parts;
  const policy: AccessPolicy = options.policy ?? {
    adminRoles: roles.adminRoles,
    unmappedRolePermissions: { viewMembers: true },
  };
  const context: Auth0Context = {
    ...parts,
    policy,
    directoryConnections: new Set(options.directoryConnections ?? []),
    async viewerId() {
      const id = await options.viewerUserId();
      if (!id) throw new TeamkitError('unauthenticated');
      return id;
    },
    async fetchUser(userId, signal) {
      return api.call((request) => api.client.users.get(userId, undefined, request), {}, signal);
    },
    async memberRoles(organizationId, userId, signal) {
      const names: string[] = [];
      for (let page = 0; page < 100; page += 1) {
        const result = await api.call(
          (request) =>
            api.client.organizations.members.roles.list(
              organizationId,
              userId,
              { page, per_page: 100, include_totals: true },
              request,
            ),
          {},
          signal,
        );
        for (const role of result.data) if (role.name) names.push(role.name);
        if (result.data.length < 100) break;
      }
      return names;
    },
    async policyContext(organizationId, signal) {
      const viewerId = await context.viewerId();
      const [viewerRoles, catalogue] = await Promise.all([
        context.memberRoles(organizationId, viewerId, signal),
        roles.catalogue(signal),
      ]);
      const permissions = viewerPermissions(
        { status: 'active', roles: viewerRoles },
        catalogue.roles,
        policy,
      );
      return { viewerId, permissions, roles: catalogue.roles, policy, viewerRoles };
    },
    async activeAdminCount(organizationId, signal) {
      const [rows, catalogue] = await Promise.all([
        allMembers(api, organizationId, signal),
        roles.catalogue(signal),
      ]);
      const members = rows.map((row) => ({
        status: 'active' as const,
        roles: (row.roles ?? []).map((role) => role.name ?? '').filter(Boolean),
      }));
      return countActiveAdmins(members, catalogue.roles, policy);
    },
  };
  return context;
}
