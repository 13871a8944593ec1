import type { AttributeDefinition, ProfileEditMode } from '../../core/attribute-definition.ts';
import { isEditable } from '../../core/profile-schema.ts';
import { readProfileValues } from '../../core/profile-values.ts';
import type { User } from '../../core/user.ts';
import { type ProfileFormValues, toFormValues } from './form-values.ts';

/** The user and definitions the form's values were loaded from: what a save is compared against. */
export interface ProfileBase {
  /** The user as loaded. */
  user: User;
  /** The fields shown. */
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
