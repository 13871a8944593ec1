'use client';
import { useCallback } from 'react';
import { localizeRole } from '../core/localize-role.ts';
import type { Role } from '../core/role.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * Localizes roles the way profile fields are: the provider's `roleTexts` for the locale in force, then
 * its `translate`. Returns a function of a role (or of a bare role name, for a name no listed role has).
 * @example
 * const localizeRole = useLocalizeRole();
 * const label = localizeRole(role).displayName;
 * const fromName = localizeRole('billing_manager').displayName;
 */
export function useLocalizeRole(): (role: Role | string) => Role {
  const { locale, roleTexts, translate } = useTeamkit();
  return useCallback(
    (role: Role | string) =>
      localizeRole(
        typeof role === 'string'
          ? { name: role, displayName: role, description: null, isDefault: false, isAdmin: false }
          : role,
        { locale, roleTexts, translate },
      ),
    [locale, roleTexts, translate],
  );
}
