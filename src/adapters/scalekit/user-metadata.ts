import type { MetadataPatch } from '../../core/json.ts';
import type { BackendLimits } from '../../core/limits.ts';
import { applyMetadataPatch, describeMetadataIssue } from '../../core/metadata.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import { validateSharedUserMetadata } from '../../core/shared-user-metadata.ts';

/**
 * Where the kit's two user bags live in Scalekit, and why (the `sharedUserMetadata` decision).
 *
 * Scalekit gives a user two string maps. `user.metadata` is the application's: "custom key-value pairs
 * for storing additional user context" (OpenAPI `usersUser`), the map its guides fill with department,
 * quota and CRM IDs. `user_profile.metadata` is the identity provider's: "raw attributes received from
 * identity providers during authentication … used for mapping, synchronization, and audit" (OpenAPI
 * `commonsUserProfile`), so a sign-in may rewrite it, and what is in it is the provider's claims, not
 * anything the person chose. Writing the kit's user-owned bag there would lose a person's edits at the
 * next SSO sync and offer them the provider's claims to edit. So both bags live in `user.metadata`,
 * one map of 20 pairs, as `scalekitLimits.sharedUserMetadata` (true) says: the user-owned bag's keys
 * carry the `u:` prefix there, the admin bag's keys none. The provider's map is shown read-only on the
 * identity it came from (see toUser).
 */
export const userBagPrefix = 'u:';

/** The kit's two bags read from Scalekit's one `user.metadata` map. */
export function splitUserMetadata(map: Readonly<Record<string, string>>): {
  userMetadata: Record<string, string>;
  appMetadata: Record<string, string>;
} {
  const userMetadata: Record<string, string> = {};
  const appMetadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) {
    if (key.startsWith(userBagPrefix)) userMetadata[key.slice(userBagPrefix.length)] = value;
    else appMetadata[key] = value;
  }
  return { userMetadata, appMetadata };
}

/** Scalekit's one `user.metadata` map holding both bags (the user-owned keys prefixed). */
export function joinUserMetadata(bags: {
  userMetadata: Readonly<Record<string, string>>;
  appMetadata: Readonly<Record<string, string>>;
}): Record<string, string> {
  const map: Record<string, string> = { ...bags.appMetadata };
  for (const [key, value] of Object.entries(bags.userMetadata)) map[`${userBagPrefix}${key}`] = value;
  return map;
}

/** Admin keys that would read back as the user's own: refused with a message on each. */
export function prefixedKeyErrors(patch: MetadataPatch | undefined, field: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(patch ?? {})) {
    if (key.startsWith(userBagPrefix)) {
      errors[`${field}.${key}`] = `Keys starting with “${userBagPrefix}” hold the user’s own metadata.`;
    }
  }
  return errors;
}

/**
 * The whole `user.metadata` map to write for changes to either bag over `current`, or the messages
 * per field: each bag against the map's limits, then both together (one map of 20 pairs).
 */
export function patchUserMetadata(
  current: Readonly<Record<string, string>>,
  patch: { userMetadata?: MetadataPatch; appMetadata?: MetadataPatch },
  limits: BackendLimits,
): { map: Record<string, string>; errors: Record<string, string> } {
  const bags = splitUserMetadata(current);
  const errors: Record<string, string> = {};
  const changed = (['userMetadata', 'appMetadata'] as const).filter(
    (bag) => Object.keys(patch[bag] ?? {}).length > 0,
  );
  for (const bag of changed) {
    Object.assign(errors, metadataFieldErrors(bags[bag], patch[bag] ?? {}, limits.userMetadata, bag));
  }
  Object.assign(errors, prefixedKeyErrors(patch.appMetadata, 'appMetadata'));
  const next = {
    userMetadata: applyMetadataPatch(bags.userMetadata, patch.userMetadata ?? {}) as Record<string, string>,
    appMetadata: applyMetadataPatch(bags.appMetadata, patch.appMetadata ?? {}) as Record<string, string>,
  };
  const [shared] = validateSharedUserMetadata(next, limits);
  if (shared) for (const bag of changed) errors[bag] ??= describeMetadataIssue(shared);
  return { map: joinUserMetadata(next), errors };
}
