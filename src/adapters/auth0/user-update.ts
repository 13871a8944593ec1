import type { Management } from 'auth0';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import type { JsonValue } from '../../core/json.ts';
import type { BackendLimits } from '../../core/limits.ts';
import { metadataByteSize } from '../../core/metadata.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import { overrideDefinition } from '../../core/override-definition.ts';
import type { StandardProfileKey, UserPatch } from '../../core/user.ts';
import { validateAttributeValue } from '../../core/validate-attribute.ts';
import type { Auth0CallLayout } from './caller-definitions.ts';
import { type Auth0Bag, standardHomes } from './field-layout.ts';
import type { Auth0User } from './map-user.ts';
import { bagOf, withoutKeys } from './metadata-checks.ts';

/** Auth0's longest root name attribute (`given_name`, `family_name`, `name`), in characters. */
const rootNameMaxLength = 150;

/** The PATCH body for a patch, or the per-field messages of what cannot be sent. */
export interface UserUpdate {
  body: Management.UpdateUserRequestContent;
  errors: Record<string, string>;
}

function readOnlyReason(definition: AttributeDefinition): string {
  return definition.policy.readOnlyReason || 'This field cannot be changed here.';
}

/**
 * Each custom attribute of `keys` that would make `bag` larger than Auth0 keeps once `change` is
 * merged into it (the first level, `null` deleting), with why: an attribute of the host's
 * definitions has no length of its own to stop it sooner.
 */
function oversizedBag(
  current: Auth0User,
  bag: Auth0Bag,
  change: Record<string, JsonValue>,
  keys: readonly string[],
  maxBytes: number | undefined,
): Record<string, string> {
  if (keys.length === 0 || maxBytes === undefined) return {};
  const merged: Record<string, JsonValue> = { ...bagOf(current[bag]) };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  const size = metadataByteSize(merged);
  if (size <= maxBytes) return {};
  const message = `Auth0 keeps at most ${maxBytes} bytes in ${bag}; with this value it would take ${size}. Shorten it.`;
  return Object.fromEntries(keys.map((key) => [key, message]));
}

/**
 * The smallest `PATCH /api/v2/users/{id}` for `patch`: root attributes set or cleared (`null`),
 * metadata keys set or deleted (`null`, which Auth0 merges at the first level). Identity-provider
 * fields are refused (an override is the way to keep one's own value); reserved metadata keys are
 * refused in the free bags so a metadata edit cannot overwrite a profile field.
 */
export function buildUserUpdate(
  current: Auth0User,
  patch: UserPatch,
  layout: Auth0CallLayout,
  limits: BackendLimits,
): UserUpdate {
  const errors: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  const userMetadata: Record<string, JsonValue> = {};
  const appMetadata: Record<string, JsonValue> = {};
  const customKeys: Record<Auth0Bag, string[]> = { user_metadata: [], app_metadata: [] };

  for (const [key, value] of Object.entries(patch.profile ?? {}) as [
    StandardProfileKey,
    string | null | undefined,
  ][]) {
    if (value === undefined) continue;
    const place = standardHomes[key];
    if (!place) {
      errors[key] = 'No such profile field.';
      continue;
    }
    const definition = layout.definitions.get(key);
    if (
      definition &&
      (definition.policy.write === 'none' || definition.policy.source === 'identity_provider')
    ) {
      errors[key] = readOnlyReason(definition);
      continue;
    }
    let stored: string | null = value;
    if (definition && value !== null) {
      const checked = validateAttributeValue(definition, value);
      if (!checked.ok) {
        errors[key] = checked.message;
        continue;
      }
      stored = checked.value === null ? null : String(checked.value);
    }
    if (stored !== null && place.home === 'root' && key !== 'picture' && stored.length > rootNameMaxLength) {
      errors[key] = `Use at most ${rootNameMaxLength} characters.`;
      continue;
    }
    if (place.home === 'root') body[place.wire] = stored === '' ? null : stored;
    else userMetadata[place.wire] = stored === '' ? null : stored;
  }

  for (const [key, value] of Object.entries(patch.customAttributes ?? {})) {
    const definition = layout.definitions.get(key);
    if (definition?.scope !== 'custom') {
      errors[key] = layout.unplaced.get(key) ?? 'No attribute definition describes this field.';
      continue;
    }
    const home = layout.customHome(definition);
    if (home === 'root' || definition.policy.write === 'none') {
      errors[key] = readOnlyReason(definition);
      continue;
    }
    const checked = validateAttributeValue(definition, value);
    if (!checked.ok) {
      errors[key] = checked.message;
      continue;
    }
    const stored =
      Array.isArray(checked.value) && checked.value.length === 0 ? null : (checked.value as JsonValue);
    (home === 'user_metadata' ? userMetadata : appMetadata)[key] = stored;
    if (stored !== null) customKeys[home].push(key);
  }

  for (const [key, value] of Object.entries(patch.overrides ?? {})) {
    const definition = layout.definitions.get(key);
    if (!definition || !layout.overridable(key)) {
      errors[key] = 'This field cannot be overridden.';
      continue;
    }
    if (value !== null) {
      const checked = validateAttributeValue(overrideDefinition(definition), value);
      if (!checked.ok) {
        errors[key] = checked.message;
        continue;
      }
      userMetadata[layout.overrideKey(key)] = checked.value === null ? null : String(checked.value);
    } else userMetadata[layout.overrideKey(key)] = null;
  }

  for (const [field, bag, patchBag, target] of [
    ['userMetadata', 'user_metadata', patch.userMetadata, userMetadata],
    ['appMetadata', 'app_metadata', patch.appMetadata, appMetadata],
  ] as const) {
    if (!patchBag || Object.keys(patchBag).length === 0) continue;
    const reserved = layout.reserved[bag];
    let clean = true;
    for (const key of Object.keys(patchBag)) {
      if (!reserved.has(key)) continue;
      clean = false;
      errors[`${field}.${key}`] = `This key holds the ${reserved.get(key)} field; change it there.`;
    }
    if (!clean) continue;
    const free = withoutKeys(bagOf(current[bag]), reserved);
    Object.assign(errors, metadataFieldErrors(free, patchBag, limits.userMetadata, field));
    Object.assign(target, patchBag);
  }

  if (patch.externalId !== undefined) {
    const id = patch.externalId?.trim() || null;
    if (id !== null && id.length > limits.externalIdMaxLength) {
      errors.externalId = `Use at most ${limits.externalIdMaxLength} characters.`;
    } else appMetadata[layout.externalIdKey] = id;
  }

  const { maxBytes } = limits.userMetadata;
  Object.assign(
    errors,
    oversizedBag(current, 'user_metadata', userMetadata, customKeys.user_metadata, maxBytes),
  );
  Object.assign(
    errors,
    oversizedBag(current, 'app_metadata', appMetadata, customKeys.app_metadata, maxBytes),
  );
  if (Object.keys(userMetadata).length > 0) body.user_metadata = userMetadata;
  if (Object.keys(appMetadata).length > 0) body.app_metadata = appMetadata;
  return { body: body as Management.UpdateUserRequestContent, errors };
}
