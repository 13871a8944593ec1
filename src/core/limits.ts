/** Limits on one metadata bag, as a backend enforces them. */
export interface MetadataLimits {
  /** Most key/value pairs the bag may hold. */
  maxPairs: number;
  /** Shortest key, in characters. */
  keyMinLength: number;
  /** Longest key, in characters. */
  keyMaxLength: number;
  /**
   * Characters a key must not contain (Auth0 refuses `.` and `$`, which its store reads as paths and
   * operators); absent or empty when any character is allowed (Scalekit checks only the length).
   */
  keyForbiddenCharacters?: string;
  /** Shortest value, in characters (Scalekit rejects empty strings). */
  valueMinLength: number;
  /** Longest value, in characters. */
  valueMaxLength: number;
  /**
   * Largest size of the whole bag as JSON, in UTF-8 bytes (Auth0: 16 MiB for each user bag); absent
   * when the backend bounds only pairs and lengths.
   */
  maxBytes?: number;
}

/** Every limit a backend enforces that the kit checks before sending, so users see problems as they type. */
export interface BackendLimits {
  /** User-level metadata (admin-managed). */
  userMetadata: MetadataLimits;
  /**
   * True when the backend keeps `userMetadata` and `appMetadata` in one map (Scalekit's single `metadata`
   * of 20 pairs), so the two bags together must fit `userMetadata`'s limits; false or absent when each
   * bag is stored, and limited, on its own (Auth0).
   */
  sharedUserMetadata?: boolean;
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
 * organizations, keys 3–25 characters of any kind, values 1–256, no byte limit, external IDs up to
 * 510, display names up to 200. A user has one application `metadata` map (`user_profile.metadata`
 * is the identity provider's), so both of the kit's user bags share it; the user-owned keys carry a
 * two-character prefix there (`u:`), which leaves 23 characters for a user-bag key.
 */
export const scalekitLimits: BackendLimits = /* @__PURE__ */ Object.freeze({
  userMetadata: { ...scalekitMap, keyMaxLength: 23 },
  sharedUserMetadata: true,
  membershipMetadata: scalekitMap,
  organizationMetadata: { ...scalekitMap, maxPairs: 10 },
  externalIdMaxLength: 510,
  displayNameMaxLength: 200,
  maxInvitesPerRequest: 100,
});

/** Auth0's documented hard limit on each of `user_metadata` and `app_metadata`: 16 MB (MiB, its store's). */
const auth0UserBagBytes = 16 * 1024 * 1024;

/**
 * A user bag on Auth0: any JSON up to 16 MiB, keys without `.` or `$`. Auth0 sets no pair count and no
 * key or value length of its own; the byte limit bounds them, and 100 pairs is the kit's own cap, so
 * the editor shows a count (Auth0 advises keeping metadata far smaller, about 16 kB, for speed).
 */
const auth0UserBag: MetadataLimits = {
  maxPairs: 100,
  keyMinLength: 1,
  keyMaxLength: 255,
  keyForbiddenCharacters: '.$',
  valueMinLength: 0,
  valueMaxLength: auth0UserBagBytes,
  maxBytes: auth0UserBagBytes,
};

/** An organization's metadata on Auth0: at most 25 properties, string values of at most 255 characters. */
const auth0OrganizationBag: MetadataLimits = {
  maxPairs: 25,
  keyMinLength: 1,
  keyMaxLength: 255,
  keyForbiddenCharacters: '.$',
  valueMinLength: 0,
  valueMaxLength: 255,
};

/**
 * Auth0's limits (Management API v2 docs): user and app metadata up to 16 MiB each, stored apart;
 * organization metadata up to 25 string properties of 255 characters; no membership metadata at all
 * (`capabilities.memberships.metadata` is false, so nothing may be stored there); keys without `.` or
 * `$` everywhere. Display names up to 255; an organization's `name` (1–50), the likeliest home of its
 * external ID, is the tighter of the external-ID rules.
 */
export const auth0Limits: BackendLimits = /* @__PURE__ */ Object.freeze({
  userMetadata: auth0UserBag,
  sharedUserMetadata: false,
  membershipMetadata: { ...auth0OrganizationBag, maxPairs: 0 },
  organizationMetadata: auth0OrganizationBag,
  externalIdMaxLength: 50,
  displayNameMaxLength: 255,
  maxInvitesPerRequest: 100,
});

/** Keys that would reach an object's prototype if a naive consumer merged them: refused everywhere. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a key the kit refuses in any record (metadata, custom attributes, definitions). */
export function isReservedKey(key: string): boolean {
  return reservedKeys.has(key);
}
