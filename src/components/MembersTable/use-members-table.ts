'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MemberSortField } from '../../core/adapter.ts';
import type { MembershipStatus } from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import { useCapabilities } from '../../react/use-capabilities.ts';
import { useMembers } from '../../react/use-members.ts';
import { useRoles } from '../../react/use-roles.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { columnOfSortField, defaultMemberColumns, firstDirectionOf, sortFieldOf } from './member-columns.ts';
import {
  initialMembersTableQuery,
  type MembersTableQuery,
  type MembersTableSort,
} from './members-table-query.ts';

import { membersTotalOf } from './members-total.ts';
import { useMemberActions } from './use-member-actions.ts';
import type {
  MembersTableView,
  UseMembersTableOptions,
  UseMembersTableResult,
} from './use-members-table.types.ts';

export type {
  MembersTableQuery,
  MembersTableSort,
  MembersTableView,
  UseMembersTableOptions,
  UseMembersTableResult,
};

/** How long typing must pause before the search goes to the server. */
export const searchDebounceMs = 250;

const noRoles: readonly Role[] = [];

/**
 * The headless members table: search (sent after a 250 ms pause), status and role filters, sort,
 * the columns the viewer may see, the list itself page by page, and the row actions. The component
 * renders this; a host can render it differently.
 */
export function useMembersTable(options: UseMembersTableOptions = {}): UseMembersTableResult {
  const { columns = defaultMemberColumns, pageSize = 50, resendCooldownSeconds, onRowLeaving } = options;
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
  const { search, status, role, sort: chosenSort } = query;
  const [searchText, setSearchText] = useState(search);
  // The search this table last sent out: any other search in the query was set from outside (the
  // host's URL, Back) and shows in the box; its own never overwrites what the person typed since.
  const committed = useRef(search);
  useEffect(() => {
    if (search === committed.current) return;
    committed.current = search;
    setSearchText(search);
  }, [search]);
  const declared = useCapabilities();
  const capabilities = declared.members;
  // Filters the backend cannot apply are never sent (the toolbar does not offer them either).
  const statusFilter = capabilities.statusFilter ? status : null;
  const roleFilter = capabilities.roleFilter ? role : null;
  // A date sort follows the status filter: invitations sort by when they were sent. A field the
  // backend cannot sort by is not asked for: the list comes in the backend's own order.
  const sortField = sortFieldOf(columnOfSortField(chosenSort.field), statusFilter, capabilities.sortFields);
  const sort = useMemo(
    () => (sortField ? { field: sortField, direction: chosenSort.direction } : null),
    [sortField, chosenSort.direction],
  );

  // A search the backend would refuse as too short is not sent; the whole list stays.
  const typed = searchText.trim();
  const searchTooShortFor =
    typed !== '' && typed.length < capabilities.searchMinLength ? capabilities.searchMinLength : null;
  const searchable = capabilities.search !== 'none' && searchTooShortFor === null;
  useEffect(() => {
    const next = searchable ? typed : '';
    if (next === latest.current.query.search) return;
    const timer = setTimeout(() => {
      committed.current = next;
      change({ search: next });
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [typed, searchable, change]);

  const list = useMembers({
    search,
    statuses: statusFilter ? [statusFilter] : [],
    roles: roleFilter ? [roleFilter] : [],
    ...(sort ? { sort } : {}),
    limit: pageSize,
  });
  const viewerQuery = useViewer();
  const rolesQuery = useRoles();
  const viewer = viewerQuery.data;
  const roles = rolesQuery.data ?? noRoles;
  const actions = useMemberActions({
    viewer,
    roles,
    resendCooldownMs:
      resendCooldownSeconds === undefined
        ? (declared.invitations.resendCooldownMs ?? 0)
        : resendCooldownSeconds * 1000,
    onRowLeaving,
  });

  // A plain member sees the list without actions: the column goes when the viewer can do nothing.
  const canAct = Boolean(viewer && (viewer.permissions.manageMembers || viewer.permissions.inviteMembers));
  const visibleColumns = useMemo(
    () => columns.filter((column) => column !== 'actions' || canAct),
    [columns, canAct],
  );

  const isFiltered = search !== '' || statusFilter !== null || roleFilter !== null;
  const members = list.members;
  let view: MembersTableView = 'rows';
  // An empty placeholder (the previous query had no rows) says nothing about the new query: wait for it,
  // rather than flash "No members yet" while "Clear filters" loads the whole list.
  if (list.isLoading || viewerQuery.isLoading || (members.length === 0 && list.isPlaceholderData))
    view = 'loading';
  else if (list.isError && members.length === 0) view = 'error';
  else if (members.length === 0) view = isFiltered ? 'no-results' : 'empty';

  const { hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);

  const toggleSort = useCallback(
    (field: MemberSortField) => {
      const current = latest.current.query.sort;
      change({
        sort:
          columnOfSortField(current.field) === columnOfSortField(field)
            ? { field, direction: current.direction === 'asc' ? 'desc' : 'asc' }
            : { field, direction: firstDirectionOf(field) },
      });
    },
    [change],
  );
  const setStatus = useCallback((next: MembershipStatus | null) => change({ status: next }), [change]);
  const setRole = useCallback((next: string | null) => change({ role: next }), [change]);

  const clearFilters = useCallback(() => {
    // Applied at once, not after the debounce: the person asked for the whole list back.
    setSearchText('');
    committed.current = '';
    change({ search: '', status: null, role: null });
  }, [change]);

  return {
    searchText,
    setSearchText,
    searchTooShortFor,
    status: statusFilter,
    setStatus,
    role: roleFilter,
    setRole,
    isFiltered,
    clearFilters,
    sort,
    toggleSort,
    columns: visibleColumns,
    members,
    total: membersTotalOf(capabilities.totals, list.totalCount, members.length, Boolean(hasNextPage)),
    hasMore: Boolean(hasNextPage),
    loadMore,
    isLoadingMore: isFetchingNextPage,
    isFetching: list.isFetching,
    error: list.error,
    retry: () => void refetch(),
    view,
    viewer,
    roles,
    actions,
    query,
  };
}
