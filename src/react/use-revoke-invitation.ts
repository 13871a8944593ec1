'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { MembersSnapshot } from './members-cache.ts';
import { useDropMemberMutation } from './use-drop-member-mutation.ts';
import type { InvitationVariables } from './use-resend-invitation.ts';

/**
 * Withdraws a pending or expired invitation, with or without a user: the row leaves every cached list
 * at once (totals lowered), comes back if the backend refuses, and the lists are refetched once it
 * settles.
 * @example
 * const revoke = useRevokeInvitation();
 * if (member.invitationId) revoke.mutate({ invitationId: member.invitationId });
 */
export function useRevokeInvitation(): UseMutationResult<
  void,
  TeamkitError,
  InvitationVariables,
  MembersSnapshot
> {
  return useDropMemberMutation<InvitationVariables>(
    (adapter, organizationId, { invitationId }) => adapter.revokeInvitation(organizationId, invitationId),
    (member, { invitationId }) => member.invitationId === invitationId,
  );
}
