'use client';
import { useCallback, useContext, useId, useMemo, useRef, useState } from 'react';
import type { Metadata } from '../../core/json.ts';
import { scalekitLimits } from '../../core/limits.ts';
import { isBagIssue, type MetadataIssue } from '../../core/metadata.ts';
import { TeamkitContext } from '../../react/teamkit-context.ts';
import {
  startMetadataEditor,
  touchKey,
  withoutRow,
  withRowChanged,
  withServerErrors,
} from './metadata-editor-state.ts';
import type { UseMetadataEditorOptions, UseMetadataEditorReturn } from './metadata-editor-types.ts';
import {
  fieldOfIssue,
  isKeyLocked,
  isQuietIssue,
  type MetadataRowField,
  metadataSignature,
  patchFromRows,
  rebaseRows,
  validateRows,
  withoutReservedKeys,
} from './metadata-rows.ts';

// The options and result types live with their docs in metadata-editor-types.ts; imported from here too.
export type {
  MetadataScope,
  UseMetadataEditorOptions,
  UseMetadataEditorReturn,
} from './metadata-editor-types.ts';

/** The adapter's limits that apply to each bag. */
const limitsByScope = {
  user: 'userMetadata',
  membership: 'membershipMetadata',
  organization: 'organizationMetadata',
} as const;

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
  const [state, setState] = useState(() => startMetadataEditor(incoming, nextId));

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
    (id: string) => setState((current) => withoutRow(current, id, keyDeletion)),
    [keyDeletion],
  );

  const update = useCallback(
    (id: string, change: { key?: string; value?: string }) =>
      setState((current) => withRowChanged(current, id, change, keyDeletion)),
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
    (next?: Metadata) =>
      setState((current) =>
        startMetadataEditor(next === undefined ? current.baseline : withoutReservedKeys(next), nextId),
      ),
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

  const setServerErrors = useCallback(
    (byKey: Readonly<Record<string, string>>) => setState((current) => withServerErrors(current, byKey)),
    [],
  );

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
