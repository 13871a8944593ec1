import type { Member, MembershipStatus } from './member.ts';

// A members list request (search, filters, sort, cursor) and the page it returns; what a backend can
// honour of it is declared by `capabilities.members`.

/** Fields a members list can be sorted by. */
export type MemberSortField = 'name' | 'email' | 'status' | 'joinedAt' | 'invitedAt';

/** A members list request: search, filters, sort and a page. */
export interface MembersQuery {
  /** The organization whose members to list. */
  organizationId: string;
  /**
   * Case-insensitive text. What it matches is declared by `capabilities.members.search`: `full_text`
   * matches names, email and external ID by substring; `identifiers` only email, user ID and external
   * ID (Scalekit's `users:search`); `none` cannot search (`not_supported`). Shorter than
   * `capabilities.members.searchMinLength` after trimming is `validation` (`fieldErrors.search`).
   */
  search?: string;
  /** Only members in these statuses (any, when empty or absent); needs `capabilities.members.statusFilter`. */
  statuses?: readonly MembershipStatus[];
  /**
   * Only members holding at least one of these roles (any, when empty or absent); needs
   * `capabilities.members.roleFilter`.
   */
  roles?: readonly string[];
  /**
   * Sort order, by a field in `capabilities.members.sortFields`; absent: the backend's own order (by
   * name ascending where it can sort).
   */
  sort?: { field: MemberSortField; direction: 'asc' | 'desc' };
  /**
   * Where to continue: a previous page's `nextCursor`, opaque and bound to the query that made it (one
   * from another search, filter or sort is `validation`); the first page when absent.
   */
  cursor?: string | null;
  /** Most members on the page; capped at `capabilities.members.maxPageSize` (Scalekit: 100). */
  limit?: number;
}

/** One page of members. */
export interface MembersPage {
  /** The members on this page. */
  members: Member[];
  /** Cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /**
   * How many members match the query in all: exact or estimated as `capabilities.members.totals`
   * declares, or null when the backend cannot count (Auth0's invitations list has no total).
   */
  totalCount: number | null;
}
