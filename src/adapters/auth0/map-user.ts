import type { Management } from 'auth0';
import type { AttributeValue } from '../../core/attribute-value.ts';
import type { JsonValue, Metadata } from '../../core/json.ts';
import type { IdentityProviderLink, StandardProfileKey, User, UserProfile } from '../../core/user.ts';
import { userVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';
import type { Auth0FieldLayout } from './field-layout.ts';
import { standardHomes } from './field-layout.ts';
import { bagOf, withoutKeys } from './metadata-checks.ts';

/** A user as the Management API returns it (`GET /api/v2/users/{id}`). */
export type Auth0User = Management.GetUserResponseContent;

/** A non-empty string, or null (Auth0 omits absent attributes; backend data is untrusted). */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A stored value as an attribute value: JSON Auth0 keeps that the kit cannot edit is shown as text. */
function attributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return JSON.stringify(value);
}

const rootAttributes = ['given_name', 'family_name', 'name', 'nickname', 'picture', 'locale'] as const;

/**
 * Linked identities. The primary identity's provider attributes are the root ones (Auth0 writes them
 * there at each login, for a provider other than its own database); secondary identities carry
 * theirs in `profileData`. Auth0 records no sync time per identity.
 */
function identitiesOf(user: Auth0User): IdentityProviderLink[] {
  return (user.identities ?? []).map((identity, index) => {
    const provider = String(identity.provider ?? 'unknown').toLowerCase();
    const attributes: Record<string, JsonValue> = {};
    if (index === 0 && provider !== 'auth0') {
      for (const key of rootAttributes) if (text(user[key])) attributes[key] = user[key] as string;
    }
    Object.assign(attributes, bagOf(identity.profileData));
    return {
      provider,
      displayName: text(identity.connection) ?? provider,
      providerUserId: identity.user_id === undefined ? null : String(identity.user_id),
      attributes,
      lastSyncedAt: null,
    };
  });
}

/**
 * An Auth0 user as the kit's User, laid out by the host's definitions (see `Auth0FieldLayout`):
 * standard fields from the root (`locale` and `phoneNumber` from `user_metadata`, falling back to the
 * root value a provider sent), the user's overrides from `user_metadata`, custom attributes from the
 * bag their write policy puts them in, and what is left of each bag as `userMetadata` / `appMetadata`.
 */
export function toUser(user: Auth0User, layout: Auth0FieldLayout): User {
  const userBag = bagOf(user.user_metadata);
  const appBag = bagOf(user.app_metadata);
  const profile: Record<string, unknown> = {};
  const overrides: Record<string, string> = {};
  for (const [key, { wire, home }] of Object.entries(standardHomes) as [
    StandardProfileKey,
    (typeof standardHomes)[StandardProfileKey],
  ][]) {
    const root = text(user[wire]);
    if (layout.overridable(key)) {
      profile[key] = root;
      const own = text(userBag[layout.overrideKey(key)]);
      if (own !== null) overrides[key] = own;
    } else profile[key] = home === 'user_metadata' ? (text(userBag[wire]) ?? root) : root;
  }
  const customAttributes: Record<string, AttributeValue> = {};
  for (const definition of layout.definitions.values()) {
    if (definition.scope !== 'custom') continue;
    const home = layout.customHome(definition);
    const raw =
      home === 'root'
        ? user[definition.key]
        : home === 'user_metadata'
          ? userBag[definition.key]
          : appBag[definition.key];
    if (raw !== undefined && raw !== null) customAttributes[definition.key] = attributeValue(raw);
    if (layout.overridable(definition.key)) {
      const own = text(userBag[layout.overrideKey(definition.key)]);
      if (own !== null) overrides[definition.key] = own;
    }
  }
  const createdAt = text(user.created_at) ?? '';
  const mapped: Omit<User, 'version'> = {
    id: user.user_id ?? '',
    email: user.email ?? '',
    emailVerified: user.email_verified === true,
    externalId: text(appBag[layout.externalIdKey]),
    profile: {
      ...(profile as Omit<UserProfile, 'phoneNumberVerified' | 'customAttributes'>),
      phoneNumberVerified: user.phone_verified === true,
      customAttributes,
    },
    userMetadata: withoutKeys(userBag, layout.reserved.user_metadata),
    appMetadata: withoutKeys(appBag, layout.reserved.app_metadata) as Metadata,
    overrides,
    identities: identitiesOf(user),
    createdAt,
    updatedAt: text(user.updated_at) ?? createdAt,
    lastLoginAt: text(user.last_login),
  };
  // No ETag, and `updated_at` moves at every login: the version is the fingerprint of what the kit edits.
  return { ...mapped, version: versionFingerprint(userVersionFields({ ...mapped, version: '' })) };
}
