import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import type { ProfileValues } from '../../core/profile-values.ts';
import { fieldNameOf, keyOfFieldName } from './field-names.ts';

/** What a form control holds: text for most types, a boolean for a checkbox, a list for a multi select. */
export type FormInputValue = string | boolean | string[];

/** The profile form's values, by encoded field name (see `fieldNameOf`). */
export type ProfileFormValues = Record<string, FormInputValue>;

/** Text for any value a backend might send, so an odd one (object, number) never breaks a text input. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** The control value of an attribute's value: never undefined, always the shape its control expects. */
export function toInputValue(definition: AttributeDefinition, value: unknown): FormInputValue {
  if (definition.type === 'boolean') return value === true || value === 'true';
  if (definition.type === 'multi_select') {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }
  return textOf(value);
}

/** The form's starting values for the definitions it edits. */
export function toFormValues(
  definitions: readonly AttributeDefinition[],
  values: ProfileValues,
): ProfileFormValues {
  const form: ProfileFormValues = {};
  for (const definition of definitions) {
    form[fieldNameOf(definition.key)] = toInputValue(definition, values[definition.key]);
  }
  return form;
}

/** True when two control values are the same (lists element by element). */
export function sameInput(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/**
 * The edited values by attribute key, from the schema's normalised output by field name. A field whose
 * control still holds what it was loaded with keeps the stored value: an untouched field never turns
 * into a change because its control cannot hold the stored form (an unset checkbox reads `false`).
 */
export function editedValues(
  output: Readonly<Record<string, unknown>>,
  current: ProfileFormValues,
  loaded: ProfileFormValues,
  original: ProfileValues,
): Record<string, AttributeValue> {
  const byKey: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(output)) {
    const key = keyOfFieldName(name);
    byKey[key] = sameInput(current[name], loaded[name]) ? (original[key] ?? null) : (value as AttributeValue);
  }
  return byKey;
}
