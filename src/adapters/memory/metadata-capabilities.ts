import type { TeamkitCapabilities } from '../../core/capabilities.ts';
import { TeamkitError } from '../../core/errors.ts';
import { isPlainObject } from '../../core/json.ts';
import { isReservedKey } from '../../core/limits.ts';
import { describeMetadataIssue } from '../../core/metadata.ts';
import type { FieldErrorBag } from './field-checks.ts';

/** The metadata bags of one request, by the name its field errors use (`metadata`, `userMetadata` …). */
export type MetadataBagsOfRequest = Readonly<Record<string, unknown>>;

/**
 * Refuses, before anything is written, metadata changes the memory backend is configured not to
 * support, as the real backend would: a `null` (key deletion) where `capabilities.metadata.keyDeletion`
 * is false, and, with `membership`, any membership metadata where `capabilities.memberships.metadata`
 * is false. Rejects `not_supported` (the backend cannot do it) with a message per key, so the rows
 * can say what went wrong; `validation` when a reserved key is among them (bad input, whatever the
 * backend supports).
 */
export function refuseUnsupportedMetadata(
  bags: MetadataBagsOfRequest,
  capabilities: TeamkitCapabilities,
  options: { membership?: boolean } = {},
): void {
  const errors: FieldErrorBag = {};
  let reserved = false;
  for (const [bag, patch] of Object.entries(bags)) {
    if (patch === undefined) continue;
    if (options.membership && !capabilities.memberships.metadata) {
      errors[bag] = 'This backend keeps no metadata on memberships.';
      continue;
    }
    if (capabilities.metadata.keyDeletion || !isPlainObject(patch)) continue;
    for (const [key, value] of Object.entries(patch)) {
      if (value !== null) continue;
      // A reserved key is refused for what it is, whatever the patch does with it.
      const code = isReservedKey(key) ? 'key_reserved' : 'key_not_deletable';
      reserved ||= code === 'key_reserved';
      errors[`${bag}.${key}`] = describeMetadataIssue({ code, index: -1, key });
    }
  }
  if (Object.keys(errors).length > 0)
    throw new TeamkitError(reserved ? 'validation' : 'not_supported', undefined, { fieldErrors: errors });
}
