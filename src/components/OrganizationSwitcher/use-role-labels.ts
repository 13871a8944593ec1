'use client';
import { useCallback } from 'react';
import { useLocalizeRole } from '../../react/use-localize-role.ts';
import { useRoles } from '../../react/use-roles.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';

const roleLists = new Map<string, Intl.ListFormat>();

/** One formatter per locale for a list of role names: "Admin, Billing manager", "مدير، عضو". */
function roleListOf(locale: string): Intl.ListFormat {
  let format = roleLists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    roleLists.set(locale, format);
  }
  return format;
}

/**
 * Words for a person's role names in any of their organizations: the host's role texts, else the
 * display name the organization in scope gives a role of that name (environments usually share
 * roles), else the name itself; listed with the locale's separator. Asking each of hundreds of
 * organizations for its roles would cost a request per organization.
 */
export function useRoleLabels(): (names: readonly string[]) => string {
  const localizeRole = useLocalizeRole();
  const { locale } = useTeamkit();
  const roles = useRoles().data;
  return useCallback(
    (names: readonly string[]) =>
      roleListOf(locale).format(
        names.map((name) => localizeRole(roles?.find((role) => role.name === name) ?? name).displayName),
      ),
    [localizeRole, roles, locale],
  );
}
