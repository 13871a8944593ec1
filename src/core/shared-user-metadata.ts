import type { Metadata } from './json.ts';
import type { BackendLimits, MetadataLimits } from './limits.ts';
import { type MetadataIssue, metadataByteSize, metadataToEntries } from './metadata.ts';

/** The two bags of a user that a backend may keep in one map. */
export interface UserMetadataBags {
  /** The user-owned bag (`userMetadata`). */
  userMetadata: Metadata;
  /** The admin-owned bag (`appMetadata`). */
  appMetadata: Metadata;
}

/**
 * Where the backend keeps both user bags in one map (`limits.sharedUserMetadata`, Scalekit's 20 pairs),
 * checks them together against `userMetadata`'s pair and byte limits: each bag alone may fit while the
 * map cannot hold both. Empty where the bags are stored apart.
 */
export function validateSharedUserMetadata(bags: UserMetadataBags, limits: BackendLimits): MetadataIssue[] {
  if (!limits.sharedUserMetadata) return [];
  const { maxPairs, maxBytes } = limits.userMetadata;
  const issues: MetadataIssue[] = [];
  const count = metadataToEntries(bags.userMetadata).length + metadataToEntries(bags.appMetadata).length;
  if (count > maxPairs) issues.push({ code: 'too_many_shared_pairs', max: maxPairs, count });
  if (maxBytes !== undefined) {
    // One map of both: the pairs of each, as they would sit side by side.
    const size = metadataByteSize({ ...bags.appMetadata, ...bags.userMetadata });
    if (size > maxBytes) issues.push({ code: 'too_many_bytes', max: maxBytes, size });
  }
  return issues;
}

/**
 * The limits left to one user bag when the other shares its map: as many pairs (and bytes) as the
 * other does not use. Unchanged where the bags are stored apart.
 */
export function limitsBesideOtherUserBag(limits: BackendLimits, other: Metadata): MetadataLimits {
  const own = limits.userMetadata;
  if (!limits.sharedUserMetadata) return own;
  const used = metadataToEntries(other).length;
  const room: MetadataLimits = { ...own, maxPairs: Math.max(0, own.maxPairs - used) };
  if (own.maxBytes !== undefined) room.maxBytes = Math.max(0, own.maxBytes - metadataByteSize(other));
  return room;
}
