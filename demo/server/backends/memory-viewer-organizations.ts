/**
 * The demo people's own organizations (the organization switcher over HTTP) for the memory backend.
 * Acme's admin is asked through Acme's memory backend, which is signed in as them and holds their other
 * organizations (Initech, and Umbrella Labs' invitation). Everyone else the demo offers belongs to one
 * organization only: their list is that membership, read from the backend on each request.
 */
import type { TeamkitAdapter } from '../../../src/core/adapter.ts';
import { TeamkitError } from '../../../src/core/errors.ts';
import type { ViewerOrganization } from '../../../src/core/viewer-organization.ts';
import type { ViewerAdapterFor } from '../../../src/server/organization-scope.ts';
import type { TeamkitSession } from '../../../src/server/session.ts';

/** The handler's `viewerAdapter`: `adminBackend` for `adminId`, a one-organization view for anyone else. */
export function memoryViewerAdapters(
  router: TeamkitAdapter,
  adminBackend: TeamkitAdapter,
  adminId: string,
): ViewerAdapterFor {
  return (session) => (session.userId === adminId ? adminBackend : oneOrganization(router, session));
}

function oneOrganization(router: TeamkitAdapter, session: TeamkitSession): TeamkitAdapter {
  const { userId, organizationId } = session;
  const own = async (o?: { signal?: AbortSignal }): Promise<ViewerOrganization> => {
    const [member, organization] = await Promise.all([
      router.getMember(organizationId, userId, o),
      router.getOrganization(organizationId, o),
    ]);
    return {
      id: organization.id,
      displayName: organization.displayName,
      status: 'member',
      roles: [...member.roles],
      invitationId: null,
      expiresAt: null,
    };
  };
  return {
    ...router,
    getCurrentUser: (o) => router.getUser(userId, o),
    listViewerOrganizations: async (query, o) => {
      // One organization is one page: no page of it comes after the first.
      if (query.cursor) {
        throw new TeamkitError('validation', 'This page of organizations belongs to another search.', {
          fieldErrors: { cursor: 'Start the list again from its first page.' },
        });
      }
      const organization = await own(o);
      const search = query.search?.trim().toLowerCase() ?? '';
      const organizations = organization.displayName.toLowerCase().includes(search) ? [organization] : [];
      return { organizations, invitations: [], nextCursor: null, totalCount: organizations.length };
    },
    // Nobody but the admin has an invitation in the demo: any other is not theirs.
    acceptViewerInvitation: async () => {
      throw new TeamkitError('not_found', 'There is no such invitation for you.');
    },
  };
}
