import type { ComponentType, ReactNode } from 'react';
import type { AttributeDefinition, AttributeType, ProfileEditMode } from '../../core/attribute-definition.ts';
import type { User } from '../../core/user.ts';
import type { FieldControlProps } from '../shared/Field.tsx';
import type { FormInputValue } from './form-values.ts';
import type { ProfileEditorClassNames } from './parts.ts';

/**
 * The editor's state, on the root as `data-state` and shown in its status line:
 * `idle` (nothing changed), `dirty` (unsaved edits), `saving`, `saved`, `error` (the save failed; the
 * edits are kept and "Try again" sends them again), `conflict` (the profile changed elsewhere since it
 * was loaded; review, reload or overwrite). Before that: `loading` and `load-error`.
 */
export type ProfileEditorState =
  | 'loading'
  | 'load-error'
  | 'idle'
  | 'dirty'
  | 'saving'
  | 'saved'
  | 'error'
  | 'conflict';

// The parts and their classes live in parts.ts (the README's table is generated from it).
export type { ProfileEditorClassNames, ProfileEditorPart } from './parts.ts';

/** What a field renderer receives: the definition, the form value and the ids/ARIA its control needs. */
export interface FieldRendererProps {
  /** The attribute being edited (untrusted text inside: render labels and options as text). */
  definition: AttributeDefinition;
  /** The encoded form field name (stable, path-free); use as the control's `name`. */
  name: string;
  /** The control's value: text for most types, a boolean for `boolean`, a list for `multi_select`. */
  value: FormInputValue;
  /** Reports a new value (text, boolean or list, as received). */
  onChange: (value: FormInputValue) => void;
  /** Reports that the control lost focus (errors show on blur). */
  onBlur: () => void;
  /** Attach to the focusable element: focus moves there when the field is the first invalid one. */
  inputRef: (element: HTMLElement | null) => void;
  /** `id`, `aria-describedby`, `aria-invalid`, `aria-required` to spread on the control. */
  controlProps: FieldControlProps;
  /** Whether the field currently shows an error. */
  invalid: boolean;
  /** Class names per part, as the editor received them. */
  classNames: ProfileEditorClassNames | undefined;
}

/** Renders the control of one field (the editor draws its label, help and errors around it). */
export type FieldRenderer = ComponentType<FieldRendererProps>;

/** Host renderers: by attribute type, or for one attribute key (which wins). */
export interface ProfileFieldRenderers {
  /** Replaces the control of every field of a type. */
  byType?: Partial<Record<AttributeType, FieldRenderer>>;
  /** Replaces the control of one field, by attribute key. */
  byKey?: Record<string, FieldRenderer>;
}

/**
 * Content a host adds to a group (section): a node shown after the group's fields, or
 * `{ before, after }` to place content on either side of them.
 */
export type GroupContent = ReactNode | { before?: ReactNode; after?: ReactNode };

/** Options of useProfileEditor: what to edit and how to report. */
export interface UseProfileEditorOptions {
  /** The user to edit; the signed-in person (the viewer) when absent. */
  userId?: string;
  /**
   * `self` (default): a person editing their own profile; admin-only fields are shown read-only
   * ("Set by your administrator"). `admin`: an admin editing a member; admin-only fields are editable.
   */
  mode?: ProfileEditMode;
  /** In `self` mode, leaves admin-only fields out instead of showing them read-only. Off by default. */
  hideAdminOnlyFields?: boolean;
  /** Only these attribute keys are shown (in the definitions' order); all when absent. */
  fields?: readonly string[];
  /** Attribute keys never shown (nor sent). */
  hiddenFields?: readonly string[];
  /** Warns with the browser's "leave site?" prompt on unload while there are unsaved edits. Off by default. */
  guardUnsavedChanges?: boolean;
  /** Called with the stored user after each successful save. */
  onSaved?: (user: User) => void;
  /** Called when unsaved edits appear (`true`) or go away (`false`): wire it to your router's blocker. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Props of ProfileEditor. */
export interface ProfileEditorProps extends UseProfileEditorOptions {
  /** Replace the control of a type or of one field. */
  renderers?: ProfileFieldRenderers;
  /** Extra content per group, by group name (`''` for the fields without a group). */
  groupContent?: Readonly<Record<string, GroupContent>>;
  /** Shows a collapsible, read-only "Raw JSON" view of the user (as text). Off by default. */
  showRawJson?: boolean;
  /** Class names for the root. */
  className?: string;
  /** Class names per part (see ProfileEditorPart). */
  classNames?: ProfileEditorClassNames;
}
