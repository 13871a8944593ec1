/**
 * True when a patch (user, organization or membership) changes nothing: every part is absent or an
 * empty record. The one rule hooks (which send nothing) and adapters (which write nothing) share.
 */
export function isEmptyPatch(patch: object): boolean {
  return Object.values(patch).every(
    (part) =>
      part === undefined || (typeof part === 'object' && part !== null && Object.keys(part).length === 0),
  );
}
