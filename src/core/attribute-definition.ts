/** The kinds of field a profile attribute can be. */
export type AttributeType =
  | 'text'
  | 'long_text'
  | 'number'
  | 'boolean'
  | 'single_select'
  | 'multi_select'
  | 'date'
  | 'url'
  | 'email'
  | 'phone'
  | 'locale';

/** Every attribute type, for iteration and for checking untrusted input. */
export const attributeTypes: readonly AttributeType[] = [
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
  'locale',
];

/** Who may change an attribute: the user themselves (and admins), admins only, or nobody through the kit. */
export type WritePolicy = 'user' | 'admin' | 'none';

/** Where an attribute's value comes from: typed by a person, asserted by an identity provider, or set by the system. */
export type AttributeSource = 'user' | 'identity_provider' | 'system';

/** Whether a value lives among the standard profile fields (and email) or the custom attributes. */
export type AttributeScope = 'standard' | 'custom';

/** One choice of a select attribute. */
export interface AttributeOption {
  /** The stored value. */
  value: string;
  /** The text shown for it. */
  label: string;
}

/** Who may write an attribute and where its value comes from (Auth0's user_metadata / app_metadata / IdP split). */
export interface AttributePolicy {
  /** Who may change it. */
  write: WritePolicy;
  /** Where the value comes from. */
  source: AttributeSource;
  /** Why it is read-only, in words for the user ("Managed by Okta"); shown beside the field. */
  readOnlyReason?: string | null;
  /**
   * For identity-provider attributes: the user may keep their own value (an override) while the
   * provider's value stays as it is, and may return to the provider's value.
   */
  allowOverride?: boolean;
}

/** Describes one profile field, standard or custom: how to render, validate and guard it. */
export interface AttributeDefinition {
  /** The attribute key: a standard key (`email`, `givenName`, …) or a custom attribute key (`employee_id`). */
  key: string;
  /** Where the value lives. */
  scope: AttributeScope;
  /** The label shown to people. */
  label: string;
  /** The kind of field. */
  type: AttributeType;
  /** Whether a value is required. */
  required: boolean;
  /** Help text shown under the field. */
  helpText?: string | null;
  /** Example shown inside an empty field. */
  placeholder?: string | null;
  /** Choices, for single and multi select. */
  options?: readonly AttributeOption[];
  /** Smallest number (number), or fewest choices (multi select). */
  min?: number | null;
  /** Largest number (number), or most choices (multi select). */
  max?: number | null;
  /** Earliest date, `YYYY-MM-DD` (date). */
  earliest?: string | null;
  /** Latest date, `YYYY-MM-DD` (date). */
  latest?: string | null;
  /** Fewest characters (text types). */
  minLength?: number | null;
  /** Most characters (text types). */
  maxLength?: number | null;
  /** A regular expression the whole value must match (text types). */
  pattern?: string | null;
  /** What to tell the user when the pattern does not match ("Use the form EMP-1234"). */
  patternMessage?: string | null;
  /** The group (section) the field belongs to; fields without one go in the first section. */
  group?: string | null;
  /** The group's heading as shown (localized); the group's name when absent. */
  groupLabel?: string | null;
  /** Position within its group; lower first. */
  order: number;
  /** Who may write it and where it comes from. */
  policy: AttributePolicy;
  /**
   * Set by `sanitizeAttributeDefinitions` when a backend sent something the kit cannot honour
   * (unknown type, broken pattern): the field is shown read-only as text, and this says why.
   */
  degradedBecause?: string | null;
}

/** How the profile is being edited: by the user themselves, or by an admin editing a member. */
export type ProfileEditMode = 'self' | 'admin';

/** True when `definition` can be changed in `mode` (ignores overrides; see `canOverride`). */
export function canWrite(definition: AttributeDefinition, mode: ProfileEditMode): boolean {
  if (definition.degradedBecause) return false;
  if (definition.policy.write === 'user') return true;
  return definition.policy.write === 'admin' && mode === 'admin';
}

/** True when the user may keep their own value over an identity provider's for this attribute. */
export function canOverride(definition: AttributeDefinition): boolean {
  return (
    !definition.degradedBecause &&
    definition.policy.source === 'identity_provider' &&
    definition.policy.allowOverride === true &&
    definition.type !== 'email'
  );
}

/**
 * True when an attribute is admin-only in `mode`: in a person's own profile it is shown read-only, or
 * left out when the host asks (ProfileEditor's `hideAdminOnlyFields`).
 */
export function isHiddenInMode(definition: AttributeDefinition, mode: ProfileEditMode): boolean {
  return (
    mode === 'self' && definition.policy.write === 'admin' && definition.policy.source !== 'identity_provider'
  );
}

/** Definitions sorted for display: by group (in first-seen order), then by `order`, then by label. */
export function sortDefinitions(definitions: readonly AttributeDefinition[]): AttributeDefinition[] {
  const groupRank = new Map<string, number>();
  for (const definition of definitions) {
    const group = definition.group ?? '';
    if (!groupRank.has(group)) groupRank.set(group, groupRank.size);
  }
  return [...definitions].sort(
    (a, b) =>
      (groupRank.get(a.group ?? '') ?? 0) - (groupRank.get(b.group ?? '') ?? 0) ||
      a.order - b.order ||
      a.label.localeCompare(b.label),
  );
}

/** Definitions grouped for display, in display order, each group with its heading (its first field's `groupLabel`). */
export function groupDefinitions(
  definitions: readonly AttributeDefinition[],
): { group: string | null; label: string | null; definitions: AttributeDefinition[] }[] {
  const groups = new Map<string, AttributeDefinition[]>();
  for (const definition of sortDefinitions(definitions)) {
    const group = definition.group ?? '';
    const list = groups.get(group) ?? [];
    list.push(definition);
    groups.set(group, list);
  }
  return [...groups].map(([group, list]) => ({
    group: group || null,
    label: group ? (list.find((definition) => definition.groupLabel)?.groupLabel ?? group) : null,
    definitions: list,
  }));
}
