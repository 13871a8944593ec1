import type { Member } from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import type { Viewer } from '../../core/viewer.ts';
import { isNoRoleChange, roleChangeOf } from './role-change.ts';

/** Whether a row is the signed-in person's own. */
export function isViewerRow(member: Member, viewer: Viewer | undefined): boolean {
  return viewer !== undefined && member.userId === viewer.userId;
}

/**
 * What giving a member `next` roles takes: nothing (no change, or no role left), the viewer's yes to
 * demoting themselves (`ask-self`), a yes to a change beside another role (`ask`: one role for another
 * reads plainly in the menu, anything more is said before it happens), or nothing more (`run`).
 */
export function roleChangeStep(
  member: Member,
  next: readonly string[],
  viewer: Viewer | undefined,
  roles: readonly Role[],
): 'none' | 'ask-self' | 'ask' | 'run' {
  if (next.length === 0 || isNoRoleChange(roleChangeOf(member.roles, next))) return 'none';
  const isAdmin = (name: string) => roles.some((role) => role.name === name && role.isAdmin);
  if (isViewerRow(member, viewer) && member.roles.some(isAdmin) && !next.some(isAdmin)) return 'ask-self';
  return member.roles.length === 1 && next.length === 1 ? 'run' : 'ask';
}
