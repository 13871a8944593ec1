/**
 * The add / edit form of AttributeDefinitionsManager as plain data: a draft of strings as typed, made
 * from a definition or empty, checked with core's rules (issues as codes the component words), and
 * turned into what the adapter takes. React-free, so it is tested without a browser.
 */
import type { AttributeType } from '../../core/attribute-definition.ts';
import {
  attributeLabelRule,
  type CustomAttributeKeyIssue,
  customAttributeKeyIssue,
  deriveAttributeKey,
} from '../../core/custom-attribute-key.ts';
import {
  type AttributeDefinitionChange,
  type CustomWritePolicy,
  isPresentationOnly,
  type ManagedAttributeDefinition,
  type NewAttributeDefinition,
} from '../../core/managed-definition.ts';

/** The form's values, as typed. */
export interface DefinitionDraft {
  /** The display name. */
  label: string;
  /** The key: derived from the display name until the person edits it. */
  key: string;
  /** Whether the person edited the key (it then stops following the display name). */
  keyEdited: boolean;
  /** The kind of field. */
  type: AttributeType;
  /** Whether a value is required. */
  required: boolean;
  /** Choices, one per line (selects). */
  options: string;
  /** Help text. */
  helpText: string;
  /** Group. */
  group: string;
  /** Who may write it. */
  write: CustomWritePolicy;
}

/** A problem with one field of the draft, as a code and the values its message needs. */
export type DraftIssue =
  | { field: 'label'; code: 'labelMissing' | 'labelTooShort' | 'labelTooLong'; min: number; max: number }
  | { field: 'key'; code: CustomAttributeKeyIssue }
  | { field: 'options'; code: 'optionsMissing' }
  | { field: 'options'; code: 'optionsRepeated'; value: string };

/** An empty draft for a new custom attribute. */
export function emptyDraft(): DefinitionDraft {
  return {
    label: '',
    key: '',
    keyEdited: false,
    type: 'text',
    required: false,
    options: '',
    helpText: '',
    group: '',
    write: 'user',
  };
}

/** A draft of an existing definition, for editing. */
export function draftFrom(definition: ManagedAttributeDefinition): DefinitionDraft {
  return {
    label: definition.label,
    key: definition.key,
    keyEdited: true,
    type: definition.type,
    required: definition.required,
    options: (definition.options ?? []).map((option) => option.label).join('\n'),
    helpText: definition.helpText ?? '',
    group: definition.group ?? '',
    write: definition.policy.write === 'admin' ? 'admin' : 'user',
  };
}

/** The draft with a new display name: the key follows it until the person edited the key. */
export function withLabel(
  draft: DefinitionDraft,
  label: string,
  takenKeys: readonly string[],
): DefinitionDraft {
  return draft.keyEdited
    ? { ...draft, label }
    : { ...draft, label, key: label.trim() ? deriveAttributeKey(label, takenKeys) : '' };
}

const isSelect = (type: AttributeType) => type === 'single_select' || type === 'multi_select';

/** The choices of a draft: one per non-empty line, trimmed. */
export function draftOptions(draft: DefinitionDraft): string[] {
  return draft.options
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * What is wrong with the draft before it is sent: the label's length, the key's rule (a new
 * attribute only, against `takenKeys`), a select's choices.
 */
export function draftIssues(
  draft: DefinitionDraft,
  mode: 'create' | 'edit',
  takenKeys: readonly string[],
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const label = draft.label.trim();
  const bounds = { min: attributeLabelRule.minLength, max: attributeLabelRule.maxLength };
  if (label === '') issues.push({ field: 'label', code: 'labelMissing', ...bounds });
  else if (label.length < bounds.min) issues.push({ field: 'label', code: 'labelTooShort', ...bounds });
  else if (label.length > bounds.max) issues.push({ field: 'label', code: 'labelTooLong', ...bounds });
  if (mode === 'create') {
    const keyIssue = customAttributeKeyIssue(draft.key.trim(), takenKeys);
    if (keyIssue) issues.push({ field: 'key', code: keyIssue });
  }
  if (isSelect(draft.type)) {
    const options = draftOptions(draft);
    const repeated = options.find((option, index) => options.indexOf(option) !== index);
    if (options.length === 0) issues.push({ field: 'options', code: 'optionsMissing' });
    else if (repeated !== undefined)
      issues.push({ field: 'options', code: 'optionsRepeated', value: repeated });
  }
  return issues;
}

const optionsOf = (draft: DefinitionDraft) =>
  draftOptions(draft).map((text) => ({ value: text, label: text }));

/** What `createAttributeDefinition` takes, from a checked draft. */
export function newDefinitionFrom(draft: DefinitionDraft): NewAttributeDefinition {
  return {
    key: draft.key.trim(),
    label: draft.label.trim(),
    type: draft.type,
    required: draft.required,
    ...(isSelect(draft.type) ? { options: optionsOf(draft) } : {}),
    helpText: draft.helpText.trim() || null,
    group: draft.group.trim() || null,
    write: draft.write,
  };
}

/**
 * What `updateAttributeDefinition` takes, from a checked draft: only what changed, and for a
 * presentation-only field only its presentation.
 */
export function changeFrom(
  definition: ManagedAttributeDefinition,
  draft: DefinitionDraft,
): AttributeDefinitionChange {
  const change: AttributeDefinitionChange = {};
  const label = draft.label.trim();
  if (label !== definition.label) change.label = label;
  const helpText = draft.helpText.trim() || null;
  if (helpText !== (definition.helpText ?? null)) change.helpText = helpText;
  const group = draft.group.trim() || null;
  if (group !== (definition.group ?? null)) change.group = group;
  if (isPresentationOnly(definition)) return change;
  if (draft.required !== definition.required) change.required = draft.required;
  if (draft.write !== definition.policy.write) change.write = draft.write;
  if (isSelect(definition.type)) {
    // A choice kept by its text keeps its stored value, so members' answers still match it.
    const values = new Map((definition.options ?? []).map((option) => [option.label, option.value]));
    const options = draftOptions(draft).map((text) => ({ value: values.get(text) ?? text, label: text }));
    const before = (definition.options ?? []).map((option) => option.label);
    if (options.map((option) => option.label).join('\n') !== before.join('\n')) change.options = options;
  }
  return change;
}
