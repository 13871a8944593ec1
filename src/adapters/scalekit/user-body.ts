import { type AttributeDefinition, canWrite, type ProfileEditMode } from '../../core/attribute-definition.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { UserPatch } from '../../core/user.ts';
import { validateAttributeValue } from '../../core/validate-attribute.ts';
import { encodeCustomAttribute } from './attribute-strings.ts';
import { mergeStringMap, refuseKeyDeletion } from './field-checks.ts';
import { type ScalekitUpdateUser, type ScalekitUser, stringMap } from './scalekit-types.ts';
import { patchUserMetadata } from './user-metadata.ts';

/** What the body builder reads besides the patch: the host's definitions, Scalekit's limits, who edits. */
export interface UserBodyContext {
  /** The host's definitions, by key. */
  definitionsByKey: ReadonlyMap<string, AttributeDefinition>;
  /** The limits the adapter declares. */
  limits: BackendLimits;
  /** `admin` when the viewer manages this user, else `self` (the memory adapter's rule). */
  mode: ProfileEditMode;
}

/**
 * Fields the viewer may not write in this mode, with why: a definition's write policy (an admin-only
 * field edited by its user), the external ID and the admin bag outside admin mode. Refused as
 * `permission_denied` before anything is checked or sent, as the memory adapter does.
 */
function deniedFields(patch: UserPatch, { definitionsByKey, mode }: UserBodyContext): Record<string, string> {
  const denied: Record<string, string> = {};
  const keys = [...Object.keys(patch.profile ?? {}), ...Object.keys(patch.customAttributes ?? {})];
  for (const key of keys) {
    const definition = definitionsByKey.get(key);
    if (definition && definition.policy.write === 'admin' && !canWrite(definition, mode)) {
      denied[key] = definition.policy.readOnlyReason || 'Only an administrator can change this field.';
    }
  }
  if (mode !== 'admin' && patch.externalId !== undefined)
    denied.externalId = 'Only an administrator can change the external ID.';
  if (mode !== 'admin' && patch.appMetadata !== undefined)
    denied.appMetadata = 'Only an administrator can change this metadata.';
  return denied;
}

/**
 * The body of PATCH user for `patch` over `current`: only what changed, each map written whole.
 * Throws `validation` with a message per field, or `not_supported` for what Scalekit cannot store.
 */
export function updateUserBody(
  current: ScalekitUser,
  patch: UserPatch,
  context: UserBodyContext,
): ScalekitUpdateUser {
  const { definitionsByKey, limits } = context;
  const denied = deniedFields(patch, context);
  if (Object.keys(denied).length > 0) {
    throw new TeamkitError('permission_denied', 'You may not change some of these fields.', {
      fieldErrors: denied,
    });
  }
  if (patch.overrides && Object.keys(patch.overrides).length > 0) {
    throw new TeamkitError(
      'not_supported',
      'Scalekit has no place to keep overrides of identity-provider values.',
    );
  }
  refuseKeyDeletion(patch.userMetadata, 'userMetadata');
  refuseKeyDeletion(patch.appMetadata, 'appMetadata');
  const errors: Record<string, string> = {};
  const body: ScalekitUpdateUser = {};
  const profile: NonNullable<ScalekitUpdateUser['user_profile']> = {};

  const standard = patch.profile ?? {};
  const maxLengths = {
    givenName: 255,
    familyName: 255,
    name: 255,
    locale: 35,
    phoneNumber: 32,
    picture: 2048,
  };
  const wire = {
    givenName: 'given_name',
    familyName: 'family_name',
    name: 'name',
    locale: 'locale',
    phoneNumber: 'phone_number',
    picture: 'picture',
  } as const;
  for (const [key, value] of Object.entries(standard) as [keyof typeof wire, string | null | undefined][]) {
    if (value === undefined) continue;
    if (value !== null && value.length > maxLengths[key]) {
      errors[key] = `Use at most ${maxLengths[key]} characters.`;
      continue;
    }
    // Every profile scalar is proto3 `optional`: `""` is sent to clear one, and read back as absent.
    profile[wire[key]] = value ?? '';
  }

  if (patch.customAttributes && Object.keys(patch.customAttributes).length > 0) {
    const written: Record<string, string> = {};
    const removed: string[] = [];
    for (const [key, value] of Object.entries(patch.customAttributes)) {
      const definition = definitionsByKey.get(key);
      if (definition?.scope !== 'custom') {
        errors[key] = 'No attribute definition describes this field.';
        continue;
      }
      if (definition.policy.write === 'none') {
        errors[key] = definition.policy.readOnlyReason || 'This field cannot be changed here.';
        continue;
      }
      if (value === null) {
        // Removed by writing the whole map without it (verified after the write: see updateUser).
        removed.push(key);
        continue;
      }
      const checked = validateAttributeValue(definition, value);
      if (!checked.ok) {
        errors[key] = checked.message;
        continue;
      }
      const encoded = encodeCustomAttribute(checked.value);
      if (encoded === null || encoded === '') {
        errors[key] = 'Scalekit cannot store an empty value; this field cannot be cleared.';
      } else if (encoded.length > limits.userMetadata.valueMaxLength) {
        errors[key] = `Use at most ${limits.userMetadata.valueMaxLength} characters.`;
      } else written[key] = encoded;
    }
    // PATCH merge-or-replace of `custom_attributes` is undocumented (scalekit-api.md §10): the whole
    // merged map is written, which is right under either behaviour.
    const merged = mergeStringMap(stringMap(current.user_profile?.custom_attributes), written);
    for (const key of removed) delete merged[key];
    if (removed.length > 0 && Object.keys(merged).length === 0) {
      // An empty map cannot be told from an absent one in proto3: the last attribute cannot go.
      for (const key of removed) errors[key] = 'Scalekit cannot clear the last custom attribute.';
    }
    if (Object.keys(merged).length > limits.userMetadata.maxPairs) {
      errors.customAttributes = `At most ${limits.userMetadata.maxPairs} custom attributes are allowed.`;
    }
    profile.custom_attributes = merged;
  }
  if (Object.keys(profile).length > 0) body.user_profile = profile;

  if (Object.keys(patch.userMetadata ?? {}).length > 0 || Object.keys(patch.appMetadata ?? {}).length > 0) {
    // Both bags share the one `user.metadata` map (see user-metadata.ts): read, merge, write it whole,
    // since whether PATCH merges or replaces a map is undocumented.
    const { map, errors: metadataErrors } = patchUserMetadata(stringMap(current.metadata), patch, limits);
    Object.assign(errors, metadataErrors);
    body.metadata = map;
  }
  if (patch.externalId !== undefined) {
    if (patch.externalId !== null && patch.externalId.length > limits.externalIdMaxLength) {
      errors.externalId = `Use at most ${limits.externalIdMaxLength} characters.`;
    }
    // `external_id` is proto3 optional: `""` clears it (and is read back as none).
    body.external_id = patch.externalId ?? '';
  }
  if (Object.keys(errors).length > 0) throw validationError(errors);
  return body;
}
