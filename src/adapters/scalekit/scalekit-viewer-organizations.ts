import type { CallOptions, TeamkitAdapter } from '../../core/adapter.ts';
import type { ViewerOrganizationCapabilities } from '../../core/capabilities.ts';
import { isTeamkitError } from '../../core/errors.ts';
import { runBounded } from '../../core/run-bounded.ts';
import type { ViewerOrganization, ViewerOrganizationsPage } from '../../core/viewer-organization.ts';
import {
  byDisplayName,
  nameMatches,
  nameText,
  viewerCursor,
  viewerPageRequest,
} from '../../core/viewer-organizations-page.ts';
import { toMembershipStatus } from './map-member.ts';
import type { ScalekitSession } from './scalekit-session.ts';
import { presentString, type ScalekitMembership } from './scalekit-types.ts';

/** How many organizations are read at once when a membership does not carry its organization's name. */
const nameLookups = 4;

/** A membership the switcher can show: an active one, or a pending invitation. */
type Listed = { membership: ScalekitMembership; id: string; invited: boolean };

/**
 * The signed-in person's organizations on Scalekit. `GET /api/v1/users/{id}` returns every membership
 * of the user (OpenAPI `usersUser.memberships`, `commonsOrganizationMembership`): status, roles and,
 * usually, the organization's `display_name`/`name`. One call gives the whole list, so the adapter
 * sorts, searches and pages it; an organization whose name is missing is read
 * (`GET /api/v1/organizations/{id}`), and one that no longer exists (404) is left out. Pending
 * invitations (`PENDING_INVITE`) come with the first page; expired invitations and inactive
 * memberships are not listed. Scalekit has no API for the invitee to accept (its invitation link
 * does), so `acceptViewerInvitation` is not offered.
 */
export function scalekitViewerOrganizations(
  session: ScalekitSession,
  declared: ViewerOrganizationCapabilities,
): Required<Pick<TeamkitAdapter, 'listViewerOrganizations'>> {
  const { ok, signalOf, api } = session;

  /** The organization's display name from Scalekit, or null when it no longer exists. */
  async function organizationName(organizationId: string, callOptions?: CallOptions): Promise<string | null> {
    try {
      const data = await ok(
        api.GET('/api/v1/organizations/{id}', {
          params: { path: { id: organizationId } },
          ...signalOf(callOptions),
        }),
      );
      return nameText(data.organization?.display_name) ?? organizationId;
    } catch (error) {
      if (isTeamkitError(error) && error.code === 'not_found') return null;
      throw error;
    }
  }

  /** Each listed membership as a ViewerOrganization, with names read where missing; gone ones dropped. */
  async function named(
    listed: readonly Listed[],
    viewerId: string,
    callOptions?: CallOptions,
  ): Promise<ViewerOrganization[]> {
    const results = await runBounded(listed, nameLookups, async ({ membership, id, invited }) => {
      const carried = nameText(membership.display_name) ?? nameText(membership.name);
      let displayName: string | null;
      try {
        displayName = carried ?? (await organizationName(id, callOptions));
      } catch (error) {
        return { error };
      }
      if (displayName === null) return null;
      const organization: ViewerOrganization = {
        id,
        displayName,
        status: invited ? 'invited' : 'member',
        roles: (membership.roles ?? [])
          .map((role) => nameText(role?.name))
          .filter((name): name is string => name !== null),
        // Scalekit has no invitation object: the pending membership is addressed by the user's ID.
        invitationId: invited ? viewerId : null,
        expiresAt: invited ? presentString(membership.expires_at) : null,
      };
      return organization;
    });
    const failed = results.find((result) => result !== null && 'error' in result);
    if (failed && 'error' in failed) throw failed.error;
    return results.filter((result): result is ViewerOrganization => result !== null && !('error' in result));
  }

  return {
    async listViewerOrganizations(query, callOptions): Promise<ViewerOrganizationsPage> {
      const request = viewerPageRequest(query, declared);
      const viewerId = await session.viewerId();
      const user = await session.fetchUser(viewerId, callOptions);
      const seen = new Set<string>();
      const members: Listed[] = [];
      const invitations: Listed[] = [];
      for (const membership of Array.isArray(user.memberships) ? user.memberships : []) {
        const id = nameText(membership?.organization_id);
        // Backend data is untrusted: one entry per organization, the first one Scalekit sent.
        if (id === null || seen.has(id)) continue;
        seen.add(id);
        const status = toMembershipStatus(membership.membership_status);
        if (status === 'active') members.push({ membership, id, invited: false });
        else if (status === 'pending_invite') invitations.push({ membership, id, invited: true });
      }
      const matching = (list: ViewerOrganization[]) =>
        list
          .filter((organization) => nameMatches(organization.displayName, request.search))
          .sort(byDisplayName);
      const organizations = matching(await named(members, viewerId, callOptions));
      const pending =
        request.offset === 0 && declared.invitations
          ? matching(await named(invitations, viewerId, callOptions))
          : [];
      const end = request.offset + request.limit;
      return {
        organizations: organizations.slice(request.offset, end),
        invitations: pending,
        nextCursor: end < organizations.length ? viewerCursor(end, request.search) : null,
        totalCount: organizations.length,
      };
    },
  };
}
