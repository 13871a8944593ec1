'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { TeamkitError } from '../core/errors.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import type { ViewerOrganization } from '../core/viewer-organization.ts';
import { useTeamkit } from './use-teamkit.ts';

/** Which invitation the signed-in person accepts. */
export interface AcceptInvitationVariables {
  /** The organization that invited them. */
  organizationId: string;
  /** The invitation (`ViewerOrganization.invitationId`). */
  invitationId: string;
}

/**
 * The signed-in person accepts an invitation to an organization; on success the organizations list
 * and that organization's viewer are fetched again. Where the backend cannot
 * (`capabilities.viewerOrganizations.acceptInvitations` false), it fails `not_supported`.
 * @example
 * const accept = useAcceptInvitation();
 * accept.mutate({ organizationId: invitation.id, invitationId: invitation.invitationId });
 */
export function useAcceptInvitation(): UseMutationResult<
  ViewerOrganization,
  TeamkitError,
  AcceptInvitationVariables
> {
  const { adapter } = useTeamkit();
  const client = useQueryClient();
  return useMutation<ViewerOrganization, TeamkitError, AcceptInvitationVariables>({
    mutationFn: ({ organizationId, invitationId }) => {
      if (!adapter.capabilities.viewerOrganizations.acceptInvitations || !adapter.acceptViewerInvitation) {
        return Promise.reject(new TeamkitError('not_supported'));
      }
      return adapter.acceptViewerInvitation(organizationId, invitationId);
    },
    onSettled: (_data, _error, { organizationId }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: teamkitKeys.viewerOrganizations() }),
        client.invalidateQueries({ queryKey: teamkitKeys.viewer(organizationId) }),
      ]),
  });
}
