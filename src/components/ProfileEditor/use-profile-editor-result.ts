import type { Control, UseFormReturn } from 'react-hook-form';
import type { AttributeDefinition, ProfileEditMode } from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import type { TeamkitError } from '../../core/errors.ts';
import type { DefinitionProblem } from '../../core/sanitize-definitions.ts';
import type { User } from '../../core/user.ts';
import type { ProfileFormValues } from './form-values.ts';
import type { ProfileDifference } from './profile-differences.ts';
import type { ProfileEditorState } from './profile-editor-types.ts';
import type { ProfileFieldProps, ProfileFormProps } from './use-profile-prop-getters.ts';

/** What the schema outputs on a valid submit: normalised values by field name. */
export type ProfileFormOutput = Record<string, AttributeValue>;

/**
 * A field error from the server that names no field the form shows: said in the failure notice
 * instead, by the field's label when the key is a known (hidden or read-only) field, else by the key.
 */
export interface UnplacedFieldError {
  /** The path the server named (`customAttributes.plan`). */
  path: string;
  /** The attribute key in it (`plan`): what to call the field when no definition has it. */
  key: string;
  /** The label of the field it names, or null when no definition has that key. */
  label: string | null;
  /** The server's message (untrusted: render as text). */
  message: string;
}

/** After a conflict: the latest saved version and the ways out. */
export interface ProfileConflict {
  /** The latest saved user, or null while it is being fetched. */
  latest: User | null;
  /** The fields where the form and the latest version disagree (computed when called). */
  differences: () => ProfileDifference[];
  /** Discards the edits and shows the latest version. */
  reload: () => void;
  /** Saves the edits again against the latest version (only the fields the person changed are sent). */
  overwrite: () => Promise<void>;
}

/** A section of the form: a group name (null for fields without one) and its fields in display order. */
export interface ProfileGroup {
  /** The group's name as the definitions give it, or null. */
  group: string | null;
  /** The group's heading in the locale in force (its name when no label was given), or null. */
  label: string | null;
  /** Its fields, in display order. */
  definitions: AttributeDefinition[];
}

/** What useProfileEditor returns: everything a custom profile form needs. */
export interface UseProfileEditorResult {
  /** The editor's state (see ProfileEditorState). */
  state: ProfileEditorState;
  /** Whether the form holds unsaved edits. */
  isDirty: boolean;
  /** Why loading failed, in `load-error`. */
  loadError: TeamkitError | null;
  /** Fetches what failed to load again. */
  retryLoad: () => void;
  /** The user the form was loaded from (null while loading). */
  user: User | null;
  /** The fields shown, in display order (picked ones only, hidden ones and, when asked, admin-only ones left out). */
  definitions: readonly AttributeDefinition[];
  /** The same fields by group, in display order. */
  groups: readonly ProfileGroup[];
  /** What was wrong with the definitions the backend sent (for a development warning). */
  problems: readonly DefinitionProblem[];
  /** The edit mode in force. */
  mode: ProfileEditMode;
  /** Props for the host's own `<form>` element: submit validates and saves. */
  getFormProps: () => ProfileFormProps;
  /**
   * Everything one field needs, by attribute key: its value and error, props for its label, help,
   * error and control, and why it is read-only. The component calling it re-renders when a field it
   * asked for changes. Throws for a key the editor does not show.
   */
  getFieldProps: (key: string) => ProfileFieldProps;
  /**
   * The react-hook-form instance (values by `fieldName(key)`).
   * @deprecated Use `getFieldProps(key)` (value, error, `setValue`) and `getFormProps()`; this goes in
   * the next minor version.
   */
  form: UseFormReturn<ProfileFormValues, unknown, ProfileFormOutput>;
  /** Counts the times the form was loaded afresh (load, save, reload, discard), for parts with local state. */
  epoch: number;
  /**
   * The react-hook-form control.
   * @deprecated Use `getFieldProps(key)`; this goes in the next minor version.
   */
  control: Control<ProfileFormValues, unknown, ProfileFormOutput>;
  /**
   * The form field name of an attribute key.
   * @deprecated `getFieldProps(key).inputProps.name` carries it; this goes in the next minor version.
   */
  fieldName: (key: string) => string;
  /** Whether a field is edited in this mode (written directly or overridden). */
  isEditable: (definition: AttributeDefinition) => boolean;
  /** Validates and saves: the form's submit handler. */
  submit: (event?: { preventDefault?: () => void }) => Promise<void>;
  /** Sends the same edits again after a failure. */
  retry: () => Promise<void>;
  /** Throws the edits away and shows the saved profile. */
  discard: () => void;
  /** The failed save's error, in `error` and `conflict`. */
  error: TeamkitError | null;
  /** In `error`: the server's field errors that name no field the person can edit here. */
  unplacedErrors: readonly UnplacedFieldError[];
  /** In `conflict`: the latest version and the ways out; otherwise null. */
  conflict: ProfileConflict | null;
}
