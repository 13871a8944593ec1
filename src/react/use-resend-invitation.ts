'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Invitation } from '../core/invitation.ts';
import { invalidateMembers } from './members-cache.ts';
import { useTeamkit } from './use-teamkit.ts';

/** Which invitation to act on. */
export interface InvitationVariables {
  /** The invitation's ID: the row's `Member.invitationId` (there may be no user yet). */
  invitationId: string;
}

/**
 * Sends a pending or expired invitation again. Not optimistic (the backend sets the new expiry and
 * cooldown, and may give the invitation a new ID where it re-creates it); the members list and the
 * member are refetched once it settles. Resolves with the invitation as sent, with its current ID.
 * @example
 * const resend = useResendInvitation();
 * if (member.invitationId) resend.mutate({ invitationId: member.invitationId });
 */
export function useResendInvitation(): UseMutationResult<Invitation, TeamkitError, InvitationVariables> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  return useMutation<Invitation, TeamkitError, InvitationVariables>({
    mutationFn: ({ invitationId }) => adapter.resendInvitation(organizationId, invitationId),
    onSettled: () => {
      void invalidateMembers(queryClient, organizationId);
    },
  });
}
