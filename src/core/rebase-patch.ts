/**
 * A save refused with `conflict` because someone else saved first need not bother the person when the
 * two edits touch different fields: the same patch, sent again over the latest version, keeps both.
 * Only a field both changed, to different values, is a true conflict.
 */
import { editsClash } from './edit-session/merge-fields.ts';

/** A record's value at `path` (a field, or a key inside a record merged by key), absent read as null. */
function valueAt(record: object, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const part of path) {
    value =
      typeof value === 'object' && value !== null && Object.hasOwn(value, part)
        ? (value as Record<string, unknown>)[part]
        : null;
  }
  return value ?? null;
}

/** The paths a patch writes: top-level fields, and `[bag, key]` inside records merged by key. */
function writtenPaths(patch: object): string[][] {
  return Object.entries(patch).flatMap(([field, value]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.keys(value).map((key) => [field, key])
      : [[field]],
  );
}

/** A field both this save and someone else's changed: what this save writes, and what is stored now. */
export interface PatchClash {
  /** The field, or `[bag, key]` for a key inside a record merged by key (`['metadata', 'plan']`). */
  path: readonly string[];
  /** The value this save writes (null clears it). */
  yours: unknown;
  /** The value stored now. */
  theirs: unknown;
}

/**
 * The fields `patch` writes that someone else changed between `base` (what the form was loaded from)
 * and `latest` (what is stored now) to another value than the patch's: the session's three-way rule
 * (`editsClash`), read along paths. None: sending `patch` again with `latest.version` loses nobody's
 * edit. Works for user patches (`profile.givenName`, `customAttributes.x`, `userMetadata.k`,
 * `externalId`) and organization patches (`displayName`, `metadata.k`) alike.
 */
export function patchClashes(patch: object, base: object, latest: object): PatchClash[] {
  return writtenPaths(patch).flatMap((path) => {
    // A user patch's `customAttributes` live in the user's `profile`.
    const stored = path[0] === 'customAttributes' ? ['profile', ...path] : path;
    const yours = valueAt(patch, path);
    const theirs = valueAt(latest, stored);
    return editsClash(path.join('.'), valueAt(base, stored), yours, theirs) ? [{ path, yours, theirs }] : [];
  });
}

/** Whether `patch` can go again over `latest` without undoing an edit made since `base` (no clashes). */
export function canRebasePatch(patch: object, base: object, latest: object): boolean {
  return patchClashes(patch, base, latest).length === 0;
}
