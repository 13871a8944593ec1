'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamkitAdapter } from '../core/adapter.ts';
import type { TeamkitError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import {
  dropCachedMember,
  invalidateMembers,
  type MembersSnapshot,
  restoreMembers,
  snapshotMembers,
} from './members-cache.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * A mutation that takes a row out of the organization (remove a member, revoke an invitation): the
 * rows `matches` picks leave every cached list at once (totals lowered), come back if the backend
 * refuses, and the lists are refetched once it settles. Shared so both actions keep exactly the same
 * optimistic behaviour.
 */
export function useDropMemberMutation<Variables>(
  send: (adapter: TeamkitAdapter, organizationId: string, variables: Variables) => Promise<void>,
  matches: (member: Member, variables: Variables) => boolean,
): UseMutationResult<void, TeamkitError, Variables, MembersSnapshot> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<void, TeamkitError, Variables, MembersSnapshot>({
    mutationFn: (variables) => send(adapter, organizationId, variables),
    onMutate: async (variables) => {
      const snapshot = await snapshotMembers(queryClient, organizationId);
      dropCachedMember(queryClient, organizationId, (member) => matches(member, variables));
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreMembers(queryClient, snapshot),
    onSettled: () => {
      void invalidateMembers(queryClient, organizationId);
    },
  });
}
