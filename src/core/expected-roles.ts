import { TeamkitError } from './errors.ts';

/** Whether two lists hold the same roles, in any order and ignoring repeats. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((role) => right.has(role));
}

/**
 * Refuses a role change made from a stale view: when the caller says which roles it saw
 * (`expectedRoles`) and the member holds others now, `conflict`, so the newer change is not silently
 * replaced. Backends and the server handler call it right after reading the membership.
 */
export function checkExpectedRoles(held: readonly string[], expectedRoles: readonly string[] | undefined) {
  if (expectedRoles !== undefined && !sameRoles(held, expectedRoles)) {
    throw new TeamkitError('conflict', "This member's roles changed since you looked. Nothing was changed.");
  }
}
