'use client';
import { type FetchNextPageOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MembersQuery } from '../core/adapter.ts';
import type { TeamkitError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import { membersInfiniteQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/** What useMembers lists: search, filters, sort and page size (the organization comes from the provider). */
export type MembersListQuery = Omit<MembersQuery, 'organizationId' | 'cursor'>;

/** The members list as a table needs it: loaded rows flattened, the total, and paging. */
export interface UseMembersResult {
  /**
   * Every loaded member, pages flattened in order (the previous list's rows while a new search loads;
   * none from another organization).
   */
  members: Member[];
  /**
   * How many members match in all (from the latest page), null when the backend cannot count
   * (`capabilities.members.totals === 'none'`), or undefined before the first page.
   */
  totalCount: number | null | undefined;
  /** Whether another page can be loaded. */
  hasNextPage: boolean;
  /** Loads the next page (a no-op while one is loading). */
  fetchNextPage: (options?: FetchNextPageOptions) => Promise<unknown>;
  /** Whether the next page is loading. */
  isFetchingNextPage: boolean;
  /** Whether the first page is loading and there is nothing to show yet. */
  isLoading: boolean;
  /** Whether the last fetch failed. */
  isError: boolean;
  /** Why the last fetch failed, or null. */
  error: TeamkitError | null;
  /** Fetches the loaded pages again. */
  refetch: () => Promise<unknown>;
  /** Whether anything is loading (first page, next page, refetch or a new search). */
  isFetching: boolean;
  /** Whether `members` still shows the previous search/filter while the new one loads. */
  isPlaceholderData: boolean;
}

/**
 * The organization's members, searched, filtered and sorted on the server, loaded page by page. While
 * the search or filters change, the previous rows stay (no empty flash). Pass the search as typed:
 * debouncing belongs to the component.
 * @example
 * const { members, totalCount, hasNextPage, fetchNextPage } = useMembers({ search, statuses: ['active'] });
 */
export function useMembers(query: MembersListQuery = {}): UseMembersResult {
  const { adapter, organizationId } = useTeamkit();
  const result = useInfiniteQuery({
    ...membersInfiniteQueryOptions(adapter, { ...query, organizationId }),
    // The previous search's rows stay while a new one loads, but never another organization's: after
    // a switch the table shows its loading state instead (the key's third element is the organization).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === organizationId ? previous : undefined,
  });
  const pages = result.data?.pages;
  const members = useMemo(() => pages?.flatMap((page) => page.members) ?? [], [pages]);
  return {
    members,
    totalCount: pages?.[pages.length - 1]?.totalCount,
    hasNextPage: result.hasNextPage,
    fetchNextPage: result.fetchNextPage,
    isFetchingNextPage: result.isFetchingNextPage,
    isLoading: result.isLoading,
    isError: result.isError,
    error: result.error,
    refetch: result.refetch,
    isFetching: result.isFetching,
    isPlaceholderData: result.isPlaceholderData,
  };
}
