import type { MemberSortField } from '../../core/adapter.ts';
import type { MembershipStatus } from '../../core/member.ts';

/** A sort order of the members list. */
export interface MembersTableSort {
  /** The field sorted by. */
  field: MemberSortField;
  /** Ascending or descending. */
  direction: 'asc' | 'desc';
}

/**
 * What the person asked the members list for: the search sent to the backend (after the typing pause),
 * the filters and the sort. A host that keeps it in the URL controls it (`query` and `onQueryChange`).
 */
export interface MembersTableQuery {
  /** The search sent to the backend ('' for none); the box shows it, and what is typed until the pause. */
  search: string;
  /** The status filter, or null for all. */
  status: MembershipStatus | null;
  /** The role filter (a role name), or null for all. */
  role: string | null;
  /** The sort order asked for (a field the backend cannot sort by leaves the backend's own order). */
  sort: MembersTableSort;
}

/** The list as it opens: no search, no filter, by name. */
export const initialMembersTableQuery: MembersTableQuery = {
  search: '',
  status: null,
  role: null,
  sort: { field: 'name', direction: 'asc' },
};
