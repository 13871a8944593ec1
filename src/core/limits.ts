/** Limits on one metadata bag, as a backend enforces them. */
export interface MetadataLimits {
  /** Most key/value pairs the bag may hold. */
  maxPairs: number;
  /** Shortest key, in characters. */
  keyMinLength: number;
  /** Longest key, in characters. */
  keyMaxLength: number;
  /** Shortest value, in characters (Scalekit rejects empty strings). */
  valueMinLength: number;
  /** Longest value, in characters. */
  valueMaxLength: number;
}

/** Every limit a backend enforces that the kit checks before sending, so users see problems as they type. */
export interface BackendLimits {
  /** User-level metadata (admin-managed). */
  userMetadata: MetadataLimits;
  /** Membership metadata (per organization). */
  membershipMetadata: MetadataLimits;
  /** Organization metadata. */
  organizationMetadata: MetadataLimits;
  /** Longest external ID, in characters. */
  externalIdMaxLength: number;
  /** Longest organization display name, in characters. */
  displayNameMaxLength: number;
  /** Most addresses one bulk invite may carry. */
  maxInvitesPerRequest: number;
}

const scalekitMap: MetadataLimits = {
  maxPairs: 20,
  keyMinLength: 3,
  keyMaxLength: 25,
  valueMinLength: 1,
  valueMaxLength: 256,
};

/**
 * Scalekit's limits (buf.validate rules of its protos): 20 pairs on users and memberships, 10 on
 * organizations, keys 3–25 characters, values 1–256, external IDs up to 510, display names up to 200.
 */
export const scalekitLimits: BackendLimits = Object.freeze({
  userMetadata: scalekitMap,
  membershipMetadata: scalekitMap,
  organizationMetadata: { ...scalekitMap, maxPairs: 10 },
  externalIdMaxLength: 510,
  displayNameMaxLength: 200,
  maxInvitesPerRequest: 100,
});

/** Keys that would reach an object's prototype if a naive consumer merged them: refused everywhere. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a key the kit refuses in any record (metadata, custom attributes, definitions). */
export function isReservedKey(key: string): boolean {
  return reservedKeys.has(key);
}
