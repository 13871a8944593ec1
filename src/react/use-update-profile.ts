'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { WriteOptions } from '../core/adapter.ts';
import { applyUserPatch } from '../core/apply-user-patch.ts';
import type { TeamkitError } from '../core/errors.ts';
import { isEmptyPatch } from '../core/is-empty-patch.ts';
import { externalIdLookupKeys, teamkitKeys } from '../core/query-keys.ts';
import type { User, UserPatch } from '../core/user.ts';
import { currentUserIdQueryOptions, userQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/** What useUpdateProfile's `mutate` takes. */
export interface UpdateProfileVariables {
  /** The smallest change (see `buildProfilePatch`); an empty patch sends nothing. */
  patch: UserPatch;
  /** The `version` the form was opened with; the save fails with `conflict` if the user changed since. */
  expectedVersion?: string;
}

/** The user as it was before the optimistic update, to put back on failure. */
export interface UpdateProfileContext {
  userId: string;
  previous: User | undefined;
}

/** Whether the patch changes something the members list shows (names, external ID). */
function touchesMembersList(patch: UserPatch): boolean {
  const profile = patch.profile ?? {};
  return (
    'givenName' in profile || 'familyName' in profile || 'name' in profile || patch.externalId !== undefined
  );
}

/**
 * Saves a change to a user's profile (`userId`, or the signed-in person): shown at once (optimistic),
 * rolled back on failure, then replaced by the user the server stored. An empty patch sends nothing
 * and resolves with the current user.
 * @example
 * const update = useUpdateProfile();
 * update.mutate({ patch: buildProfilePatch(definitions, original, edited, 'self'), expectedVersion: user.version });
 */
export function useUpdateProfile(
  userId?: string,
): UseMutationResult<User, TeamkitError, UpdateProfileVariables, UpdateProfileContext> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();

  // The signed-in person's ID is usually cached already (the form showed their profile); fetched once if not.
  const resolveUserId = async (): Promise<string> =>
    userId ?? (await queryClient.ensureQueryData(currentUserIdQueryOptions(adapter)));

  return useMutation<User, TeamkitError, UpdateProfileVariables, UpdateProfileContext>({
    mutationFn: async ({ patch, expectedVersion }) => {
      const id = await resolveUserId();
      if (isEmptyPatch(patch)) {
        return (
          queryClient.getQueryData<User>(teamkitKeys.user(id)) ??
          queryClient.fetchQuery(userQueryOptions(adapter, id))
        );
      }
      const options: WriteOptions = { organizationId };
      if (expectedVersion !== undefined) options.expectedVersion = expectedVersion;
      return adapter.updateUser(id, patch, options);
    },
    onMutate: async ({ patch }) => {
      const id = await resolveUserId();
      const key = teamkitKeys.user(id);
      if (isEmptyPatch(patch)) return { userId: id, previous: undefined };
      // A refetch landing now would overwrite the optimistic user with the old one.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<User>(key);
      if (previous) queryClient.setQueryData(key, applyUserPatch(previous, patch));
      return { userId: id, previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(teamkitKeys.user(context.userId), context.previous);
    },
    onSuccess: (user, _variables, context) => {
      queryClient.setQueryData(teamkitKeys.user(context?.userId ?? user.id), user);
    },
    onSettled: (_user, error, { patch }, context) => {
      const id = context?.userId ?? userId;
      if (isEmptyPatch(patch) || !id) return;
      // Not awaited: the save is done once the server answered; refetches land when they land.
      if (error) {
        // A refused value changed nothing (the rollback restored the truth); anything else, a conflict
        // say, means the stored user may differ from ours: fetch it.
        if (error.code !== 'validation') {
          void queryClient.invalidateQueries({ queryKey: teamkitKeys.user(id), exact: true });
        }
        return;
      }
      // The cache holds the stored user already: mark it stale without fetching it again.
      void queryClient.invalidateQueries({
        queryKey: teamkitKeys.user(id),
        exact: true,
        refetchType: 'none',
      });
      if (touchesMembersList(patch)) {
        void queryClient.invalidateQueries({ queryKey: teamkitKeys.members(organizationId) });
      }
      if (patch.externalId !== undefined) {
        void queryClient.invalidateQueries({ queryKey: externalIdLookupKeys.users });
      }
    },
  });
}
