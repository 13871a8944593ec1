'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamkitAdapter } from '../core/adapter.ts';
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
 * A mutation that takes a member's row out of the organization (remove, revoke): the row leaves every
 * cached list at once (totals lowered), comes back if the backend refuses, and the lists are refetched
 * once it settles. Shared so both actions keep exactly the same optimistic behaviour.
 */
export function useDropMemberMutation(
  send: (adapter: TeamkitAdapter, organizationId: string, userId: string) => Promise<void>,
): UseMutationResult<void, TeamkitError, MemberVariables, MembersSnapshot> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<void, TeamkitError, MemberVariables, MembersSnapshot>({
    mutationFn: ({ userId }) => send(adapter, organizationId, userId),
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
