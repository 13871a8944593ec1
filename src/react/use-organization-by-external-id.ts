'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Organization } from '../core/organization.ts';
import { organizationByExternalIdQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The organization with this external ID (trimmed): `null` when there is none, which is a normal
 * result, not an error. Idle while the ID is empty.
 * @example
 * const { data: holder } = useOrganizationByExternalId(draftExternalId);
 */
export function useOrganizationByExternalId(
  externalId: string,
): UseQueryResult<Organization | null, TeamkitError> {
  const { adapter } = useTeamkit();
  return useQuery(organizationByExternalIdQueryOptions(adapter, externalId));
}
