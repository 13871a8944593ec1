import type { Management } from 'auth0';
import type { ViewerOrganizationCapabilities } from '../../core/capabilities.ts';
import { isTeamkitError } from '../../core/errors.ts';
import { runBounded } from '../../core/run-bounded.ts';
import type { ViewerOrganization, ViewerOrganizationsPage } from '../../core/viewer-organization.ts';
import {
  byDisplayName,
  nameMatches,
  nameText,
  type ViewerPageRequest,
  viewerCursor,
  viewerPageRequest,
} from '../../core/viewer-organizations-page.ts';
import type { Auth0Context } from './context.ts';
import { auth0MaxPage } from './organization-scans.ts';

/**
 * Auth0's offset paging of a user's organizations stops at 1,000 ("checkpoint pagination must be used
 * to retrieve more than 1000", and the SDK's `users.organizations.list` takes `page`/`per_page` only).
 */
const offsetCeiling = 1000;
/** How many organizations' roles are read at once. */
const roleLookups = 5;

/**
 * The organizations the user belongs to (`GET /api/v2/users/{id}/organizations`), page by page, and
 * whether that is all of them (not where Auth0's total goes past the 1,000 offset paging reaches).
 */
async function userOrganizations(
  context: Auth0Context,
  userId: string,
  signal?: AbortSignal,
): Promise<{ rows: Management.Organization[]; complete: boolean }> {
  const all: Management.Organization[] = [];
  for (let page = 0; page * auth0MaxPage < offsetCeiling; page += 1) {
    const result = await context.api.call(
      (request) =>
        context.api.client.users.organizations.list(
          userId,
          { page, per_page: auth0MaxPage, include_totals: true },
          request,
        ),
      {},
      signal,
    );
    all.push(...result.data);
    const total = result.response.total;
    if (result.data.length < auth0MaxPage || (typeof total === 'number' && all.length >= total)) {
      return { rows: all, complete: true };
    }
  }
  return { rows: all, complete: false };
}

/** The organizations by name, one per ID (backend data is untrusted), those matching the search. */
function matching(rows: readonly Management.Organization[], search: string) {
  const seen = new Set<string>();
  const listed: { id: string; displayName: string }[] = [];
  for (const row of rows) {
    const id = nameText(row?.id);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    // `display_name` is optional in Auth0; `name` (the unique, lower-case one) is always there.
    const displayName = nameText(row.display_name) ?? nameText(row.name) ?? id;
    if (nameMatches(displayName, search)) listed.push({ id, displayName });
  }
  return listed.sort(byDisplayName);
}

/**
 * The signed-in person's organizations on Auth0: the user's organizations, searched by name and
 * sorted here (Auth0 does neither), then the viewer's roles in each organization of the page, one
 * call each. An organization deleted between the two calls (404 on its roles) is left out of the
 * page. A person in more than 1,000 organizations sees the first 1,000 Auth0 returns (offset paging
 * ends there, and the SDK offers no other), with no total. Invitations are not listed: Auth0 lists them per organization, never by invitee; they are
 * accepted in Auth0's login flow, so `acceptViewerInvitation` is not offered.
 */
export async function listViewerOrganizations(
  context: Auth0Context,
  declared: ViewerOrganizationCapabilities,
  query: Parameters<typeof viewerPageRequest>[0],
  signal?: AbortSignal,
): Promise<ViewerOrganizationsPage> {
  const request: ViewerPageRequest = viewerPageRequest(query, declared);
  const viewerId = await context.viewerId();
  const { rows, complete } = await userOrganizations(context, viewerId, signal);
  const listed = matching(rows, request.search);
  const end = request.offset + request.limit;
  const page = listed.slice(request.offset, end);
  const withRoles = await runBounded(page, roleLookups, async (organization) => {
    try {
      const roles = await context.memberRoles(organization.id, viewerId, signal);
      const entry: ViewerOrganization = {
        ...organization,
        status: 'member',
        roles,
        invitationId: null,
        expiresAt: null,
      };
      return { entry, error: null };
    } catch (error) {
      return { entry: null, error };
    }
  });
  const organizations: ViewerOrganization[] = [];
  let gone = 0;
  for (const result of withRoles) {
    if (result.entry) organizations.push(result.entry);
    else if (isTeamkitError(result.error) && result.error.code === 'not_found') gone += 1;
    else throw result.error;
  }
  return {
    organizations,
    invitations: [],
    nextCursor: end < listed.length ? viewerCursor(end, request.search) : null,
    // Past Auth0's 1,000 the list is its first 1,000 only: how many match in all is not known.
    totalCount: complete ? listed.length - gone : null,
  };
}
