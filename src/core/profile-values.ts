import { type AttributeDefinition, canOverride } from './attribute-definition.ts';
import type { AttributeValue } from './attribute-value.ts';
import type { StandardProfileKey, User } from './user.ts';

/** A profile's values keyed by attribute key: what a profile form edits. */
export type ProfileValues = Readonly<Record<string, AttributeValue>>;

/** Reads a value a backend stored, which may be a string for any type (Scalekit stores only strings). */
export function decodeAttributeValue(definition: AttributeDefinition, raw: unknown): AttributeValue {
  if (raw === undefined || raw === null || raw === '') return definition.type === 'multi_select' ? [] : null;
  switch (definition.type) {
    case 'number': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
      return Number.isFinite(number) ? number : String(raw);
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      return null;
    case 'multi_select': {
      let list: unknown = raw;
      if (typeof raw === 'string') {
        try {
          list = JSON.parse(raw);
        } catch {
          list = raw.split(',').map((part) => part.trim());
        }
      }
      return Array.isArray(list)
        ? list.filter((item): item is string => typeof item === 'string' && item !== '')
        : [];
    }
    default:
      return typeof raw === 'string' ? raw : JSON.stringify(raw);
  }
}

/** The value a user record holds for a definition, before any override. */
export function readStoredValue(user: User, definition: AttributeDefinition): AttributeValue {
  if (definition.scope === 'standard') {
    if (definition.key === 'email') return user.email;
    const raw = (user.profile as unknown as Record<string, unknown>)[definition.key as StandardProfileKey];
    return decodeAttributeValue(definition, raw);
  }
  const raw = Object.hasOwn(user.profile.customAttributes, definition.key)
    ? user.profile.customAttributes[definition.key]
    : undefined;
  return decodeAttributeValue(definition, raw);
}

/**
 * The values a profile form starts from. For an attribute the user may override, the form holds the
 * override (null when the provider's value is in force); `readStoredValue` gives the provider's value.
 */
export function readProfileValues(user: User, definitions: readonly AttributeDefinition[]): ProfileValues {
  const values: Record<string, AttributeValue> = {};
  for (const definition of definitions) {
    values[definition.key] = canOverride(definition)
      ? (user.overrides[definition.key] ?? null)
      : readStoredValue(user, definition);
  }
  return values;
}

/** The value to show for an attribute: the user's override when there is one, else the stored value. */
export function effectiveValue(user: User, definition: AttributeDefinition): AttributeValue {
  const override = canOverride(definition) ? user.overrides[definition.key] : undefined;
  return override ?? readStoredValue(user, definition);
}
