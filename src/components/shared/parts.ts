/**
 * The parts the shared primitives render, inside every component that uses them. They take no class
 * of their own through a component's `classNames` unless that component lists them (ProfileEditor's
 * `field`, the members table's `menu-trigger`).
 */
export type SharedPart =
  /** A short status or tag (`data-tone`; `data-value` for the ones tests and styles pick out). */
  | 'badge'
  /** The kit's button (`data-variant`, `data-busy`); a component may give it a part name of its own. */
  | 'button'
  /** A field: its label, control, description and errors (`data-field` its key, `data-state`). */
  | 'field'
  /** The field's label (a `legend` for a group of controls). */
  | 'label'
  /** "(optional)" beside a label. */
  | 'optional'
  /** The field's help text. */
  | 'description'
  /** The field's errors. */
  | 'error-list'
  /** One error. */
  | 'error'
  /** A form's Save and Discard and its words beside them (FormActions). */
  | 'actions'
  /** A failed request: its title, message and retry (`data-code` the error's code). */
  | 'error-notice'
  /** The notice's heading. */
  | 'error-title'
  /** The notice's message. */
  | 'error-message'
  /** A confirmation's backdrop. */
  | 'dialog-overlay'
  /** A confirmation (`data-variant` confirm, `data-busy` while it runs). */
  | 'dialog-content'
  /** A confirmation's title. */
  | 'dialog-title'
  /** A confirmation's description. */
  | 'dialog-description'
  /** A confirmation's Cancel and confirm buttons. */
  | 'dialog-footer'
  /** A metadata value, as JSON text (`data-type`); components may name it. */
  | 'json-value'
  /** Says that a long value was shortened for display. */
  | 'shortened-note'
  /** A conflict's table, in organization settings: each field someone else changed too, both values side by side. */
  | 'conflict'
  /** The same table in the profile's review: every field where the two versions differ. */
  | 'differences'
  /** A menu button and its popup (`data-state`). */
  | 'menu-root'
  /** The button that opens the menu (`data-busy`). */
  | 'menu-trigger'
  /** The popup (`data-placement`: below or above its button). */
  | 'menu'
  /** A command or a choice (`data-action`, `data-tone`, `data-disabled`, `data-value`). */
  | 'menu-item'
  /** An item's text. */
  | 'menu-item-label'
  /** Why a disabled item does nothing. */
  | 'menu-item-reason'
  /** The check mark of a chosen choice. */
  | 'menu-item-check'
  /** A labelled group of choices (`data-action`). */
  | 'menu-group'
  /** The group's label. */
  | 'menu-group-label'
  /** A divider between groups. */
  | 'menu-separator';
