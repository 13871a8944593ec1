/** The definitions manager's parts a host may give classes to through `classNames`, by their `data-part` names. */
export type AttributeDefinitionsManagerPart =
  /** The root `section` (`data-state`: what the manager can show). */
  | 'definitions-manager'
  /** The heading. */
  | 'title'
  /** One group of fields, with its title and list. */
  | 'group'
  /**
   * One profile field (`data-key`, `data-origin` where it comes from, `data-disabled`, `data-editing`,
   * `data-backend="missing"` when the backend does not define it yet).
   */
  | 'definition'
  /** A field's Edit, Move up, Move down and Disable / Enable buttons (`data-move` on the moves). */
  | 'definition-actions'
  /** The add or edit form (`data-mode`: create or edit). */
  | 'definition-form';

/** The manager's other parts: styleable by `data-part`, with no class of their own. */
export type AttributeDefinitionsManagerInnerPart =
  /** Why the manager cannot be used here (the backend manages no definitions, or the viewer may not). */
  | 'notice'
  /** Shown while the definitions load. */
  | 'loading'
  /** The text under the heading. */
  | 'intro'
  /** A group's heading. */
  | 'group-title'
  /** A group's ordered list of fields. */
  | 'definition-list'
  /** A field's label, meta and key. */
  | 'definition-summary'
  /** The field's label. */
  | 'definition-label'
  /** Its type and where it comes from, as badges. */
  | 'definition-meta'
  /** Its key. */
  | 'definition-key'
  /** Says a custom attribute is not yet in the backend, and where to create it (`data-backend="missing"` on the row). */
  | 'definition-status'
  /** The form's heading. */
  | 'form-title'
  /** A note in the form (what cannot change once created). */
  | 'form-note'
  /** The form's checkboxes (required, who may edit). */
  | 'checkbox-row'
  /** What stops the form from being saved. */
  | 'form-issues'
  /** The form's Save and Cancel buttons. */
  | 'form-actions';
