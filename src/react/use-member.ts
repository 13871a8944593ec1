'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import { memberQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * One member of the provider's organization (roles, status, membership metadata, allowed actions).
 * Disabled while `userId` is empty.
 * @example
 * const { data: member } = useMember(userId);
 */
export function useMember(userId: string): UseQueryResult<Member, TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  return useQuery({ ...memberQueryOptions(adapter, organizationId, userId), enabled: userId !== '' });
}
