/**
 * The signed-in person's own organizations over HTTP (the organization switcher), appended to the
 * route table. They are the person's, not an organization's, so their paths name no organization
 * (the handler's organization scope does not apply) and the backend is asked as that person: the
 * handler's `viewerAdapter` for the session, checked to be signed in as the session's user.
 */
import * as z from 'zod';
import type { TeamkitAdapter } from '../core/adapter.ts';
import { TeamkitError } from '../core/errors.ts';
import type { ViewerOrganizationsQuery } from '../core/viewer-organization.ts';
import { parseWith } from './bodies.ts';
import type { RouteContext } from './route-context.ts';
import { ok, type RouteSpec } from './route-spec.ts';

/** `GET /viewer/organizations`: a search, a cursor and a page size, each once. */
export const viewerOrganizationsQueryParams = z.strictObject({
  search: z.string().max(256).optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** `POST /viewer/invitation-acceptances`: which invitation, to which organization. */
export const acceptInvitationBody = z.strictObject({
  organizationId: z.string().min(1).max(256),
  invitationId: z.string().min(1).max(256),
});

/** The query's parameters as an object; a repeated one is kept as a list so the schema refuses it. */
function queryObject(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    out[name] = values.length === 1 ? values[0] : values;
  }
  return out;
}

/** The backend as the session's person, with the method `name` present, or `not_supported`. */
async function asViewer<K extends 'listViewerOrganizations' | 'acceptViewerInvitation'>(
  context: RouteContext,
  name: K,
): Promise<Required<Pick<TeamkitAdapter, K>>[K]> {
  const declared = context.adapter.capabilities.viewerOrganizations;
  const offered = name === 'listViewerOrganizations' ? declared.list : declared.acceptInvitations;
  if (!offered) throw new TeamkitError('not_supported');
  const backend = await context.viewerAdapter();
  const method = backend[name];
  if (!method) throw new TeamkitError('not_supported');
  return method.bind(backend) as Required<Pick<TeamkitAdapter, K>>[K];
}

/** The viewer-organization routes, in the order the OpenAPI document lists them. */
export const viewerOrganizationRoutes: readonly RouteSpec[] = [
  {
    operationId: 'listViewerOrganizations',
    method: 'GET',
    path: '/viewer/organizations',
    access: 'signed_in',
    adapterMethod: 'listViewerOrganizations',
    run: async (context) => {
      const query = parseWith(viewerOrganizationsQueryParams, queryObject(context.query)) as {
        search?: string;
        cursor?: string;
        limit?: number;
      };
      const request: ViewerOrganizationsQuery = {};
      if (query.search !== undefined) request.search = query.search;
      if (query.cursor !== undefined) request.cursor = query.cursor;
      if (query.limit !== undefined) request.limit = query.limit;
      const list = await asViewer(context, 'listViewerOrganizations');
      return ok(await list(request, { signal: context.signal }));
    },
  },
  {
    operationId: 'acceptViewerInvitation',
    method: 'POST',
    path: '/viewer/invitation-acceptances',
    access: 'signed_in',
    adapterMethod: 'acceptViewerInvitation',
    body: acceptInvitationBody,
    run: async (context) => {
      const { organizationId, invitationId } = context.body as z.infer<typeof acceptInvitationBody>;
      const accept = await asViewer(context, 'acceptViewerInvitation');
      return ok(await accept(organizationId, invitationId, { signal: context.signal }));
    },
  },
];
