'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { TeamkitError } from '../core/errors.ts';
import type { Role } from '../core/role.ts';
import { rolesQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The roles members of the provider's organization can hold.
 * @example
 * const { data: roles = [] } = useRoles();
 */
export function useRoles(): UseQueryResult<Role[], TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  return useQuery(rolesQueryOptions(adapter, organizationId));
}
