/** The metadata editor's parts a host may give classes to through `classNames`, by their `data-part` names. */
export type MetadataEditorPart =
  /** The root (a `form` when it saves on its own; `data-state`, `data-dirty`, `data-readonly`). */
  | 'metadata-editor'
  /** The group's label (the fieldset's legend). */
  | 'legend'
  /** The help text under the legend. */
  | 'description'
  /** How many pairs there are, of how many allowed (`data-at-limit`). */
  | 'count'
  /** The list of key-value rows. */
  | 'rows'
  /** One pair (`data-state`: stored, edited or added; `data-invalid`, `data-readonly`). */
  | 'row'
  /** A row's key box. */
  | 'key-input'
  /** A row's value box. */
  | 'value-input'
  /** A row's Remove button (the shared button, named). */
  | 'remove'
  /** The Add button (the shared button, named). */
  | 'add'
  /** The Save and Discard buttons of a standalone editor. */
  | 'actions';

/** The metadata editor's other parts: styleable by `data-part`, with no class of their own. */
export type MetadataEditorInnerPart =
  /** The fieldset that groups the rows. */
  | 'fieldset'
  /** The legend when `hideLabel` keeps it for screen readers only. */
  | 'visually-hidden'
  /** The Key and Value column headings. */
  | 'columns'
  /** One column heading. */
  | 'column'
  /** A row's key or value cell (`data-field`, `data-invalid`, `data-locked` for a key that cannot change). */
  | 'cell'
  /** A key that cannot change, as text. */
  | 'key-text'
  /** Says a value is not text and is read-only here. */
  | 'readonly-note'
  /** A cell's errors. */
  | 'error-list'
  /** One error. */
  | 'error'
  /** Explains read-only values. */
  | 'readonly-help'
  /** Explains keys that cannot change on this backend. */
  | 'key-locked-help'
  /** A problem with the whole set (too many pairs, too large). */
  | 'count-issue'
  /** The Add button and why it is disabled. */
  | 'add-row'
  /** Why no more pairs can be added. */
  | 'limit-reason'
  /** Says the save went through. */
  | 'saved-note'
  /** Said when there are no pairs. */
  | 'empty'
  /** The read-only list of pairs. */
  | 'metadata-list'
  /** One pair in the list. */
  | 'item'
  /** A pair's key. */
  | 'key'
  /** A pair's value. */
  | 'value'
  /** Says how many of a very large set are shown. */
  | 'shown-pairs';
