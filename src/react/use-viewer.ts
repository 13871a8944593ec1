'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Viewer } from '../core/viewer.ts';
import { viewerQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The signed-in person and their permissions in the provider's organization; fetched once and shared.
 * @example
 * const { data: viewer } = useViewer();
 * if (viewer?.permissions.inviteMembers) return <InviteMemberDialog />;
 */
export function useViewer(): UseQueryResult<Viewer, TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  return useQuery(viewerQueryOptions(adapter, organizationId));
}
