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
 * Per-field messages for a metadata patch checked against Auth0's limits after merging (the core's
 * rules: reserved keys, forbidden `.`/`$`, lengths, pair count, bytes), keyed `<field>.<key>` for one
 * pair and `<field>` for the bag.
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

/** A bag from Auth0 as the kit's Metadata: an object of JSON values, or empty for anything else. */
export function bagOf(value: unknown): Record<string, Metadata[string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return { ...(value as Record<string, Metadata[string]>) };
}

/** `bag` without the `reserved` keys: what is left is free metadata. */
export function withoutKeys(
  bag: Record<string, Metadata[string]>,
  reserved: ReadonlyMap<string, string>,
): Metadata {
  return Object.fromEntries(Object.entries(bag).filter(([key]) => !reserved.has(key)));
}
