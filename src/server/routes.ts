/**
 * Every route of the REST contract in one table: method, path, who may call it, the body it takes and
 * the adapter method it serves. The handler (create-teamkit-handler.ts) does the common work
 * (session, CSRF header, organization scope, access, body size and shape, errors) from these
 * declarations; `run` holds only what is particular to a route. The OpenAPI document
 * (openapi.json) describes the same table, and a test checks every route against it. The routes of
 * users, members, invitations and definitions live in their own files; the organization's, the
 * caller's session and the lookups are here.
 */
import type { OrganizationPatch } from '../core/organization.ts';
import { organizationUpdateBody } from './bodies.ts';
import { definitionRoutes, managesDefinitions, servedDefinitions } from './definition-routes.ts';
import { invitationRoutes } from './invitation-routes.ts';
import { memberRoutes } from './member-routes.ts';
import { limitsWithinBody } from './published-limits.ts';
import { ok, type RouteSpec, requiredParam } from './route-spec.ts';
import { userCallOptions, userRoutes } from './user-routes.ts';
import { viewerOrganizationRoutes } from './viewer-organization-routes.ts';

export type { RouteSpec } from './route-spec.ts';

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
  ...userRoutes,
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
  ...memberRoutes,
  ...invitationRoutes,
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
    run: async (context) =>
      ok({
        user: await context.adapter.findUserByExternalId(
          context.session.organizationId,
          requiredParam(context.query, 'externalId'),
          await userCallOptions(context),
        ),
      }),
  },
  ...definitionRoutes,
  ...viewerOrganizationRoutes,
];
