'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { User } from '../core/user.ts';
import { userQueryOptions, viewerQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * One user: `userId`, or the signed-in person when absent. Every component asking for the same user
 * shares one request. Without an ID the user is fetched once the viewer (its ID) is known: a page
 * showing the viewer's profile makes one viewer and one user request; with an ID, only the user's.
 * @example
 * const { data: user, isPending, error } = useUser();
 */
export function useUser(userId?: string): UseQueryResult<User, TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  // Subscribed even with an ID (hooks cannot be conditional), but only fetched without one.
  const viewer = useQuery({ ...viewerQueryOptions(adapter, organizationId), enabled: userId === undefined });
  const id = userId ?? viewer.data?.userId;
  const user = useQuery({ ...userQueryOptions(adapter, id ?? ''), enabled: id !== undefined && id !== '' });
  if (id === undefined && viewer.data === undefined) {
    // Still waiting for the viewer (or it failed): report its loading state, error and refetch, so
    // callers see `isLoading`/`error` rather than an idle, never-starting user query. Its data is
    // undefined here, so it is a valid UseQueryResult<User> too.
    return viewer as unknown as UseQueryResult<User, TeamkitError>;
  }
  return user;
}
