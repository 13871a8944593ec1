'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { applyMembershipPatch } from '../core/apply-membership-patch.ts';
import type { TeamkitError } from '../core/errors.ts';
import type { Member, MembershipPatch } from '../core/member.ts';
import {
  invalidateMembers,
  type MembersSnapshot,
  restoreMembers,
  snapshotMembers,
  updateCachedMember,
} from './members-cache.ts';
import { useTeamkit } from './use-teamkit.ts';

/** What useUpdateMembership's `mutate` takes. */
export interface UpdateMembershipVariables {
  /** The member's user ID. */
  userId: string;
  /** Roles (the full set) and membership metadata (merged by key) to change. */
  patch: MembershipPatch;
}

/**
 * Changes a membership's roles and metadata: shown at once in the lists and the member, rolled back
 * if the backend refuses, and refetched once it settles.
 * @example
 * const update = useUpdateMembership();
 * update.mutate({ userId, patch: { metadata: buildMetadataPatch(member.metadata, entries) } });
 */
export function useUpdateMembership(): UseMutationResult<
  Member,
  TeamkitError,
  UpdateMembershipVariables,
  MembersSnapshot
> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<Member, TeamkitError, UpdateMembershipVariables, MembersSnapshot>({
    mutationFn: ({ userId, patch }) => adapter.updateMembership(organizationId, userId, patch),
    onMutate: async ({ userId, patch }) => {
      const snapshot = await snapshotMembers(queryClient, organizationId);
      updateCachedMember(queryClient, organizationId, userId, (member) =>
        applyMembershipPatch(member, patch),
      );
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreMembers(queryClient, snapshot),
    onSuccess: (stored, { userId }) => updateCachedMember(queryClient, organizationId, userId, () => stored),
    onSettled: () => {
      void invalidateMembers(queryClient, organizationId);
    },
  });
}
