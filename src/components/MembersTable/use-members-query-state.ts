'use client';
import { useCallback, useRef, useState } from 'react';
import type { MemberSortField } from '../../core/adapter.ts';
import type { MembershipStatus } from '../../core/member.ts';
import { columnOfSortField, firstDirectionOf } from './member-columns.ts';
import { initialMembersTableQuery, type MembersTableQuery } from './members-table-query.ts';

/** Options of useMembersQueryState: the query controlled by the host, or where it starts when not. */
export interface UseMembersQueryStateOptions {
  /** The query, when the host controls it. */
  query?: MembersTableQuery | undefined;
  /** The query the list opens with when the host does not control it. */
  defaultQuery?: Partial<MembersTableQuery> | undefined;
  /** Called with the whole new query on every change. */
  onQueryChange?: ((query: MembersTableQuery) => void) | undefined;
}

/** The members table's query and the ways to change it. */
export interface MembersQueryState {
  /** The query in force, the host's when controlled. */
  query: MembersTableQuery;
  /** The query as it stands now, for a callback that runs after a render (the search pause). */
  current: () => MembersTableQuery;
  /** Merges a change into the query as it stands and tells the host. */
  change: (patch: Partial<MembersTableQuery>) => void;
  /** Sorts by a field, or flips the direction when its column is already the sort column. */
  toggleSort: (field: MemberSortField) => void;
  /** Sets the status filter. */
  setStatus: (status: MembershipStatus | null) => void;
  /** Sets the role filter. */
  setRole: (role: string | null) => void;
}

/**
 * The members table's search, filters and sort, kept by the table or controlled by the host (to keep
 * them in the URL): every change goes out whole through `onQueryChange`.
 */
export function useMembersQueryState(options: UseMembersQueryStateOptions): MembersQueryState {
  const { query: controlled, defaultQuery, onQueryChange } = options;
  const [own, setOwn] = useState<MembersTableQuery>(() => ({ ...initialMembersTableQuery, ...defaultQuery }));
  const query = controlled ?? own;
  // The latest query and callback, so a setter called from a stale closure (the search pause) sends
  // the whole query as it stands, never an old one.
  const latest = useRef({ query, onQueryChange, controlled: controlled !== undefined });
  latest.current = { query, onQueryChange, controlled: controlled !== undefined };
  const change = useCallback((patch: Partial<MembersTableQuery>) => {
    const next = { ...latest.current.query, ...patch };
    latest.current.query = next;
    if (!latest.current.controlled) setOwn(next);
    latest.current.onQueryChange?.(next);
  }, []);
  const current = useCallback(() => latest.current.query, []);

  const toggleSort = useCallback(
    (field: MemberSortField) => {
      const sort = latest.current.query.sort;
      change({
        sort:
          columnOfSortField(sort.field) === columnOfSortField(field)
            ? { field, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
            : { field, direction: firstDirectionOf(field) },
      });
    },
    [change],
  );
  const setStatus = useCallback((next: MembershipStatus | null) => change({ status: next }), [change]);
  const setRole = useCallback((next: string | null) => change({ role: next }), [change]);
  return { query, current, change, toggleSort, setStatus, setRole };
}
