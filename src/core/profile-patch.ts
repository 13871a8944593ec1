import {
  type AttributeDefinition,
  canOverride,
  canWrite,
  type ProfileEditMode,
} from './attribute-definition.ts';
import { type AttributeValue, attributeValuesEqual } from './attribute-value.ts';
import type { ProfileValues } from './profile-values.ts';
import type { StandardProfileKey, UserPatch } from './user.ts';

/**
 * The smallest update from `original` to `edited`: only attributes writable in `mode` whose value
 * changed, standard fields under `profile`, custom attributes and overrides merged by key. Returns an
 * empty patch (`{}`) when nothing changed.
 */
export function buildProfilePatch(
  definitions: readonly AttributeDefinition[],
  original: ProfileValues,
  edited: ProfileValues,
  mode: ProfileEditMode,
): UserPatch {
  const profile: Partial<Record<StandardProfileKey, string | null>> = {};
  const customAttributes: Record<string, AttributeValue> = {};
  const overrides: Record<string, string | null> = {};
  for (const definition of definitions) {
    const { key } = definition;
    if (!Object.hasOwn(edited, key)) continue;
    // An emptied field is a removal: never send '' (Scalekit refuses empty values).
    const next = edited[key] === '' ? null : (edited[key] ?? null);
    if (attributeValuesEqual(original[key], next)) continue;
    if (canOverride(definition)) {
      overrides[key] = next === null ? null : String(next);
    } else if (canWrite(definition, mode)) {
      if (definition.scope === 'standard')
        profile[key as StandardProfileKey] = next === null ? null : String(next);
      else customAttributes[key] = next;
    }
  }
  const patch: UserPatch = {};
  if (Object.keys(profile).length > 0) patch.profile = profile;
  if (Object.keys(customAttributes).length > 0) patch.customAttributes = customAttributes;
  if (Object.keys(overrides).length > 0) patch.overrides = overrides;
  return patch;
}

/** True when a patch changes nothing (kept here too, for importers of the profile patch builder). */
export { isEmptyPatch } from './is-empty-patch.ts';
