'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { MembersSnapshot } from './members-cache.ts';
import { useDropMemberMutation } from './use-drop-member-mutation.ts';

/** Which member to act on. */
export interface MemberVariables {
  /** The member's user ID. */
  userId: string;
}

/**
 * Removes a member from the organization: the row leaves every cached list at once (totals lowered),
 * comes back if the backend refuses (last admin, directory-managed), and the lists are refetched once
 * it settles.
 * @example
 * const remove = useRemoveMember();
 * remove.mutate({ userId }, { onError: (error) => announce(messages.common.errors[error.code]) });
 */
export function useRemoveMember(): UseMutationResult<void, TeamkitError, MemberVariables, MembersSnapshot> {
  return useDropMemberMutation<MemberVariables>(
    (adapter, organizationId, { userId }) => adapter.removeMember(organizationId, userId),
    (member, { userId }) => member.userId === userId,
  );
}
