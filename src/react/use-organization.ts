'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Organization } from '../core/organization.ts';
import { organizationQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The provider's organization (name, external ID, metadata, version).
 * @example
 * const { data: organization } = useOrganization();
 */
export function useOrganization(): UseQueryResult<Organization, TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  return useQuery(organizationQueryOptions(adapter, organizationId));
}
