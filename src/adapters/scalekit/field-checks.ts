import { TeamkitError } from '../../core/errors.ts';

/**
 * Scalekit cannot delete a key from a user, membership or organization map: UpdateUser has no field
 * mask, proto3 cannot tell an empty map from an absent one, and values must be 1–256 characters, so
 * `""` is refused too (scalekit-api.md §9.2–9.4). A `null` in a patch is refused, never dropped.
 */
export function refuseKeyDeletion(
  patch: Readonly<Record<string, unknown>> | undefined,
  field: string,
  /** Custom attributes are keyed by their own key in `fieldErrors`, metadata as `<field>.<key>`. */
  keyed: (key: string) => string = (key) => `${field}.${key}`,
): void {
  const deleted = Object.entries(patch ?? {})
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  if (deleted.length === 0) return;
  throw new TeamkitError(
    'not_supported',
    `Scalekit cannot remove a key once set (${field}: ${deleted.join(', ')}); change its value instead.`,
    {
      fieldErrors: Object.fromEntries(deleted.map((key) => [keyed(key), 'Scalekit cannot remove this key.'])),
    },
  );
}

/** The merged map to write: read, merge, then write the whole map (see `refuseKeyDeletion`). */
export function mergeStringMap(
  current: Readonly<Record<string, string>>,
  patch: Readonly<Record<string, string | null>>,
): Record<string, string> {
  const merged: Record<string, string> = { ...current };
  for (const [key, value] of Object.entries(patch)) if (value !== null) merged[key] = value;
  return merged;
}
