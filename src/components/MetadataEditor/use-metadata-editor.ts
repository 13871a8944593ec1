'use client';
import { useCallback, useContext, useId, useMemo, useRef, useState } from 'react';
import type { Metadata, MetadataPatch } from '../../core/json.ts';
import { type MetadataLimits, scalekitLimits } from '../../core/limits.ts';
import { isBagIssue, type MetadataBagIssue, type MetadataIssue } from '../../core/metadata.ts';
import { TeamkitContext } from '../../react/teamkit-context.ts';
import {
  fieldOfIssue,
  isKeyLocked,
  isQuietIssue,
  type MetadataRow,
  type MetadataRowField,
  metadataSignature,
  patchFromRows,
  rebaseRows,
  rowsFromMetadata,
  validateRows,
  withoutReservedKeys,
} from './metadata-rows.ts';

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

interface EditorState {
  baseline: Metadata;
  signature: string;
  rows: MetadataRow[];
  touched: ReadonlySet<string>;
  revealed: boolean;
  serverErrors: Readonly<Record<string, string>>;
}

const limitsByScope = {
  user: 'userMetadata',
  membership: 'membershipMetadata',
  organization: 'organizationMetadata',
} as const;

const touchKey = (id: string, field: MetadataRowField) => `${id}:${field}`;

/**
 * Headless state of a metadata editor: the rows a user edits, the issues found against the limits in
 * force, and the smallest patch to send. Use it with `<MetadataEditor editor={…} />` inside a larger
 * form, or let `<MetadataEditor value onSave />` run it for you.
 */
export function useMetadataEditor(options: UseMetadataEditorOptions): UseMetadataEditorReturn {
  const { value, scope = 'user', hold = false } = options;
  const context = useContext(TeamkitContext);
  const limits = options.limits ?? (context?.adapter.limits ?? scalekitLimits)[limitsByScope[scope]];
  const keyDeletion = options.keyDeletion ?? context?.adapter.capabilities?.metadata.keyDeletion ?? true;
  const idPrefix = useId();
  const counter = useRef(0);
  const nextId = useCallback(() => {
    counter.current += 1;
    return `${idPrefix}row${counter.current}`;
  }, [idPrefix]);

  const incoming = useMemo(() => withoutReservedKeys(value), [value]);
  const signature = useMemo(() => metadataSignature(incoming), [incoming]);
  const [state, setState] = useState<EditorState>(() => ({
    baseline: incoming,
    signature,
    rows: rowsFromMetadata(incoming, nextId),
    touched: new Set(),
    revealed: false,
    serverErrors: {},
  }));

  // The stored bag changed (saved, refetched, edited elsewhere): follow it without losing edits.
  if (!hold && signature !== state.signature) {
    setState({
      ...state,
      baseline: incoming,
      signature,
      rows: rebaseRows(state.rows, state.baseline, incoming, nextId),
    });
  }

  const { rows, baseline, touched, revealed, serverErrors } = state;
  const issues = useMemo(() => validateRows(rows, baseline, limits), [rows, baseline, limits]);
  const patch = useMemo(() => patchFromRows(rows, baseline), [rows, baseline]);
  const countIssue =
    issues.find(
      (issue): issue is Extract<MetadataIssue, { code: 'too_many_pairs' }> => issue.code === 'too_many_pairs',
    ) ?? null;
  const bagIssues = useMemo(() => issues.filter(isBagIssue), [issues]);
  const atLimit = rows.length >= limits.maxPairs;

  const add = useCallback((): string | null => {
    if (atLimit) return null;
    const id = nextId();
    setState((current) => ({
      ...current,
      rows: [...current.rows, { id, key: '', value: '', origin: null, editable: true }],
    }));
    return id;
  }, [atLimit, nextId]);

  const remove = useCallback(
    (id: string) => {
      setState((current) => ({
        ...current,
        rows: current.rows.filter((row) => row.id !== id || !row.editable || isKeyLocked(row, keyDeletion)),
      }));
    },
    [keyDeletion],
  );

  const update = useCallback(
    (id: string, change: { key?: string; value?: string }) => {
      setState((current) => {
        const { [id]: _cleared, ...serverErrors } = current.serverErrors;
        return {
          ...current,
          serverErrors,
          rows: current.rows.map((row) =>
            row.id === id && row.editable
              ? {
                  ...row,
                  key: isKeyLocked(row, keyDeletion) ? row.key : (change.key ?? row.key),
                  value: change.value ?? row.value,
                }
              : row,
          ),
        };
      });
    },
    [keyDeletion],
  );

  const isRowKeyLocked = useCallback(
    (id: string) => {
      const row = rows.find((candidate) => candidate.id === id);
      return row !== undefined && isKeyLocked(row, keyDeletion);
    },
    [rows, keyDeletion],
  );

  const reset = useCallback(
    (next?: Metadata) => {
      setState((current) => {
        const baseline = next === undefined ? current.baseline : withoutReservedKeys(next);
        return {
          baseline,
          signature: metadataSignature(baseline),
          rows: rowsFromMetadata(baseline, nextId),
          touched: new Set(),
          revealed: false,
          serverErrors: {},
        };
      });
    },
    [nextId],
  );

  const touch = useCallback((id: string, field: MetadataRowField) => {
    setState((current) => {
      const key = touchKey(id, field);
      if (current.touched.has(key)) return current;
      return { ...current, touched: new Set(current.touched).add(key) };
    });
  }, []);

  const revealIssues = useCallback(() => {
    setState((current) => (current.revealed ? current : { ...current, revealed: true }));
  }, []);

  const visibleIssues = useCallback(
    (id: string, field: MetadataRowField) => {
      const index = rows.findIndex((row) => row.id === id);
      return issues.filter(
        (issue) =>
          !isBagIssue(issue) &&
          issue.index === index &&
          fieldOfIssue(issue) === field &&
          (!isQuietIssue(issue) || revealed || touched.has(touchKey(id, field))),
      );
    },
    [rows, issues, revealed, touched],
  );

  const serverError = useCallback((id: string) => serverErrors[id], [serverErrors]);

  const setServerErrors = useCallback((byKey: Readonly<Record<string, string>>) => {
    setState((current) => {
      const byRow: Record<string, string> = {};
      for (const row of current.rows) {
        const key = row.key.trim();
        if (Object.hasOwn(byKey, key)) byRow[row.id] = byKey[key] as string;
      }
      return { ...current, serverErrors: byRow };
    });
  }, []);

  return {
    entries: rows,
    issues,
    countIssue,
    bagIssues,
    keyDeletion,
    isKeyLocked: isRowKeyLocked,
    patch,
    isDirty: Object.keys(patch).length > 0,
    isValid: issues.length === 0,
    limits,
    count: rows.length,
    atLimit,
    baseline,
    add,
    remove,
    update,
    reset,
    touch,
    revealIssues,
    visibleIssues,
    serverError,
    setServerErrors,
  };
}
