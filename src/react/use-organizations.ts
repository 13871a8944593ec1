'use client';
import {
  type FetchNextPageOptions,
  type InfiniteData,
  keepPreviousData,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import { TeamkitError } from '../core/errors.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import type { ViewerOrganization, ViewerOrganizationsPage } from '../core/viewer-organization.ts';
import { useTeamkit } from './use-teamkit.ts';

/** Options of useOrganizations. */
export interface UseOrganizationsOptions {
  /** Text matched against organization names (pass it as typed: debouncing belongs to the component). */
  search?: string;
  /** Organizations per page (the backend caps it). */
  pageSize?: number;
}

/** The signed-in person's organizations as a switcher needs them, with the way to switch. */
export interface UseOrganizationsResult {
  /** Whether the backend lists the person's organizations at all (`capabilities.viewerOrganizations.list`). */
  isSupported: boolean;
  /** Whether it can search them by name. */
  canSearch: boolean;
  /** Organizations they are a member of, loaded pages flattened, by name. */
  organizations: ViewerOrganization[];
  /** Pending invitations to them that match the search. */
  invitations: ViewerOrganization[];
  /** How many organizations match in all, null where the backend cannot count, undefined before the first page. */
  totalCount: number | null | undefined;
  /** The organization the provider is in now. */
  currentOrganizationId: string;
  /** Switches the provider (and every component under it) to another organization. */
  switchOrganization: (organizationId: string) => void;
  /** Whether another page can be loaded. */
  hasNextPage: boolean;
  /** Loads the next page. */
  fetchNextPage: (options?: FetchNextPageOptions) => Promise<unknown>;
  /** Whether the next page is loading. */
  isFetchingNextPage: boolean;
  /** Whether the first page is loading with nothing to show yet. */
  isLoading: boolean;
  /** Whether anything is loading (a new search included). */
  isFetching: boolean;
  /** Why the last fetch failed, or null. */
  error: TeamkitError | null;
  /** Fetches the list again. */
  refetch: () => Promise<unknown>;
}

/**
 * The organizations the signed-in person belongs to (with their roles in each) and their pending
 * invitations, searched on the server and loaded page by page, plus `switchOrganization`. While a new
 * search loads, the previous one's list stays (it is the same person's).
 * @example
 * const { organizations, switchOrganization } = useOrganizations({ search });
 */
export function useOrganizations(options: UseOrganizationsOptions = {}): UseOrganizationsResult {
  const { adapter, organizationId, switchOrganization } = useTeamkit();
  const declared = adapter.capabilities.viewerOrganizations;
  const isSupported = declared.list && typeof adapter.listViewerOrganizations === 'function';
  const search = declared.search ? (options.search ?? '').trim() : '';
  const result = useInfiniteQuery<
    ViewerOrganizationsPage,
    TeamkitError,
    InfiniteData<ViewerOrganizationsPage, string | null>,
    ReturnType<typeof teamkitKeys.viewerOrganizationsList>,
    string | null
  >({
    queryKey: teamkitKeys.viewerOrganizationsList(search),
    queryFn: ({ pageParam, signal }): Promise<ViewerOrganizationsPage> => {
      if (!adapter.listViewerOrganizations) return Promise.reject(new TeamkitError('not_supported'));
      const query: Parameters<typeof adapter.listViewerOrganizations>[0] = { cursor: pageParam };
      if (search !== '') query.search = search;
      if (options.pageSize !== undefined) query.limit = options.pageSize;
      return adapter.listViewerOrganizations(query, { signal });
    },
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: isSupported,
    placeholderData: keepPreviousData,
  });
  const pages = result.data?.pages;
  const organizations = useMemo(() => pages?.flatMap((page) => page.organizations) ?? [], [pages]);
  const invitations = pages?.[0]?.invitations ?? noOrganizations;
  return {
    isSupported,
    canSearch: isSupported && declared.search,
    organizations,
    invitations,
    totalCount: pages?.[pages.length - 1]?.totalCount,
    currentOrganizationId: organizationId,
    switchOrganization,
    hasNextPage: result.hasNextPage,
    fetchNextPage: result.fetchNextPage,
    isFetchingNextPage: result.isFetchingNextPage,
    isLoading: result.isLoading,
    isFetching: result.isFetching,
    error: result.error,
    refetch: result.refetch,
  };
}

const noOrganizations: ViewerOrganization[] = [];
