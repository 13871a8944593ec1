import { TeamkitError } from '../../core/errors.ts';
import type {
  ViewerOrganization,
  ViewerOrganizationsPage,
  ViewerOrganizationsQuery,
} from '../../core/viewer-organization.ts';
import type { createAcceptanceBackend } from './backend-acceptance.ts';
import type { BackendContext } from './backend-context.ts';
import { notFound } from './backend-state.ts';
import type { StoredMembership } from './memory-data.ts';

const defaultPageSize = 50;

/** The cursor of the page starting at `offset` for `search`: bound to the search that made it. */
function encodeCursor(offset: number, search: string): string {
  return `vo1.${offset}.${encodeURIComponent(search)}`;
}

function decodeCursor(cursor: string, search: string): number {
  const match = /^vo1\.(\d{1,9})\.(.*)$/.exec(cursor);
  if (!match || decodeURIComponent(match[2] ?? '') !== search) {
    throw new TeamkitError('validation', 'This page of organizations belongs to another search.', {
      fieldErrors: { cursor: 'Start the list again from its first page.' },
    });
  }
  return Number(match[1]);
}

/**
 * The signed-in person's own organizations, as the organization switcher lists them: where they are
 * a member (with their roles) and where an invitation waits for them, by user or, for an invitation
 * without a user (Auth0-like), by their address. Only what the declared capabilities allow.
 */
export function createViewerOrganizationsBackend(
  context: BackendContext,
  acceptance: ReturnType<typeof createAcceptanceBackend>,
) {
  const { state } = context;
  const declared = () => context.capabilities().viewerOrganizations;

  const isTheViewers = (membership: StoredMembership, email: string) =>
    membership.userId === state.viewerId ||
    (membership.userId === null && membership.email?.toLowerCase() === email.toLowerCase());

  const toViewerOrganization = (membership: StoredMembership): ViewerOrganization => {
    const organization = context.organization(membership.organizationId);
    const invited = membership.status === 'pending_invite';
    return {
      id: organization.id,
      displayName: organization.displayName,
      status: invited ? 'invited' : 'member',
      roles: [...membership.roles],
      invitationId: invited ? membership.invitationId : null,
      expiresAt: invited ? membership.expiresAt : null,
    };
  };

  const byName = (a: ViewerOrganization, b: ViewerOrganization) =>
    a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

  return {
    listViewerOrganizations(query: ViewerOrganizationsQuery = {}): ViewerOrganizationsPage {
      if (!declared().list) throw new TeamkitError('not_supported');
      const viewer = context.viewerUser();
      const search = typeof query.search === 'string' ? query.search.trim() : '';
      if (search !== '' && !declared().search) {
        throw new TeamkitError('not_supported', 'Organizations cannot be searched on this backend.');
      }
      const offset = query.cursor ? decodeCursor(query.cursor, search) : 0;
      const limit = Math.max(1, Math.min(query.limit ?? defaultPageSize, declared().maxPageSize));
      const needle = search.toLowerCase();
      const matches = (organization: ViewerOrganization) =>
        needle === '' || organization.displayName.toLowerCase().includes(needle);
      const mine = state.data.memberships.filter((m) => isTheViewers(m, viewer.email));
      const organizations = mine
        .filter((m) => m.status === 'active')
        .map(toViewerOrganization)
        .filter(matches)
        .sort(byName);
      const invitations =
        offset === 0 && declared().invitations
          ? mine
              .filter((m) => m.status === 'pending_invite')
              .map(toViewerOrganization)
              .filter(matches)
              .sort(byName)
          : [];
      const end = offset + limit;
      return {
        organizations: organizations.slice(offset, end),
        invitations,
        nextCursor: end < organizations.length ? encodeCursor(end, search) : null,
        totalCount: organizations.length,
      };
    },

    acceptViewerInvitation(organizationId: string, invitationId: string): ViewerOrganization {
      if (!declared().acceptInvitations) throw new TeamkitError('not_supported');
      const viewer = context.viewerUser();
      const membership = context.invitationOf(organizationId, invitationId);
      // Someone else's invitation is answered as missing: its existence is not the viewer's business.
      if (!membership || !isTheViewers(membership, viewer.email)) throw notFound('The invitation');
      acceptance.acceptInvitation(organizationId, invitationId);
      const accepted = context.membershipOf(organizationId, state.viewerId);
      if (!accepted) throw notFound('The invitation');
      return toViewerOrganization(accepted);
    },
  };
}
