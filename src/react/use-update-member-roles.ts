'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import {
  invalidateMembers,
  type MembersSnapshot,
  restoreMembers,
  snapshotMembers,
  updateCachedMember,
} from './members-cache.ts';
import { useTeamkit } from './use-teamkit.ts';

/** What useUpdateMemberRoles's `mutate` takes. */
export interface UpdateMemberRolesVariables {
  /** The member's user ID. */
  userId: string;
  /** The full set of roles the member should hold. */
  roles: string[];
  /** The roles the viewer saw the member hold: a change made since then fails with `conflict`. */
  expectedRoles?: readonly string[];
}

/**
 * Changes a member's roles (the full desired set): the row shows them at once, goes back if the
 * backend refuses (last admin, unknown role), and the lists are refetched once it settles.
 * @example
 * const updateRoles = useUpdateMemberRoles();
 * updateRoles.mutate({ userId: member.userId, roles: ['admin'] });
 */
export function useUpdateMemberRoles(): UseMutationResult<
  Member,
  TeamkitError,
  UpdateMemberRolesVariables,
  MembersSnapshot
> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<Member, TeamkitError, UpdateMemberRolesVariables, MembersSnapshot>({
    mutationFn: ({ userId, roles, expectedRoles }) =>
      adapter.updateMembership(organizationId, userId, { roles }, expectedRoles && { expectedRoles }),
    onMutate: async ({ userId, roles }) => {
      const snapshot = await snapshotMembers(queryClient, organizationId);
      updateCachedMember(queryClient, organizationId, userId, (member) => ({ ...member, roles: [...roles] }));
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restoreMembers(queryClient, snapshot),
    onSuccess: (stored, { userId }) => updateCachedMember(queryClient, organizationId, userId, () => stored),
    onSettled: () => {
      void invalidateMembers(queryClient, organizationId);
    },
  });
}
