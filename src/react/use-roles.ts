'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TeamkitError } from '../core/errors.ts';
import type { Role } from '../core/role.ts';
import { rolesQueryOptions } from './query-options.ts';
import { useLocalizeRole } from './use-localize-role.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The roles members of the provider's organization can hold, with display names and descriptions in
 * the provider's locale (its `roleTexts` and `translate`), so every role menu, filter and cell reads
 * the same words. The cache keeps the backend's roles: switching language needs no request.
 * @example
 * const { data: roles = [] } = useRoles();
 */
export function useRoles(): UseQueryResult<Role[], TeamkitError> {
  const { adapter, organizationId } = useTeamkit();
  const localizeRole = useLocalizeRole();
  const select = useCallback((roles: Role[]) => roles.map((role) => localizeRole(role)), [localizeRole]);
  return useQuery({ ...rolesQueryOptions(adapter, organizationId), select });
}
