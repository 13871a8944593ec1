/** The profile editor's parts a host may give classes to through `classNames`, by their `data-part` names. */
export type ProfileEditorPart =
  /** The root (`data-state`, `data-mode`: self or admin). */
  | 'profile-editor'
  /** The form around the fields. */
  | 'form'
  /** A group of fields: a `section` labelled by its heading (a `div` for fields without a group). */
  | 'group'
  /** A group's heading. */
  | 'group-heading'
  /** The host's content before or after a group (`data-placement`). */
  | 'group-content'
  /** The wrapper of one field (`data-key`, `data-type`, `data-source`). */
  | 'profile-field'
  /** A field (the shared field: label, control, help and errors). */
  | 'field'
  /** A field's help text. */
  | 'help'
  /** A text, email, phone, number, URL or date box (`data-type` on date). */
  | 'input'
  /** A long text box. */
  | 'textarea'
  /** A single choice. */
  | 'select'
  /** A yes / no box, or one choice of several. */
  | 'checkbox'
  /** The choices of a multiple choice. */
  | 'checkbox-group'
  /** One choice of a multiple choice. */
  | 'checkbox-option'
  /** The locale field: a search box over a list. */
  | 'locale-picker'
  /** The locale field's search box. */
  | 'locale-search'
  /** A read-only value (an `input` or `textarea` that cannot change). */
  | 'readonly-value'
  /** Why a field is read-only ("Set by your administrator"). */
  | 'readonly-reason'
  /** Why a field shows as text only (development builds). */
  | 'degraded-reason'
  /** The email and whether it is verified. */
  | 'email-row'
  /** A value the identity provider sets and the person may override. */
  | 'override'
  /** The identity provider's value beside the override. */
  | 'provider-value'
  /** The Save and Discard buttons and the status. */
  | 'actions'
  /** The visible state (`data-state`, as on the root). */
  | 'status'
  /** Server errors for fields that are not shown, listed in the save-failed notice. */
  | 'error-fields'
  /** The profile changed elsewhere: review, reload or overwrite. */
  | 'conflict'
  /** The review's table of what changed here and elsewhere. */
  | 'differences'
  /** The raw JSON disclosure (a `details`). */
  | 'raw-json'
  /** The placeholder while the profile loads. */
  | 'profile-skeleton'
  /** Said when there are no fields to show. */
  | 'empty';

/** The profile editor's other parts: styleable by `data-part`, with no class of their own. */
export type ProfileEditorInnerPart =
  /** Says fields were left out (too many definitions). */
  | 'fields-left-out'
  /** The conflict's heading. */
  | 'conflict-title'
  /** What the conflict means. */
  | 'conflict-description'
  /** The conflict's Review, Reload and Overwrite buttons. */
  | 'conflict-actions'
  /** Shown while the latest profile loads for the review. */
  | 'conflict-loading'
  /** Said when the review finds no differences. */
  | 'differences-empty'
  /** Marks a row changed elsewhere only. */
  | 'not-changed-here'
  /** The raw JSON text. */
  | 'raw-json-content'
  /** The placeholder's rows. */
  | 'skeleton-rows'
  /** One placeholder row. */
  | 'skeleton-row'
  /** A bar in a placeholder row (`data-shape`: label or control). */
  | 'skeleton'
  /** "Loading" for screen readers only. */
  | 'visually-hidden';

/** Class names per part, added to the part's element (the host's classes go last). */
export type ProfileEditorClassNames = Partial<Record<ProfileEditorPart, string>>;
