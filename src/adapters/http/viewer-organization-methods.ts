import type { TeamkitAdapter } from '../../core/adapter.ts';
import type { ViewerOrganization, ViewerOrganizationsPage } from '../../core/viewer-organization.ts';
import type { TransportCall } from './http-transport.ts';

type ViewerOrganizationMethods = Required<
  Pick<TeamkitAdapter, 'listViewerOrganizations' | 'acceptViewerInvitation'>
>;

/**
 * The HTTP adapter's view of the signed-in person's own organizations, over the handler's routes
 * (viewer-organization-routes.ts). The server's `capabilities.viewerOrganizations` says what it
 * serves, and it answers `not_supported` for the rest. Accepting is never retried: a lost answer is
 * seen on the next listing, and a repeat would meet `conflict`.
 */
export function httpViewerOrganizationMethods(
  send: (call: TransportCall) => Promise<unknown>,
): ViewerOrganizationMethods {
  const signalOf = (o?: { signal?: AbortSignal }) => (o?.signal ? { signal: o.signal } : {});
  return {
    listViewerOrganizations: async (query, o) => {
      const params = new URLSearchParams();
      if (query.search !== undefined) params.set('search', query.search);
      if (query.cursor) params.set('cursor', query.cursor);
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      return (await send({
        method: 'GET',
        path: '/viewer/organizations',
        query: params,
        retry: 'read',
        ...signalOf(o),
      })) as ViewerOrganizationsPage;
    },
    acceptViewerInvitation: async (organizationId, invitationId, o) =>
      (await send({
        method: 'POST',
        path: '/viewer/invitation-acceptances',
        body: { organizationId, invitationId },
        retry: 'never',
        ...signalOf(o),
      })) as ViewerOrganization,
  };
}
