import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import type { IdentityProviderLink, User } from '../../core/user.ts';
import { userVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';
import { decodeCustomAttribute } from './attribute-strings.ts';
import { presentString, type ScalekitUser, type ScalekitUserProfile, stringMap } from './scalekit-types.ts';
import { splitUserMetadata } from './user-metadata.ts';

/** `given_name`, else the deprecated `first_name` that real responses (and the Node SDK) still use. */
export function givenNameOf(profile: ScalekitUserProfile): string | null {
  return presentString(profile.given_name) ?? presentString(profile.first_name);
}

/** `family_name`, else the deprecated `last_name`. */
export function familyNameOf(profile: ScalekitUserProfile): string | null {
  return presentString(profile.family_name) ?? presentString(profile.last_name);
}

function identitiesOf(profile: ScalekitUserProfile): IdentityProviderLink[] {
  const identities = profile.external_identities ?? [];
  // `user_profile.metadata` is the raw attributes an identity provider sent (see user-metadata.ts).
  // Scalekit keeps one such map, not one per identity: it is shown, read-only, only where it can come
  // from a single identity; with several, which provider sent it is unknown.
  const raw = identities.length === 1 ? stringMap(profile.metadata) : {};
  return identities.map((identity) => {
    const provider = String(identity.connection_provider ?? 'unknown').toLowerCase();
    return {
      provider,
      displayName: provider.replace(/_/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase()),
      providerUserId: presentString(identity.connection_user_id),
      attributes: { ...raw },
      lastSyncedAt: presentString(identity.last_synced_time),
    };
  });
}

/**
 * A Scalekit user as the kit's User. Both metadata bags come from the user's one `metadata` map, the
 * user-owned keys prefixed (see user-metadata.ts for why not `user_profile.metadata`, the provider's
 * raw attributes). Lossy: no slot for `overrides` (always empty), and custom attributes come back as
 * text, read by each definition's type.
 */
export function toUser(user: ScalekitUser, definitions: readonly AttributeDefinition[]): User {
  const profile: ScalekitUserProfile = user.user_profile ?? {};
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const customAttributes: Record<string, AttributeValue> = {};
  for (const [key, raw] of Object.entries(stringMap(profile.custom_attributes))) {
    customAttributes[key] = decodeCustomAttribute(byKey.get(key), raw);
  }
  const createdAt = presentString(user.create_time) ?? '';
  const mapped: Omit<User, 'version'> = {
    id: user.id ?? '',
    email: user.email ?? '',
    emailVerified: profile.email_verified === true,
    externalId: presentString(user.external_id),
    profile: {
      givenName: givenNameOf(profile),
      familyName: familyNameOf(profile),
      name: presentString(profile.name),
      locale: presentString(profile.locale),
      phoneNumber: presentString(profile.phone_number),
      phoneNumberVerified: profile.phone_number_verified === true,
      picture: presentString(profile.picture),
      customAttributes,
    },
    ...splitUserMetadata(stringMap(user.metadata)),
    overrides: {},
    identities: identitiesOf(profile),
    createdAt,
    updatedAt: presentString(user.update_time) ?? createdAt,
    lastLoginAt: presentString(user.last_login_time),
  };
  // No ETag in Scalekit: the version is the core's fingerprint of the fields the kit edits.
  return { ...mapped, version: versionFingerprint(userVersionFields({ ...mapped, version: '' })) };
}
