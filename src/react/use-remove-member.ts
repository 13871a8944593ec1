'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import {
  dropCachedMember,
  invalidateMembers,
  type MembersSnapshot,
  restoreMembers,
  snapshotMembers,
} from './members-cache.ts';
import type { MemberVariables } from './use-resend-invitation.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * Removes a member from the organization: the row leaves every cached list at once (totals lowered),
 * comes back if the backend refuses (last admin, directory-managed), and the lists are refetched once
 * it settles.
 * @example
 * const remove = useRemoveMember();
 * remove.mutate({ userId: member.userId }, { onError: (error) => announce(messages.common.errors[error.code]) });
 */
export function useRemoveMember(): UseMutationResult<void, TeamkitError, MemberVariables, MembersSnapshot> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<void, TeamkitError, MemberVariables, MembersSnapshot>({
    mutationFn: ({ userId }) => adapter.removeMember(organizationId, userId),
    onMutate: async ({ userId }) => {
      const snapshot = await snapshotMembers(queryClient, organizationId);
      dropCachedMember(queryClient, organizationId, userId);
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreMembers(queryClient, snapshot),
    onSettled: () => {
      void invalidateMembers(queryClient, organizationId);
    },
  });
}
