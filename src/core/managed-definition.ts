import type {
  AttributeDefinition,
  AttributeOption,
  AttributeType,
  WritePolicy,
} from './attribute-definition.ts';

/** A definition as an administrator manages it: the profile field plus whether it is in use. */
export interface ManagedAttributeDefinition extends AttributeDefinition {
  /**
   * Whether profiles show it. A disabled definition is left out of `listAttributeDefinitions` (so no
   * form shows it), while values already stored under its key are kept for when it is enabled again.
   */
  enabled: boolean;
  /**
   * Set by the server handler on a custom attribute its definitions store defines and the backend does
   * not (not among the backend's own definitions): the backend refuses its values until the attribute
   * exists there too, so profiles show it read-only meanwhile. `platform` names the backend (`Scalekit`).
   */
  notInBackend?: { platform: string } | null;
}

/** The kinds of field an administrator may give a new custom attribute (locale is a standard field's). */
export const customAttributeTypes: readonly AttributeType[] = [
  'text',
  'long_text',
  'number',
  'boolean',
  'single_select',
  'multi_select',
  'date',
  'url',
  'email',
  'phone',
];

/** Who may write a custom attribute an administrator creates (`none` is the system's or a provider's). */
export type CustomWritePolicy = Exclude<WritePolicy, 'none'>;

/** What an administrator gives to create a custom attribute. */
export interface NewAttributeDefinition {
  /** The key values are stored under; see `customAttributeKeyRule`. Fixed once created. */
  key: string;
  /** The display name. */
  label: string;
  /** The kind of field (one of `customAttributeTypes`). Fixed once created. */
  type: AttributeType;
  /** Whether a value is required. */
  required?: boolean;
  /** Choices, for single and multi select (at least one). */
  options?: readonly AttributeOption[];
  /** Help shown under the field. */
  helpText?: string | null;
  /** The group (section) it belongs to; the first section when absent. */
  group?: string | null;
  /** Who may write it: the person themselves (`user`, the default) or administrators only. */
  write?: CustomWritePolicy;
}

/**
 * A change to an existing definition. Its key and type never change (see `applyDefinitionChange`
 * for why); a standard field, or one an identity provider or the system fills, takes only a new
 * label, help text, group and enabled state.
 */
export interface AttributeDefinitionChange {
  /** A new display name. */
  label?: string;
  /** Whether a value is required (custom attributes people write only). */
  required?: boolean;
  /** New choices (selects only). */
  options?: readonly AttributeOption[];
  /** New help text; null removes it. */
  helpText?: string | null;
  /** A new group; null moves it to the first section. */
  group?: string | null;
  /** Who may write it (custom attributes people write only). */
  write?: CustomWritePolicy;
  /** Shows or hides it in profiles (never the email, which people sign in with). */
  enabled?: boolean;
}

/** Where a field comes from, as the manager shows it. */
export type DefinitionOrigin = 'identity_provider' | 'system' | 'custom';

/**
 * Where a definition comes from: an identity provider fills it, the system defines it (every standard
 * field, and custom ones the system sets), or an administrator made it (a custom attribute people write).
 */
export function definitionOrigin(definition: AttributeDefinition): DefinitionOrigin {
  if (definition.policy.source === 'identity_provider') return 'identity_provider';
  if (definition.scope === 'standard' || definition.policy.source === 'system') return 'system';
  return 'custom';
}

/**
 * Whether only a definition's presentation may change (label, help text, group, order, enabled):
 * standard fields and anything an identity provider or the system fills, whose meaning belongs to
 * the platform, so changing who writes it or whether it is required would break it.
 */
export function isPresentationOnly(definition: AttributeDefinition): boolean {
  return definitionOrigin(definition) !== 'custom' || definition.degradedBecause != null;
}

/** Whether a definition may be disabled: everything but the email, which people sign in with. */
export function canDisable(definition: AttributeDefinition): boolean {
  return definition.key !== 'email';
}
