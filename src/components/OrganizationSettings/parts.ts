/** Organization settings' parts a host may give classes to through `classNames`, by their `data-part` names. */
export type OrganizationSettingsPart =
  /** The root (a `form` for an admin, a `section` for others; `data-state`, `data-readonly`). */
  | 'organization-settings'
  /** The heading. */
  | 'title'
  /** The name and external ID fields (the shared field). */
  | 'field'
  /** The Save and Discard buttons. */
  | 'actions'
  /** The read-only summary for people who may not edit. */
  | 'summary';

/** Organization settings' other parts: styleable by `data-part`, with no class of their own. */
export type OrganizationSettingsInnerPart =
  /** Shown while the organization loads. */
  | 'loading'
  /** The organization's IDs. */
  | 'ids'
  /** One ID. */
  | 'id'
  /** A field's box. */
  | 'input'
  /** Says the save went through. */
  | 'saved-note'
  /** Says the viewer may look but not edit. */
  | 'readonly-notice'
  /** One name and value in the summary. */
  | 'item'
  /** The metadata section. */
  | 'metadata'
  /** A section's heading. */
  | 'section-title';

/**
 * Where the settings stand, as `data-state` on the root: `loading` (before the organization and the
 * viewer arrive), `idle` (nothing changed), `dirty` (unsaved changes), `saving`, `saved` (the last save
 * succeeded), `error` (the last save, or the load, failed; typing is kept), `conflict` (someone else
 * changed a field this save changes: both values shown, the person keeps theirs or takes the other).
 */
export type OrganizationSettingsState =
  | 'loading'
  | 'idle'
  | 'dirty'
  | 'saving'
  | 'saved'
  | 'error'
  | 'conflict';
