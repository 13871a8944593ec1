import { TeamkitError } from '../../core/errors.ts';
import type { Metadata, MetadataPatch } from '../../core/json.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import {
  applyMetadataPatch,
  describeMetadataIssue,
  isBagIssue,
  metadataToEntries,
  validateMetadataPatch,
} from '../../core/metadata.ts';

/**
 * Per-field messages for a metadata patch checked against Scalekit's limits after merging, keyed
 * `<field>.<key>` for one pair and `<field>` for the pair count.
 */
export function metadataFieldErrors(
  current: Metadata,
  patch: MetadataPatch,
  limits: MetadataLimits,
  field: string,
): Record<string, string> {
  const entries = metadataToEntries(applyMetadataPatch(current, patch));
  const errors: Record<string, string> = {};
  for (const issue of validateMetadataPatch(current, patch, limits)) {
    const message = describeMetadataIssue(issue);
    if (isBagIssue(issue)) errors[field] ??= message;
    else if ('key' in issue && issue.index < 0) errors[`${field}.${issue.key}`] ??= message;
    else errors[`${field}.${entries[issue.index]?.key ?? ''}`] ??= message;
  }
  return errors;
}

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
