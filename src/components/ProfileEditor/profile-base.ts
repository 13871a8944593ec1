import {
  type AttributeDefinition,
  canOverride,
  type ProfileEditMode,
} from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import { isEditable } from '../../core/profile-schema.ts';
import { type ProfileValues, readProfileValues } from '../../core/profile-values.ts';
import type { User } from '../../core/user.ts';
import { type PhoneNormalizer, validateAttributeValue } from '../../core/validate-attribute.ts';
import type { validationMessagesFrom } from '../../i18n/messages.ts';
import { fieldNameOf } from './field-names.ts';
import { type ProfileFormValues, sameInput, toFormValues } from './form-values.ts';

/** The user and definitions the form's values were loaded from: what a save is compared against. */
export interface ProfileBase {
  user: User;
  definitions: readonly AttributeDefinition[];
  /** The control values the form was reset to. */
  formValues: ProfileFormValues;
}

/** What the form is loaded from for a user: the shown fields and the values of those edited in `mode`. */
export function baseOf(
  user: User,
  shown: readonly AttributeDefinition[],
  mode: ProfileEditMode,
): ProfileBase {
  const edited = shown.filter((definition) => isEditable(definition, mode));
  return { user, definitions: shown, formValues: toFormValues(edited, readProfileValues(user, edited)) };
}

/**
 * The form's values by key, normalised as saving would; an untouched field keeps its loaded value and
 * a value that does not validate is kept as typed.
 */
export function normalisedEdits(
  editable: readonly AttributeDefinition[],
  values: ProfileFormValues,
  base: ProfileBase,
  options: { messages: ReturnType<typeof validationMessagesFrom>; normalizePhone: PhoneNormalizer },
): ProfileValues {
  const loaded = readProfileValues(base.user, editable);
  const edited: Record<string, AttributeValue> = {};
  for (const definition of editable) {
    const name = fieldNameOf(definition.key);
    const raw = values[name];
    if (sameInput(raw, base.formValues[name])) {
      edited[definition.key] = loaded[definition.key] ?? null;
      continue;
    }
    const checked = canOverride(definition) ? { ...definition, required: false } : definition;
    const result = validateAttributeValue(checked, raw, options);
    edited[definition.key] = result.ok ? result.value : ((raw ?? null) as AttributeValue);
  }
  return edited;
}

/** The edit session's values for a user: its version and the shown fields' values by attribute key. */
export type SessionProfile = Readonly<Record<string, unknown>> & { readonly version: string };

/** What the edit session holds for `user`: compared field by field with the draft and the latest version. */
export const sessionValuesOf = (user: User, shown: readonly AttributeDefinition[]): SessionProfile => ({
  ...readProfileValues(user, shown),
  version: user.version,
});
