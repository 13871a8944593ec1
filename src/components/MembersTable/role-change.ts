/** What a change of a member's roles does: the roles it adds, removes and keeps, in the given orders. */
export interface RoleChange {
  /** Roles the member gains. */
  added: readonly string[];
  /** Roles the member loses. */
  removed: readonly string[];
  /** Roles the member holds before and after. */
  kept: readonly string[];
}

/** Compares the roles a member holds with the roles they would hold. */
export function roleChangeOf(before: readonly string[], after: readonly string[]): RoleChange {
  return {
    added: after.filter((role) => !before.includes(role)),
    removed: before.filter((role) => !after.includes(role)),
    kept: before.filter((role) => after.includes(role)),
  };
}

/** Whether a role change changes nothing (the same roles, in any order). */
export function isNoRoleChange(change: RoleChange): boolean {
  return change.added.length === 0 && change.removed.length === 0;
}

/**
 * The roles a member holds after a role is toggled in a multi-select: added after those held, or
 * taken away. Null when it would leave the member with no role at all.
 */
export function toggledRoles(held: readonly string[], role: string): string[] | null {
  if (!held.includes(role)) return [...held, role];
  const rest = held.filter((name) => name !== role);
  return rest.length > 0 ? rest : null;
}
