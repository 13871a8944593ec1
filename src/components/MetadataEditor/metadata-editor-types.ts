import type { Metadata, MetadataPatch } from '../../core/json.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import type { MetadataBagIssue, MetadataIssue } from '../../core/metadata.ts';
import type { MetadataRow, MetadataRowField } from './metadata-rows.ts';

/** Which metadata bag is edited; picks the backend's limits when none are given. */
export type MetadataScope = 'user' | 'membership' | 'organization';

/** Options of useMetadataEditor. */
export interface UseMetadataEditorOptions {
  /** The stored bag; `null`/`undefined` (still loading) counts as empty. */
  value: Metadata | null | undefined;
  /** The limits in force; by default the adapter's limits for `scope` (Scalekit's without a provider). */
  limits?: MetadataLimits;
  /** Which bag this is: `user` (default), `membership` or `organization` (10 pairs on Scalekit). */
  scope?: MetadataScope;
  /**
   * Whether a stored key may be removed or renamed; by default the adapter's
   * `capabilities.metadata.keyDeletion` (true without a provider). Where false, only values change.
   */
  keyDeletion?: boolean;
  /**
   * While true, changes of `value` wait. Set it while a save is in flight: an optimistic value, or its
   * rollback on failure, must never replace what the user typed.
   */
  hold?: boolean;
}

/** What useMetadataEditor returns: rows, their issues, the patch to send and the actions on rows. */
export interface UseMetadataEditorReturn {
  /** The rows, in order: stored ones (by key) first, then the ones the user added. */
  entries: readonly MetadataRow[];
  /** Every issue of the edited rows; `index` is the row's position in `entries`. */
  issues: readonly MetadataIssue[];
  /** The pair-count issue, when the bag holds more pairs than the limit (shown on the whole editor). */
  countIssue: Extract<MetadataIssue, { code: 'too_many_pairs' }> | null;
  /** Every issue about the whole bag (its pair count, its size), shown once on the editor. */
  bagIssues: readonly MetadataBagIssue[];
  /** Whether stored keys may be removed or renamed (the backend can delete keys). */
  keyDeletion: boolean;
  /** True when a row's key is stored and cannot be deleted: it keeps its key and cannot be removed. */
  isKeyLocked: (id: string) => boolean;
  /** Only the changed keys: set for added or edited string values, `null` for removed keys. */
  patch: MetadataPatch;
  /** True when `patch` names at least one key. */
  isDirty: boolean;
  /** True when no row has an issue. */
  isValid: boolean;
  /** The limits in force. */
  limits: MetadataLimits;
  /** How many pairs the bag would hold. */
  count: number;
  /** True when no further pair may be added. */
  atLimit: boolean;
  /** The stored bag the patch is computed from (reserved keys left out). */
  baseline: Metadata;
  /** Appends an empty row and returns its id (does nothing and returns null at the limit). */
  add: () => string | null;
  /** Removes a row (read-only rows, and stored rows where keys cannot be deleted, stay). */
  remove: (id: string) => void;
  /** Changes a row's key or value (read-only rows stay as they are; a locked key stays). */
  update: (id: string, change: { key?: string; value?: string }) => void;
  /** Drops every edit; with a bag, starts over from it. */
  reset: (next?: Metadata) => void;
  /** Records that the user left an input, so issues that would be noise while typing may show. */
  touch: (id: string, field: MetadataRowField) => void;
  /** Shows every issue, as on a save attempt. */
  revealIssues: () => void;
  /** The issues to show on one input now. */
  visibleIssues: (id: string, field: MetadataRowField) => MetadataIssue[];
  /** A message the backend returned for a row (by its key), until the row changes. */
  serverError: (id: string) => string | undefined;
  /** Puts the backend's per-key messages (`{ plan: '…' }`) on the rows holding those keys. */
  setServerErrors: (byKey: Readonly<Record<string, string>>) => void;
}
