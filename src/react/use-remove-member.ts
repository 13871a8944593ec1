'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { MembersSnapshot } from './members-cache.ts';
import { useDropMemberMutation } from './use-drop-member-mutation.ts';
import type { MemberVariables } from './use-resend-invitation.ts';

/**
 * Removes a member from the organization: the row leaves every cached list at once (totals lowered),
 * comes back if the backend refuses (last admin, directory-managed), and the lists are refetched once
 * it settles.
 * @example
 * const remove = useRemoveMember();
 * remove.mutate({ userId: member.userId }, { onError: (error) => announce(messages.common.errors[error.code]) });
 */
export function useRemoveMember(): UseMutationResult<void, TeamkitError, MemberVariables, MembersSnapshot> {
  return useDropMemberMutation((adapter, organizationId, userId) =>
    adapter.removeMember(organizationId, userId),
  );
}
