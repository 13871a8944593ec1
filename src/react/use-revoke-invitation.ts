'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { MembersSnapshot } from './members-cache.ts';
import { useDropMemberMutation } from './use-drop-member-mutation.ts';
import type { MemberVariables } from './use-resend-invitation.ts';

/**
 * Withdraws a member's pending invitation: the row leaves every cached list at once (totals lowered),
 * comes back if the backend refuses, and the lists are refetched once it settles.
 * @example
 * const revoke = useRevokeInvitation();
 * revoke.mutate({ userId: member.userId });
 */
export function useRevokeInvitation(): UseMutationResult<
  void,
  TeamkitError,
  MemberVariables,
  MembersSnapshot
> {
  return useDropMemberMutation((adapter, organizationId, userId) =>
    adapter.revokeInvitation(organizationId, userId),
  );
}
