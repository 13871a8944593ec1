/** Member details' parts a host may give classes to through `classNames`, by their `data-part` names. */
export type MemberDetailsPart =
  /** The root `section` (`data-state`: loading, error or ready). */
  | 'member-details'
  /** The name, email and avatar at the top. */
  | 'header'
  /** The member's initials. */
  | 'avatar'
  /** The member's name (the panel's heading). */
  | 'name'
  /** The member's email. */
  | 'email'
  /** One section (`data-section`: which one). */
  | 'section';

/** Member details' other parts: styleable by `data-part`, with no class of their own. */
export type MemberDetailsInnerPart =
  /** Shown while the member loads. */
  | 'loading'
  /** The email and the identity provider's badge on one line. */
  | 'identity-line'
  /** A section's heading. */
  | 'section-title'
  /** A section's help text. */
  | 'section-help'
  /** Said when a section has nothing to show. */
  | 'empty'
  /** Said when the backend keeps no membership metadata. */
  | 'unsupported-note'
  /** Status, roles and dates of the membership. */
  | 'membership'
  /** The member's roles. */
  | 'roles'
  /** One name and value. */
  | 'item'
  /** One linked identity (`data-provider`). */
  | 'identity'
  /** The identity's provider, as a heading. */
  | 'identity-title'
  /** The identity's attributes. */
  | 'identity-fields'
  /** The external ID, read-only. */
  | 'external-id'
  /** The external ID form (`data-state`: where its save stands). */
  | 'external-id-form'
  /** The external ID box. */
  | 'input'
  /** The form's Save button, or a conflict's choices. */
  | 'actions'
  /** Says the save went through. */
  | 'saved-note'
  /** Another member already has that external ID: the choices. */
  | 'conflict'
  /** The raw JSON disclosure. */
  | 'raw-json'
  /** Its summary (the toggle). */
  | 'raw-json-summary'
  /** The JSON text. */
  | 'raw-json-text'
  /** Says a long value was shortened for display. */
  | 'shortened-note';
