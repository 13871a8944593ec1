'use client';
import { useCallback } from 'react';
import { useLocalizeRole } from '../../react/use-localize-role.ts';
import { useRoles } from '../../react/use-roles.ts';

/**
 * Words for a person's role names in any of their organizations: the host's role texts, else the
 * display name the organization in scope gives a role of that name (environments usually share
 * roles), else the name itself. Asking each of hundreds of organizations for its roles would cost a
 * request per organization.
 */
export function useRoleLabels(): (names: readonly string[]) => string {
  const localizeRole = useLocalizeRole();
  const roles = useRoles().data;
  return useCallback(
    (names: readonly string[]) =>
      names
        .map((name) => localizeRole(roles?.find((role) => role.name === name) ?? name).displayName)
        .join(', '),
    [localizeRole, roles],
  );
}
