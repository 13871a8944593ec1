import type { MemberSortField } from '../../core/adapter.ts';
import type { Member, MembershipStatus } from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import type { Viewer } from '../../core/viewer.ts';
import type { UseMemberActionsResult } from './member-action-types.ts';
import type { MemberColumn } from './member-columns.ts';
import type { MembersTableQuery, MembersTableSort } from './members-table-query.ts';
import type { MembersTotal } from './members-total.ts';

/** Which of its states the table is in; each renders differently. */
export type MembersTableView = 'loading' | 'error' | 'empty' | 'no-results' | 'rows';

/** Options of useMembersTable. */
export interface UseMembersTableOptions {
  /** The columns to show, in order (the actions column is dropped for viewers who cannot act). */
  columns?: readonly MemberColumn[];
  /** Members fetched per page. */
  pageSize?: number;
  /**
   * How long the backend makes people wait between two resends, in seconds; by default what the
   * adapter declares (`capabilities.invitations.resendCooldownMs`), none when it declares none.
   */
  resendCooldownSeconds?: number;
  /** Called when a confirmed remove or revoke takes a row away (to move focus). */
  onRowLeaving?: (member: Member) => void;
  /** The query, when the host controls it (to keep it in the URL, say); pair with `onQueryChange`. */
  query?: MembersTableQuery;
  /** The query the list opens with when the host does not control it. */
  defaultQuery?: Partial<MembersTableQuery>;
  /** Called with the whole new query when the person searches (after the pause), filters or sorts. */
  onQueryChange?: (query: MembersTableQuery) => void;
}

/** Everything a members table renders from, with no markup: query state, data, view and row actions. */
export interface UseMembersTableResult {
  /** The search box's text, as typed. */
  searchText: string;
  /** Sets the search box's text; the query follows after a pause. */
  setSearchText: (text: string) => void;
  /**
   * When the typed search is shorter than the backend accepts (`searchMinLength`), that minimum: the
   * search is not sent and the box says why. Null otherwise.
   */
  searchTooShortFor: number | null;
  /** The status filter, or null for all. */
  status: MembershipStatus | null;
  /** Sets the status filter. */
  setStatus: (status: MembershipStatus | null) => void;
  /** The role filter (a role name), or null for all. */
  role: string | null;
  /** Sets the role filter. */
  setRole: (role: string | null) => void;
  /** Whether a search or filter narrows the list. */
  isFiltered: boolean;
  /** Clears the search and both filters at once. */
  clearFilters: () => void;
  /** The sort order in force, or null when the backend cannot sort by it (its own order then). */
  sort: MembersTableSort | null;
  /** Sorts by a field, or flips the direction when its column is already the sort column. */
  toggleSort: (field: MemberSortField) => void;
  /** The columns to render, in order. */
  columns: readonly MemberColumn[];
  /** The members loaded so far. */
  members: readonly Member[];
  /** How many members match, and how sure that count is (exact, about, or at least). */
  total: MembersTotal;
  /** Whether more pages can be loaded. */
  hasMore: boolean;
  /** Loads the next page (no-op while one is loading or none is left). */
  loadMore: () => void;
  /** Whether the next page is on its way. */
  isLoadingMore: boolean;
  /** Whether a request for the list is in flight (a new search, a refetch). */
  isFetching: boolean;
  /** The list's failure, if the last fetch failed. */
  error: unknown;
  /** Fetches the list again. */
  retry: () => void;
  /** The state to render. */
  view: MembersTableView;
  /** The signed-in person, once known. */
  viewer: Viewer | undefined;
  /** The organization's roles (for the role filter and role changes). */
  roles: readonly Role[];
  /** The row actions. */
  actions: UseMemberActionsResult;
  /** The query in force (search, filters, sort), controlled or not. */
  query: MembersTableQuery;
}
