'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { User } from '../core/user.ts';
import { userByExternalIdQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The member of the provider's organization with this external ID (trimmed): `null` when there is
 * none, which is a normal result, not an error. Idle while the ID is empty.
 * @example
 * const { data: owner } = useUserByExternalId(draftExternalId); // owner !== null → the ID is taken
 */
export function useUserByExternalId(externalId: string): UseQueryResult<User | null, TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  return useQuery(userByExternalIdQueryOptions(adapter, organizationId, externalId));
}
