import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { MembersPage } from '../core/adapter.ts';
import type { Member } from '../core/member.ts';
import { teamkitKeys } from '../core/query-keys.ts';

// Optimistic edits of the cached members of one organization. Every list (each search, filter and
// sort, with all its loaded pages) and every single-member query sits under teamkitKeys.members(orgId),
// so one prefix reaches them all; the shape of the data tells a list from a single member.

/** What was cached under an organization's members before an optimistic edit, to put back on failure. */
export type MembersSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

type MembersList = InfiniteData<MembersPage, string | null>;

function isMembersList(data: unknown): data is MembersList {
  return typeof data === 'object' && data !== null && Array.isArray((data as { pages?: unknown }).pages);
}

function isMember(data: unknown, userId: string): data is Member {
  return typeof data === 'object' && data !== null && (data as { userId?: unknown }).userId === userId;
}

/**
 * Stops in-flight fetches of the organization's members (so they cannot overwrite the optimistic
 * edit) and returns what is cached now.
 */
export async function snapshotMembers(
  queryClient: QueryClient,
  organizationId: string,
): Promise<MembersSnapshot> {
  await queryClient.cancelQueries({ queryKey: teamkitKeys.members(organizationId) });
  return queryClient.getQueriesData({ queryKey: teamkitKeys.members(organizationId) });
}

/** Puts a snapshot back (rollback after a failed mutation). */
export function restoreMembers(queryClient: QueryClient, snapshot: MembersSnapshot | undefined): void {
  for (const [queryKey, data] of snapshot ?? []) queryClient.setQueryData(queryKey, data);
}

/** Replaces one member, in every cached list and in its own query, by `update(member)`. */
export function updateCachedMember(
  queryClient: QueryClient,
  organizationId: string,
  userId: string,
  update: (member: Member) => Member,
): void {
  queryClient.setQueriesData<unknown>({ queryKey: teamkitKeys.members(organizationId) }, (data: unknown) => {
    if (isMembersList(data)) {
      if (!data.pages.some((page) => page.members.some((member) => member.userId === userId))) return data;
      return {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          members: page.members.map((member) => (member.userId === userId ? update(member) : member)),
        })),
      };
    }
    return isMember(data, userId) ? update(data) : data;
  });
}

/**
 * Drops the rows `matches` picks (a member by user ID, an invitation by invitation ID) from every
 * cached list, lowering each list's total by one where a row was; an unknown total stays unknown.
 */
export function dropCachedMember(
  queryClient: QueryClient,
  organizationId: string,
  matches: (member: Member) => boolean,
): void {
  queryClient.setQueriesData<unknown>({ queryKey: teamkitKeys.members(organizationId) }, (data: unknown) => {
    if (!isMembersList(data)) return data;
    if (!data.pages.some((page) => page.members.some(matches))) return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        members: page.members.filter((member) => !matches(member)),
        // Every page carries the total; useMembers reads the latest one, so all must agree.
        totalCount: page.totalCount === null ? null : Math.max(0, page.totalCount - 1),
      })),
    };
  });
}

/** Invalidates every list and single member of the organization: one prefix, one refetch each. */
export function invalidateMembers(queryClient: QueryClient, organizationId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: teamkitKeys.members(organizationId) });
}
