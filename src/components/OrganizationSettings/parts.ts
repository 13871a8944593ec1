/** Parts of OrganizationSettings a host may give classes to (`data-part` values). */
export type OrganizationSettingsPart = 'root' | 'title' | 'field' | 'actions' | 'summary';

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
