import type { Metadata, MetadataPatch } from './json.ts';
import type { MetadataLimits } from './limits.ts';
import {
  applyMetadataPatch,
  describeMetadataIssue,
  isBagIssue,
  metadataToEntries,
  validateMetadataPatch,
} from './metadata.ts';

/**
 * Per-field messages for a metadata patch checked against a backend's limits after merging it into the
 * stored bag (the core's rules: reserved keys, forbidden characters, lengths, pair count, bytes), keyed
 * `<field>.<key>` for one pair and `<field>` for the whole bag: what a vendor adapter throws as
 * `validation` before anything is sent.
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
