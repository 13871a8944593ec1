'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Invitation } from '../core/invitation.ts';
import { invalidateMembers } from './members-cache.ts';
import { useTeamkit } from './use-teamkit.ts';

/** Which member's invitation to act on. */
export interface MemberVariables {
  /** The invited member's user ID. */
  userId: string;
}

/**
 * Sends a member's pending or expired invitation again. Not optimistic (the backend sets the new
 * expiry and cooldown); the members list and the member are refetched once it settles.
 * @example
 * const resend = useResendInvitation();
 * resend.mutate({ userId: member.userId }, { onSuccess: () => announce(messages.members.resent) });
 */
export function useResendInvitation(): UseMutationResult<Invitation, TeamkitError, MemberVariables> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<Invitation, TeamkitError, MemberVariables>({
    mutationFn: ({ userId }) => adapter.resendInvitation(organizationId, userId),
    onSettled: () => {
      void invalidateMembers(queryClient, organizationId);
    },
  });
}
