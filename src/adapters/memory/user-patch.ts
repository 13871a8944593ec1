import {
  type AttributeDefinition,
  canOverride,
  canWrite,
  type ProfileEditMode,
} from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import { TeamkitError } from '../../core/errors.ts';
import { isPlainObject } from '../../core/json.ts';
import type { BackendLimits } from '../../core/limits.ts';
import { applyMetadataPatch, describeMetadataIssue } from '../../core/metadata.ts';
import { validateSharedUserMetadata } from '../../core/shared-user-metadata.ts';
import { type StandardProfileKey, standardProfileKeys, type User, type UserPatch } from '../../core/user.ts';
import { validateAttributeValue } from '../../core/validate-attribute.ts';
import { checkExternalId, checkMetadataPatch, type FieldErrorBag, isRefusedKey } from './field-checks.ts';

/** Who is changing a user, and what the backend knows to judge it. */
export interface UserPatchContext {
  /** The user as stored. */
  user: User;
  /** `admin` when the viewer manages the user (in a shared organization, themselves included), else `self`. */
  mode: ProfileEditMode;
  /** Sanitized attribute definitions. */
  definitions: readonly AttributeDefinition[];
  /** The backend's limits. */
  limits: BackendLimits;
}

const standardKeys = new Set<string>(standardProfileKeys);

function deniedMessage(definition: AttributeDefinition): string {
  if (definition.policy.readOnlyReason)
    return `${definition.policy.readOnlyReason}: this field cannot be changed here.`;
  return definition.policy.write === 'admin'
    ? 'Only an administrator can change this field.'
    : 'This field cannot be changed here.';
}

/**
 * Checks a user patch the way a real backend would and returns it normalised (trimmed text, E.164
 * phones, canonical locales, numbers). Rejects `permission_denied` for fields the caller may not write
 * (with `fieldErrors` per field) and `validation` for values that break a definition or a limit.
 */
export function checkUserPatch(context: UserPatchContext, patch: UserPatch): UserPatch {
  const { user, mode, definitions, limits } = context;
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const denied: FieldErrorBag = {};
  const invalid: FieldErrorBag = {};
  const checked: UserPatch = {};
  if (!isPlainObject(patch)) throw new TeamkitError('validation', 'The change was not understood.');

  const checkValue = (definition: AttributeDefinition, value: unknown): AttributeValue | undefined => {
    const result = validateAttributeValue(definition, value);
    if (result.ok) return result.value;
    invalid[definition.key] = result.message;
    return undefined;
  };

  if (patch.profile !== undefined) {
    if (!isPlainObject(patch.profile)) invalid.profile = 'Send profile fields as key/value pairs.';
    else {
      const profile: Partial<Record<StandardProfileKey, string | null>> = {};
      for (const [key, value] of Object.entries(patch.profile)) {
        const definition = byKey.get(key);
        if (key === 'email') denied.email = 'The email address cannot be changed here.';
        else if (!standardKeys.has(key) || !definition || definition.scope !== 'standard')
          invalid[key] = 'This is not a profile field.';
        else if (!canWrite(definition, mode)) denied[key] = deniedMessage(definition);
        else {
          const normalised = checkValue(definition, value);
          if (normalised !== undefined)
            profile[key as StandardProfileKey] = normalised === null ? null : String(normalised);
        }
      }
      checked.profile = profile;
    }
  }

  if (patch.customAttributes !== undefined) {
    if (!isPlainObject(patch.customAttributes))
      invalid.customAttributes = 'Send attributes as key/value pairs.';
    else {
      const customAttributes: Record<string, AttributeValue> = {};
      for (const [key, value] of Object.entries(patch.customAttributes)) {
        const definition = byKey.get(key);
        if (isRefusedKey(key)) invalid[key] = 'This key is reserved.';
        else if (definition?.scope !== 'custom') invalid[key] = 'There is no attribute with this key.';
        else if (!canWrite(definition, mode)) denied[key] = deniedMessage(definition);
        else {
          const normalised = checkValue(definition, value);
          if (normalised !== undefined) customAttributes[key] = normalised;
        }
      }
      checked.customAttributes = customAttributes;
    }
  }

  if (patch.overrides !== undefined) {
    if (!isPlainObject(patch.overrides)) invalid.overrides = 'Send overrides as key/value pairs.';
    else {
      const overrides: Record<string, string | null> = {};
      for (const [key, value] of Object.entries(patch.overrides)) {
        const definition = byKey.get(key);
        if (isRefusedKey(key)) invalid[key] = 'This key is reserved.';
        else if (!definition) invalid[key] = 'There is no attribute with this key.';
        else if (!canOverride(definition)) denied[key] = deniedMessage(definition);
        else if (value === null) overrides[key] = null;
        else {
          // An override is never required: clearing it returns the field to the provider's value.
          const normalised = checkValue({ ...definition, required: false }, value);
          if (normalised !== undefined) overrides[key] = normalised === null ? null : String(normalised);
        }
      }
      checked.overrides = overrides;
    }
  }

  if (patch.externalId !== undefined) {
    if (mode !== 'admin') denied.externalId = 'Only an administrator can change the external ID.';
    else {
      const externalId = checkExternalId(patch.externalId, limits.externalIdMaxLength, invalid);
      if (externalId !== undefined) checked.externalId = externalId;
    }
  }

  if (patch.userMetadata !== undefined) {
    const metadata = checkMetadataPatch(
      user.userMetadata,
      patch.userMetadata,
      limits.userMetadata,
      'userMetadata',
      invalid,
    );
    if (metadata) checked.userMetadata = metadata;
  }

  if (patch.appMetadata !== undefined) {
    if (mode !== 'admin') denied.appMetadata = 'Only an administrator can change this metadata.';
    else {
      const metadata = checkMetadataPatch(
        user.appMetadata,
        patch.appMetadata,
        limits.userMetadata,
        'appMetadata',
        invalid,
      );
      if (metadata) checked.appMetadata = metadata;
    }
  }

  checkSharedUserMetadata(user, checked, limits, invalid);

  if (Object.keys(denied).length > 0) {
    throw new TeamkitError('permission_denied', 'You may not change some of these fields.', {
      fieldErrors: denied,
    });
  }
  if (Object.keys(invalid).length > 0) {
    throw new TeamkitError('validation', undefined, { fieldErrors: invalid });
  }
  return checked;
}

/**
 * Where both user bags live in one map (`limits.sharedUserMetadata`), checks them together after the
 * change, so neither bag is counted against the map's pairs as if it were alone. The message goes on
 * each bag the patch changes, unless that bag already has one of its own.
 */
function checkSharedUserMetadata(
  user: User,
  checked: UserPatch,
  limits: BackendLimits,
  invalid: FieldErrorBag,
): void {
  const changed = (['userMetadata', 'appMetadata'] as const).filter((bag) => checked[bag] !== undefined);
  if (changed.length === 0 || changed.some((bag) => invalid[bag] !== undefined)) return;
  const bags = {
    userMetadata: applyMetadataPatch(user.userMetadata, checked.userMetadata ?? {}),
    appMetadata: applyMetadataPatch(user.appMetadata, checked.appMetadata ?? {}),
  };
  const [issue] = validateSharedUserMetadata(bags, limits);
  if (!issue) return;
  for (const bag of changed) invalid[bag] = describeMetadataIssue(issue);
}
