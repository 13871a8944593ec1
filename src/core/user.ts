import type { AttributeValue } from './attribute-value.ts';
import type { JsonValue, Metadata } from './json.ts';

/** The standard profile fields every backend has, by the kit's name for them. */
export type StandardProfileKey = 'givenName' | 'familyName' | 'name' | 'locale' | 'phoneNumber' | 'picture';

/** The names of the standard profile fields, in display order. */
export const standardProfileKeys: readonly StandardProfileKey[] = [
  'givenName',
  'familyName',
  'name',
  'locale',
  'phoneNumber',
  'picture',
];

/** A person's profile: standard fields plus the custom attributes the organization defined. */
export interface UserProfile {
  /** Given (first) name. */
  givenName: string | null;
  /** Family (last) name. */
  familyName: string | null;
  /** Full name for display. */
  name: string | null;
  /** Preferred language and region, BCP 47 (`en-US`). */
  locale: string | null;
  /** Phone number in E.164 (`+14155552671`). */
  phoneNumber: string | null;
  /** Whether the phone number has been confirmed. */
  phoneNumberVerified: boolean;
  /** Address of a profile picture. */
  picture: string | null;
  /** Values of custom attributes, by attribute key (Scalekit `custom_attributes`). */
  customAttributes: Readonly<Record<string, AttributeValue>>;
}

/** The identity provider a user signs in through, and the attributes it asserts (read-only here). */
export interface IdentityProviderLink {
  /** Kind of provider (`okta`, `google`, `microsoft_ad`, …), lower case. */
  provider: string;
  /** Name to show (`Okta`), already human-readable. */
  displayName: string;
  /** The user's ID at the provider. */
  providerUserId: string | null;
  /** Raw attributes the provider sent, shown read-only. */
  attributes: Metadata;
  /** When the provider last synced this user (RFC 3339). */
  lastSyncedAt: string | null;
}

/** A person known to the identity backend. */
export interface User {
  /** Backend ID (`usr_…`). */
  id: string;
  /** Email address; unique, and not changeable through the kit. */
  email: string;
  /** Whether the email address has been confirmed. */
  emailVerified: boolean;
  /** The host's own ID for this user (CRM, billing, HR), or null. */
  externalId: string | null;
  /** Profile fields. */
  profile: UserProfile;
  /**
   * User-owned metadata (Auth0 `user_metadata`): data the user may edit themselves. Overrides of
   * identity-provider values live in `overrides`, not here.
   */
  userMetadata: Metadata;
  /** Admin-only metadata (Auth0 `app_metadata`, Scalekit user `metadata`): never editable by the user. */
  appMetadata: Metadata;
  /**
   * The user's own values for attributes an identity provider manages, where a definition allows an
   * override (stored in user metadata by vendor adapters, as in Auth0's `user_metadata.picture`).
   */
  overrides: Readonly<Record<string, string>>;
  /** Identity providers linked to this user, with their read-only attributes. */
  identities: readonly IdentityProviderLink[];
  /** When the user was created (RFC 3339). */
  createdAt: string;
  /** When the user last changed (RFC 3339). */
  updatedAt: string;
  /** When the user last signed in (RFC 3339), or null. */
  lastLoginAt: string | null;
  /**
   * Opaque concurrency token: pass it back as `expectedVersion` to detect edits made elsewhere. Where
   * the backend has no ETag it is a fingerprint of the fields the kit edits (`versionFingerprint`);
   * `capabilities.concurrency` says what a check guarantees.
   */
  version: string;
}

/** A change to a user's standard profile fields: `null` clears a field, absent leaves it. */
export type StandardProfilePatch = Partial<Record<StandardProfileKey, string | null>>;

/** The smallest update to a user: only what changed, records merged by key. */
export interface UserPatch {
  /** Standard profile fields to set or clear. */
  profile?: StandardProfilePatch;
  /** Custom attributes to set (by key); `null` clears one; keys not named are left alone. */
  customAttributes?: Readonly<Record<string, AttributeValue>>;
  /** Overrides of identity-provider values to set; `null` returns the field to the provider's value. */
  overrides?: Readonly<Record<string, string | null>>;
  /** The external ID to set; `null` clears it. Admins only. */
  externalId?: string | null;
  /** User-owned metadata to set or remove, by key. */
  userMetadata?: Readonly<Record<string, string | null>>;
  /** Admin-only metadata to set or remove, by key. Admins only. */
  appMetadata?: Readonly<Record<string, string | null>>;
}

/** The raw JSON of a user for the read-only "Raw JSON" view: every field, nothing hidden. */
export function userToJson(user: User): JsonValue {
  return JSON.parse(JSON.stringify(user)) as JsonValue;
}

/** The name to show for a user: their display name, else given + family name, else the email. */
export function userDisplayName(user: Pick<User, 'email' | 'profile'>): string {
  const { name, givenName, familyName } = user.profile;
  if (name?.trim()) return name.trim();
  const joined = [givenName, familyName].filter((part) => part?.trim()).join(' ');
  return joined || user.email;
}
