/**
 * The rules of managing attribute definitions, as pure functions over a backend's stored list (raw,
 * untrusted, possibly malformed on purpose): what a new custom attribute needs, what a change may
 * touch, what a reorder must name. Every adapter and the server's definitions store apply the same
 * ones, so a person meets the same messages everywhere. Each function returns the list to store and
 * leaves definitions it does not touch exactly as they were (a malformed one stays malformed, and is
 * degraded on the way out by `sanitizeAttributeDefinitions`, not silently rewritten here).
 */
import type { AttributeDefinition, AttributeOption } from './attribute-definition.ts';
import { attributeLabelProblem, customAttributeKeyProblem } from './custom-attribute-key.ts';
import { TeamkitError, validationError } from './errors.ts';
import { isPlainObject } from './json.ts';
import { isReservedKey } from './limits.ts';
import {
  type AttributeDefinitionChange,
  canDisable,
  customAttributeTypes,
  isPresentationOnly,
  type ManagedAttributeDefinition,
  type NewAttributeDefinition,
} from './managed-definition.ts';
import { sanitizeAttributeDefinitions } from './sanitize-definitions.ts';

const maxHelpText = 500;
const maxGroup = 100;
const maxOptions = 100;
const maxOptionText = 250;

/** Whether a stored definition is enabled: every one is, unless it says `enabled: false`. */
function isEnabled(raw: unknown): boolean {
  return !(isPlainObject(raw) && raw.enabled === false);
}

function keyOf(raw: unknown): string | null {
  return isPlainObject(raw) && typeof raw.key === 'string' ? raw.key.trim() : null;
}

/** Every definition as an administrator manages it (sanitized, each with whether it is enabled). */
export function readManagedDefinitions(raw: unknown): ManagedAttributeDefinition[] {
  const list = Array.isArray(raw) ? raw : [];
  const enabled = new Map<string, boolean>();
  for (const item of list) {
    const key = keyOf(item);
    if (key !== null && !enabled.has(key)) enabled.set(key, isEnabled(item));
  }
  return sanitizeAttributeDefinitions(list).definitions.map((definition) => ({
    ...definition,
    enabled: enabled.get(definition.key) ?? true,
  }));
}

/** The stored definitions profiles use: the enabled ones, as stored (still untrusted). */
export function enabledDefinitions(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw.filter(isEnabled) : [];
}

/** The checked text of an optional string field, or a message in `errors`. */
function optionalText(
  value: unknown,
  field: string,
  max: number,
  errors: Record<string, string>,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') {
    errors[field] = 'Send text here.';
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) errors[field] = `Use at most ${max} characters.`;
  return trimmed === '' ? null : trimmed;
}

/** The checked choices of a select, or a message in `errors`. */
function checkOptions(value: unknown, errors: Record<string, string>): AttributeOption[] | undefined {
  if (!Array.isArray(value)) {
    errors.options = 'Add at least one choice.';
    return undefined;
  }
  if (value.length > maxOptions) {
    errors.options = `Use at most ${maxOptions} choices.`;
    return undefined;
  }
  const options: AttributeOption[] = [];
  const seen = new Set<string>();
  for (const [index, item] of value.entries()) {
    const rawValue = isPlainObject(item) && typeof item.value === 'string' ? item.value.trim() : '';
    const rawLabel = isPlainObject(item) && typeof item.label === 'string' ? item.label.trim() : '';
    const label = rawLabel || rawValue;
    const position = `Choice ${index + 1}`;
    if (rawValue === '') errors.options ??= `${position} needs a value.`;
    else if (rawValue.length > maxOptionText || label.length > maxOptionText)
      errors.options ??= `${position} is longer than ${maxOptionText} characters.`;
    else if (seen.has(rawValue)) errors.options ??= `${position} repeats the value “${rawValue}”.`;
    seen.add(rawValue);
    options.push({ value: rawValue, label });
  }
  if (options.length === 0) errors.options ??= 'Add at least one choice.';
  return errors.options ? undefined : options;
}

const isSelect = (type: unknown) => type === 'single_select' || type === 'multi_select';

/**
 * A new custom attribute checked against the rules and the stored list, and the list with it added
 * at the end of its group. Rejects `validation` (one message per field: `key`, `label`, `type`,
 * `options`, `helpText`, `group`, `write`, `required`) and `conflict` (the key is in use, by any
 * definition, enabled or not, in any letter case: `fieldErrors.key`).
 */
export function createDefinitionIn(
  raw: readonly unknown[],
  input: NewAttributeDefinition | unknown,
): { definitions: unknown[]; created: ManagedAttributeDefinition } {
  if (!isPlainObject(input)) throw new TeamkitError('validation', 'The new attribute was not understood.');
  const errors: Record<string, string> = {};
  const key = typeof input.key === 'string' ? input.key.trim() : '';
  const keyProblem = customAttributeKeyProblem(key);
  if (keyProblem) errors.key = keyProblem;
  const label = typeof input.label === 'string' ? input.label.trim() : '';
  const labelProblem = attributeLabelProblem(label);
  if (labelProblem) errors.label = labelProblem;
  const type = input.type;
  if (!customAttributeTypes.includes(type as never)) errors.type = 'Choose a kind of field.';
  if (input.required !== undefined && typeof input.required !== 'boolean')
    errors.required = 'Send true or false.';
  if (input.write !== undefined && input.write !== 'user' && input.write !== 'admin')
    errors.write = 'Choose who may change it.';
  const options = isSelect(type) ? checkOptions(input.options, errors) : undefined;
  if (!isSelect(type) && input.options !== undefined && input.options !== null && !errors.type)
    errors.options = 'Only a select has choices.';
  const helpText = optionalText(input.helpText, 'helpText', maxHelpText, errors);
  const group = optionalText(input.group, 'group', maxGroup, errors);
  if (Object.keys(errors).length > 0) throw validationError(errors);

  const taken = raw.map(keyOf).filter((k): k is string => k !== null);
  if (customAttributeKeyProblem(key, taken)) {
    const message = 'Another field already uses this key. Choose another key.';
    throw new TeamkitError('conflict', message, { fieldErrors: { key: message } });
  }
  const inGroup = readManagedDefinitions(raw).filter((d) => (d.group ?? null) === (group ?? null));
  const created: ManagedAttributeDefinition = {
    key,
    scope: 'custom',
    label,
    type: type as AttributeDefinition['type'],
    required: input.required === true,
    helpText: helpText ?? null,
    ...(options ? { options } : {}),
    group: group ?? null,
    order: inGroup.reduce((max, d) => Math.max(max, d.order + 1), 0),
    policy: { write: input.write === 'admin' ? 'admin' : 'user', source: 'user' },
    enabled: true,
  };
  return { definitions: [...raw, created], created };
}

/**
 * The list with one definition changed, and that definition as now managed. The key never changes:
 * values are stored under it (Scalekit's `custom_attributes` map, a user's record here), so a new key
 * would either orphan every stored value or need a migration of every user that no backend can do
 * in one step; an administrator who wants another key disables this one and creates a new one. The
 * type never changes either: stored values of the old type would no longer read back (“12” is not a
 * date). A presentation-only definition (see `isPresentationOnly`) takes a label, help text, group
 * and enabled state. Rejects `not_found` (no such key), `validation` (per field: `key`, `type`,
 * `label`, `options`, `helpText`, `group`, `write`, `required`, `enabled`).
 */
export function updateDefinitionIn(
  raw: readonly unknown[],
  key: string,
  change: AttributeDefinitionChange | unknown,
): { definitions: unknown[]; updated: ManagedAttributeDefinition } {
  const index = raw.findIndex((item) => keyOf(item) === key);
  const current = readManagedDefinitions(raw).find((d) => d.key === key);
  if (index < 0 || !current) throw new TeamkitError('not_found', `There is no field with the key “${key}”.`);
  if (!isPlainObject(change)) throw new TeamkitError('validation', 'The change was not understood.');
  const errors: Record<string, string> = {};
  const fixed = isPresentationOnly(current);
  const set: Record<string, unknown> = {};
  if (change.key !== undefined && change.key !== key)
    errors.key =
      'A key cannot change: stored values are kept under it. Disable this field and add a new one.';
  if (change.type !== undefined && change.type !== current.type)
    errors.type = 'The kind of field cannot change: values already stored would no longer fit.';
  if (change.label !== undefined) {
    const label = typeof change.label === 'string' ? change.label.trim() : '';
    const problem = attributeLabelProblem(label);
    if (problem) errors.label = problem;
    else set.label = label;
  }
  const helpText = optionalText(change.helpText, 'helpText', maxHelpText, errors);
  if (helpText !== undefined) set.helpText = helpText;
  const group = optionalText(change.group, 'group', maxGroup, errors);
  if (group !== undefined) {
    set.group = group;
    // A field moved to another group goes to its end; its heading is the new group's.
    set.groupLabel = null;
    const inGroup = readManagedDefinitions(raw).filter((d) => d.key !== key && (d.group ?? null) === group);
    if ((current.group ?? null) !== group) set.order = inGroup.reduce((m, d) => Math.max(m, d.order + 1), 0);
  }
  const refusedHere =
    'This field belongs to the platform: only its name, help, group and visibility change here.';
  if (change.required !== undefined) {
    if (typeof change.required !== 'boolean') errors.required = 'Send true or false.';
    else if (fixed && change.required !== current.required) errors.required = refusedHere;
    else set.required = change.required;
  }
  if (change.write !== undefined) {
    if (change.write !== 'user' && change.write !== 'admin') errors.write = 'Choose who may change it.';
    else if (fixed && change.write !== current.policy.write) errors.write = refusedHere;
    else set.policy = { ...current.policy, write: change.write };
  }
  if (change.options !== undefined) {
    if (!isSelect(current.type)) errors.options = 'Only a select has choices.';
    else if (fixed) errors.options = refusedHere;
    else {
      const options = checkOptions(change.options, errors);
      if (options) set.options = options;
    }
  }
  if (change.enabled !== undefined) {
    if (typeof change.enabled !== 'boolean') errors.enabled = 'Send true or false.';
    else if (!change.enabled && !canDisable(current))
      errors.enabled = 'The email cannot be hidden: people sign in with it.';
    else set.enabled = change.enabled;
  }
  if (Object.keys(errors).length > 0) throw validationError(errors);
  const stored = raw[index] as Record<string, unknown>;
  const next = { ...stored, ...set };
  const definitions = raw.map((item, position) => (position === index ? next : item));
  const updated = readManagedDefinitions(definitions).find(
    (d) => d.key === key,
  ) as ManagedAttributeDefinition;
  return { definitions, updated };
}

/**
 * The list in a new order: `keys` names every stored definition once, in the order wanted; each
 * definition's `order` becomes its position, and groups come in the order their first field does.
 * Rejects `validation` on `keys` when a key is missing, repeated or unknown.
 */
export function reorderDefinitionsIn(
  raw: readonly unknown[],
  keys: readonly string[] | unknown,
): { definitions: unknown[]; managed: ManagedAttributeDefinition[] } {
  const stored = new Map<string, Record<string, unknown>>();
  const unkeyed: unknown[] = [];
  for (const item of raw) {
    const key = keyOf(item);
    // Keys the sanitizer drops (none, reserved, repeated) are not the caller's to place.
    if (key === null || key === '' || isReservedKey(key) || stored.has(key)) unkeyed.push(item);
    else stored.set(key, item as Record<string, unknown>);
  }
  const problem = reorderProblem(Array.isArray(keys) ? keys : null, stored);
  if (problem) throw validationError({ keys: problem });
  const ordered = (keys as string[]).map((key, order) => ({ ...stored.get(key), order }));
  // Entries with no usable key are served as before (and dropped by the sanitizer), at the end.
  const definitions = [...ordered, ...unkeyed];
  return { definitions, managed: readManagedDefinitions(definitions) };
}

function reorderProblem(keys: readonly unknown[] | null, stored: Map<string, unknown>): string | null {
  if (!keys) return 'Send the keys of every field, in the new order.';
  const seen = new Set<string>();
  for (const key of keys) {
    if (typeof key !== 'string' || !stored.has(key))
      return `There is no field with the key “${String(key)}”.`;
    if (seen.has(key)) return `The key “${key}” is named twice.`;
    seen.add(key);
  }
  const missing = [...stored.keys()].find((key) => !seen.has(key));
  return missing === undefined ? null : `The new order leaves out “${missing}”; name every field once.`;
}
