/**
 * Where the signed-in person stands in one organization: a member (with their roles there) or
 * invited (an invitation they can accept where the backend lets them).
 */
export type ViewerOrganizationStatus = 'member' | 'invited';

/** One organization the signed-in person belongs to or is invited to, with their roles in it. */
export interface ViewerOrganization {
  /** The organization's ID. */
  id: string;
  /** Its name, as people see it. */
  displayName: string;
  /** Whether they are a member or invited. */
  status: ViewerOrganizationStatus;
  /** The role names they hold (a member) or will hold (an invitation). */
  roles: readonly string[];
  /** The invitation to accept (`invited` only), else null. */
  invitationId: string | null;
  /** When the invitation expires (RFC 3339), or null (members, or the backend does not say). */
  expiresAt: string | null;
}

/** A request for the signed-in person's organizations: a search and a page. */
export interface ViewerOrganizationsQuery {
  /**
   * Case-insensitive text matched against organization names (needs
   * `capabilities.viewerOrganizations.search`); empty or absent lists every organization.
   */
  search?: string;
  /** A previous page's `nextCursor`, bound to the search that made it; the first page when absent. */
  cursor?: string | null;
  /** Most organizations on the page; capped at `capabilities.viewerOrganizations.maxPageSize`. */
  limit?: number;
}

/** One page of the signed-in person's organizations. */
export interface ViewerOrganizationsPage {
  /** Organizations they are a member of, by name. */
  organizations: ViewerOrganization[];
  /**
   * Pending invitations that match the search: on the first page only (there are few), empty where
   * `capabilities.viewerOrganizations.invitations` is false.
   */
  invitations: ViewerOrganization[];
  /** Cursor of the next page of `organizations`, or null on the last one. */
  nextCursor: string | null;
  /** How many organizations match in all, or null where the backend cannot count. */
  totalCount: number | null;
}
