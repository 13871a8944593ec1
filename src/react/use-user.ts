'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { User } from '../core/user.ts';
import { currentUserIdQueryOptions, userQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * One user: `userId`, or the signed-in person when absent. Every component asking for the same user
 * shares one request. Without an ID the adapter's `getCurrentUser` answers, in parallel with whatever
 * else the page asks for (no viewer round trip first), and the user is cached under its ID.
 * @example
 * const { data: user, isPending, error } = useUser();
 */
export function useUser(userId?: string): UseQueryResult<User, TeamkitError> {
  const { adapter } = useTeamkit();
  // Subscribed even with an ID (hooks cannot be conditional), but only fetched without one.
  const current = useQuery({ ...currentUserIdQueryOptions(adapter), enabled: userId === undefined });
  const id = userId ?? current.data;
  const user = useQuery({ ...userQueryOptions(adapter, id ?? ''), enabled: id !== undefined && id !== '' });
  if (id === undefined) {
    // Still waiting for the current user (or it failed): report that query's loading state, error and
    // refetch, so callers see `isLoading`/`error` rather than an idle, never-starting user query. Its
    // data is undefined here, so it is a valid UseQueryResult<User> too.
    return current as unknown as UseQueryResult<User, TeamkitError>;
  }
  return user;
}
