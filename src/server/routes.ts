/**
 * Every route of the REST contract in one table: method, path, who may call it, the body it takes and
 * the adapter method it serves. The handler (create-teamkit-handler.ts) does the common work
 * (session, CSRF header, organization scope, access, body size and shape, errors) from these
 * declarations; `run` holds only what is particular to a route. The OpenAPI document
 * (openapi.json) describes the same table, and a test checks every route against it.
 */
import type * as z from 'zod';
import type { MembersQuery } from '../core/adapter.ts';
import { TeamkitError } from '../core/errors.ts';
import { checkExpectedRoles } from '../core/expected-roles.ts';
import type { InviteInput } from '../core/invitation.ts';
import type { Member, MembershipPatch, MembershipStatus } from '../core/member.ts';
import type { OrganizationPatch } from '../core/organization.ts';
import { checkMembershipChange, checkRemoval } from '../core/policy/membership-guards.ts';
import { enforcePolicy } from '../core/policy/policy-error.ts';
import type { UserPatch } from '../core/user.ts';
import {
  inviteBody,
  membershipUpdateBody,
  membersQueryParams,
  organizationUpdateBody,
  parseWith,
  searchParamsObject,
  userUpdateBody,
} from './bodies.ts';
import { definitionRoutes, managesDefinitions, servedDefinitions } from './definition-routes.ts';
import { checkUserPatch } from './guards.ts';
import { resendChecked, revokeChecked } from './invitation-routes.ts';
import { inviteIdempotently } from './invite.ts';
import { isLastAdmin, rowsForCaller } from './member-rows.ts';
import { limitsWithinBody } from './published-limits.ts';
import type { RouteAccess, RouteContext, RouteResult } from './route-context.ts';
import { viewerOrganizationRoutes } from './viewer-organization-routes.ts';

/** One route of the REST contract. */
export interface RouteSpec {
  /** The OpenAPI operation ID, and the name tests and logs use. */
  operationId: string;
  /** The HTTP method. */
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path below the handler's base path, with `{name}` parameters. */
  path: string;
  /** Who may call it (a permission is checked against the caller's membership). */
  access: RouteAccess;
  /** The adapter method it serves, for readers and the OpenAPI document. */
  adapterMethod: string | null;
  /** The body's schema, for writes that take one. */
  body?: z.ZodType;
  /** Serves one request whose common checks have passed. */
  run(context: RouteContext): Promise<RouteResult>;
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });

/** Members as the caller may act on them (actions decided by the core policy for the caller). */
async function forCaller(context: RouteContext, members: readonly Member[]): Promise<Member[]> {
  const cooldown = context.adapter.capabilities.invitations.resendCooldownMs;
  return rowsForCaller(members, await context.policyContext(), context.activeAdmins, cooldown);
}
const noContent: RouteResult = { status: 204 };

/**
 * How the caller may write a user record: `admin` with `manageUsers` (a member of their organization,
 * or themselves), `self` for their own record without it; anyone else's is refused.
 */
async function checkUserAccess(context: RouteContext, userId: string): Promise<'self' | 'admin'> {
  const viewer = await context.viewer();
  if (userId === context.session.userId) return viewer.permissions.manageUsers ? 'admin' : 'self';
  if (!viewer.permissions.manageUsers) throw new TeamkitError('permission_denied');
  // An administrator manages members of their own organization, nobody else: a user elsewhere is
  // answered \`not_found\`, exactly like one that does not exist, so nothing leaks across organizations.
  await context.member(userId);
  return 'admin';
}

/** The routes, in the order the OpenAPI document lists them. */
export const routes: readonly RouteSpec[] = [
  {
    operationId: 'getCapabilities',
    method: 'GET',
    path: '/capabilities',
    access: 'public',
    adapterMethod: null,
    run: async ({ adapter, definitionsStore, maxBodyBytes }) =>
      ok({
        name: adapter.name,
        limits: limitsWithinBody(adapter.limits, maxBodyBytes),
        capabilities: {
          ...adapter.capabilities,
          manageDefinitions: managesDefinitions(adapter, definitionsStore),
          // Served by viewer-organization-routes.ts as the backend declares them; over the host's
          // `viewerAdapter` (the backend signed in as the session's person).
          viewerOrganizations: adapter.capabilities.viewerOrganizations,
        },
      }),
  },
  {
    operationId: 'getViewer',
    method: 'GET',
    path: '/organizations/{organizationId}/viewer',
    access: 'signed_in',
    adapterMethod: 'getViewer',
    run: async (context) => ok(await context.viewer()),
  },
  {
    operationId: 'getCurrentUser',
    method: 'GET',
    path: '/me',
    access: 'signed_in',
    adapterMethod: 'getCurrentUser',
    run: async ({ adapter, session, signal }) => ok(await adapter.getUser(session.userId, { signal })),
  },
  {
    operationId: 'getUser',
    method: 'GET',
    path: '/users/{userId}',
    access: 'signed_in',
    adapterMethod: 'getUser',
    run: async (context) => {
      const userId = context.params.userId ?? '';
      await checkUserAccess(context, userId);
      return ok(await context.adapter.getUser(userId, { signal: context.signal }));
    },
  },
  {
    operationId: 'updateUser',
    method: 'PATCH',
    path: '/users/{userId}',
    access: 'signed_in',
    adapterMethod: 'updateUser',
    body: userUpdateBody,
    run: async (context) => {
      const userId = context.params.userId ?? '';
      const { patch, expectedVersion } = context.body as { patch: UserPatch; expectedVersion?: string };
      const mode = await checkUserAccess(context, userId);
      checkUserPatch(patch, await context.definitions(), mode);
      const user = await context.adapter.updateUser(userId, patch, {
        signal: context.signal,
        organizationId: context.session.organizationId,
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
      return ok(user);
    },
  },
  {
    operationId: 'listAttributeDefinitions',
    method: 'GET',
    path: '/attribute-definitions',
    access: 'signed_in',
    adapterMethod: 'listAttributeDefinitions',
    // As the backend returns them: the browser sanitizes what it receives, as from any adapter.
    run: async ({ adapter, definitionsStore, signal }) =>
      ok(await servedDefinitions(adapter, definitionsStore, signal)),
  },
  {
    operationId: 'listMembers',
    method: 'GET',
    path: '/organizations/{organizationId}/members',
    access: 'viewMembers',
    adapterMethod: 'listMembers',
    run: async (context) => {
      const params = parseWith(membersQueryParams, searchParamsObject(context.query));
      const query: MembersQuery = {
        organizationId: context.session.organizationId,
        ...(params.search === undefined ? {} : { search: params.search }),
        ...(params.status.length ? { statuses: params.status as MembershipStatus[] } : {}),
        ...(params.role.length ? { roles: params.role } : {}),
        ...(params.sort ? { sort: { field: params.sort, direction: params.direction ?? 'asc' } } : {}),
        ...(params.cursor === undefined ? {} : { cursor: params.cursor }),
        ...(params.limit === undefined ? {} : { limit: params.limit }),
      };
      const page = await context.adapter.listMembers(query, { signal: context.signal });
      return ok({ ...page, members: await forCaller(context, page.members) });
    },
  },
  {
    operationId: 'getMember',
    method: 'GET',
    path: '/organizations/{organizationId}/members/{userId}',
    access: 'signed_in',
    adapterMethod: 'getMember',
    run: async (context) => {
      const userId = context.params.userId ?? '';
      const viewer = await context.viewer();
      if (userId !== viewer.userId && !viewer.permissions.viewMembers) {
        throw new TeamkitError('permission_denied');
      }
      const [member] = await forCaller(context, [await context.member(userId)]);
      return ok(member);
    },
  },
  {
    operationId: 'updateMembership',
    method: 'PATCH',
    path: '/organizations/{organizationId}/members/{userId}',
    access: 'manageMembers',
    adapterMethod: 'updateMembership',
    body: membershipUpdateBody,
    run: async (context) => {
      const { expectedRoles, ...patch } = context.body as MembershipPatch & { expectedRoles?: string[] };
      const userId = context.params.userId ?? '';
      const target = await context.member(userId);
      // Checked here against the roles just read, whatever the backend does with it, and passed on.
      checkExpectedRoles(target.roles, expectedRoles);
      const policy = await context.policyContext();
      const lastAdmin = await isLastAdmin(target, policy, context.activeAdmins);
      // Directory-managed members, the last admin and self-demotion, as the core policy decides.
      enforcePolicy(
        'changeRoles',
        checkMembershipChange(target, patch.roles ? { roles: patch.roles } : {}, { ...policy, lastAdmin }),
      );
      const member = await context.adapter.updateMembership(target.organizationId, userId, patch, {
        signal: context.signal,
        ...(expectedRoles ? { expectedRoles } : {}),
      });
      const [row] = await forCaller(context, [member]);
      return ok(row);
    },
  },
  {
    operationId: 'removeMember',
    method: 'DELETE',
    path: '/organizations/{organizationId}/members/{userId}',
    access: 'manageMembers',
    adapterMethod: 'removeMember',
    run: async (context) => {
      const userId = context.params.userId ?? '';
      const target = await context.member(userId);
      const policy = await context.policyContext();
      const lastAdmin = await isLastAdmin(target, policy, context.activeAdmins);
      enforcePolicy('remove', checkRemoval(target, { ...policy, lastAdmin }));
      await context.adapter.removeMember(target.organizationId, userId, { signal: context.signal });
      return noContent;
    },
  },
  {
    operationId: 'inviteMember',
    method: 'POST',
    path: '/organizations/{organizationId}/invitations',
    access: 'inviteMembers',
    adapterMethod: 'inviteMember',
    body: inviteBody,
    run: async (context) => {
      const input = context.body as InviteInput;
      const viewer = await context.viewer();
      // The external ID and user metadata of a new person are an administrator's to set.
      if (
        (input.externalId !== undefined || input.metadata !== undefined) &&
        !viewer.permissions.manageUsers
      ) {
        throw new TeamkitError(
          'permission_denied',
          'Only an administrator can set an external ID or metadata.',
        );
      }
      const result = await inviteIdempotently(context, input);
      if (result.status !== 201) return result;
      const [row] = await forCaller(context, [result.body as Member]);
      return { ...result, body: row };
    },
  },
  {
    operationId: 'resendInvitation',
    method: 'POST',
    path: '/organizations/{organizationId}/invitations/{invitationId}/resend',
    access: 'inviteMembers',
    adapterMethod: 'resendInvitation',
    // Accepted invitations and the cooldown are refused here, by the core policy (invitation-routes.ts).
    run: async (context) => ok(await resendChecked(context, context.params.invitationId ?? '')),
  },
  {
    operationId: 'revokeInvitation',
    method: 'DELETE',
    path: '/organizations/{organizationId}/invitations/{invitationId}',
    access: 'inviteMembers',
    adapterMethod: 'revokeInvitation',
    run: async (context) => {
      await revokeChecked(context, context.params.invitationId ?? '');
      return noContent;
    },
  },
  {
    operationId: 'listRoles',
    method: 'GET',
    path: '/organizations/{organizationId}/roles',
    access: 'signed_in',
    adapterMethod: 'listRoles',
    run: async (context) => ok(await context.roles()),
  },
  {
    operationId: 'getOrganization',
    method: 'GET',
    path: '/organizations/{organizationId}',
    access: 'signed_in',
    adapterMethod: 'getOrganization',
    run: async ({ adapter, session, signal }) =>
      ok(await adapter.getOrganization(session.organizationId, { signal })),
  },
  {
    operationId: 'updateOrganization',
    method: 'PATCH',
    path: '/organizations/{organizationId}',
    access: 'updateOrganization',
    adapterMethod: 'updateOrganization',
    body: organizationUpdateBody,
    run: async ({ adapter, session, body, signal }) => {
      const { patch, expectedVersion } = body as { patch: OrganizationPatch; expectedVersion?: string };
      const organization = await adapter.updateOrganization(session.organizationId, patch, {
        signal,
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
      return ok(organization);
    },
  },
  {
    operationId: 'findOrganizationByExternalId',
    method: 'GET',
    path: '/organization-lookup',
    access: 'signed_in',
    adapterMethod: 'findOrganizationByExternalId',
    run: async ({ adapter, session, query, signal }) => {
      const found = await adapter.findOrganizationByExternalId(requiredParam(query, 'externalId'), {
        signal,
      });
      // Another organization is answered like none at all: whether it exists is not the caller's business.
      return ok({ organization: found?.id === session.organizationId ? found : null });
    },
  },
  {
    operationId: 'findUserByExternalId',
    method: 'GET',
    path: '/organizations/{organizationId}/user-lookup',
    access: 'viewMembers',
    adapterMethod: 'findUserByExternalId',
    run: async ({ adapter, session, query, signal }) =>
      ok({
        user: await adapter.findUserByExternalId(session.organizationId, requiredParam(query, 'externalId'), {
          signal,
        }),
      }),
  },
  ...definitionRoutes,
  ...viewerOrganizationRoutes,
];

function requiredParam(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value || value.length > 1024) {
    throw new TeamkitError('validation', undefined, { fieldErrors: { [name]: `Send ${name}.` } });
  }
  return value;
}
