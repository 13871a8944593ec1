import { type AttributeDefinition, canOverride } from '../../core/attribute-definition.ts';
import type { StandardProfileKey } from '../../core/user.ts';

/** One of a user's two Auth0 metadata bags. */
export type Auth0Bag = 'user_metadata' | 'app_metadata';

/**
 * Where a standard profile field lives in Auth0. `root`: a root attribute (PATCH-able, but an identity
 * provider may own it). `user_metadata`: Auth0 will not take it at the root through the Management
 * API (`locale`; `phone_number` only on SMS connections), so the user's value is kept in
 * `user_metadata` under the same name and the root value, where a provider sends one, is the fallback.
 */
export const standardHomes: Readonly<
  Record<StandardProfileKey, { wire: string; home: 'root' | 'user_metadata' }>
> = {
  givenName: { wire: 'given_name', home: 'root' },
  familyName: { wire: 'family_name', home: 'root' },
  name: { wire: 'name', home: 'root' },
  picture: { wire: 'picture', home: 'root' },
  locale: { wire: 'locale', home: 'user_metadata' },
  phoneNumber: { wire: 'phone_number', home: 'user_metadata' },
};

/**
 * Which Auth0 key holds each kit field, decided from the host's definitions once:
 * - a custom attribute the user may write lives in `user_metadata`, an admin-only or read-only one in
 *   `app_metadata`, one an identity provider asserts at the root (read-only there);
 * - the user's override of a provider's value lives in `user_metadata` under the attribute's Auth0 name
 *   (`user_metadata.picture` over the root `picture`: the seed's pattern);
 * - the user's external ID is an `app_metadata` key.
 * Every other key of a bag is free metadata (`userMetadata` / `appMetadata`); the keys above are
 * reserved, so a metadata edit cannot overwrite a profile field by accident.
 */
export interface Auth0FieldLayout {
  /** The definitions, by key. */
  definitions: ReadonlyMap<string, AttributeDefinition>;
  /** Where a custom attribute's value lives: a bag, or the root (asserted by an identity provider). */
  customHome(definition: AttributeDefinition): Auth0Bag | 'root';
  /** The `user_metadata` key that holds the override of attribute `key`. */
  overrideKey(key: string): string;
  /** Whether attribute `key` may be overridden (its definition allows it). */
  overridable(key: string): boolean;
  /** Keys of each bag that hold profile fields, overrides or the external ID, with the field each holds. */
  reserved: Readonly<Record<Auth0Bag, ReadonlyMap<string, string>>>;
  /** The `app_metadata` key of the external ID. */
  externalIdKey: string;
}

/** The layout for `definitions`, with the external ID at `app_metadata[externalIdKey]`. */
export function auth0FieldLayout(
  definitions: readonly AttributeDefinition[],
  externalIdKey: string,
): Auth0FieldLayout {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const customHome = (definition: AttributeDefinition): Auth0Bag | 'root' =>
    definition.policy.source === 'identity_provider'
      ? 'root'
      : definition.policy.write === 'user'
        ? 'user_metadata'
        : 'app_metadata';
  const overrideKey = (key: string) => standardHomes[key as StandardProfileKey]?.wire ?? key;
  const overridable = (key: string) => {
    const definition = byKey.get(key);
    return definition !== undefined && canOverride(definition);
  };
  const userKeys = new Map<string, string>();
  const appKeys = new Map<string, string>([[externalIdKey, 'externalId']]);
  for (const { wire, home } of Object.values(standardHomes))
    if (home === 'user_metadata') userKeys.set(wire, wire);
  for (const definition of definitions) {
    if (overridable(definition.key)) userKeys.set(overrideKey(definition.key), definition.key);
    if (definition.scope !== 'custom') continue;
    const home = customHome(definition);
    if (home === 'user_metadata') userKeys.set(definition.key, definition.key);
    if (home === 'app_metadata') appKeys.set(definition.key, definition.key);
  }
  return {
    definitions: byKey,
    customHome,
    overrideKey,
    overridable,
    reserved: { user_metadata: userKeys, app_metadata: appKeys },
    externalIdKey,
  };
}
