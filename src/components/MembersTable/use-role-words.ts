import { useCallback } from 'react';
import type { Role } from '../../core/role.ts';
import { listFormatOf } from './list-format.ts';

/** A role's display name (the name itself when the role is unknown) and role names as one list in the locale. */
export function useRoleWords(roles: readonly Role[], locale: string) {
  const roleLabel = useCallback(
    (name: string) => roles.find((role) => role.name === name)?.displayName || name,
    [roles],
  );
  const roleList = useCallback(
    (names: readonly string[]) => listFormatOf(locale).format(names.map(roleLabel)),
    [locale, roleLabel],
  );
  return { roleLabel, roleList };
}
