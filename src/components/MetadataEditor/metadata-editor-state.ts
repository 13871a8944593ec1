import type { Metadata } from '../../core/json.ts';
import {
  isKeyLocked,
  type MetadataRow,
  type MetadataRowField,
  metadataSignature,
  rowsFromMetadata,
} from './metadata-rows.ts';

/**
 * What useMetadataEditor keeps between renders, and the pure changes its actions make to it: the rows
 * as typed, the stored bag they started from, which inputs the person left, and the backend's messages.
 */
export interface MetadataEditorState {
  /** The stored bag the rows are compared with. */
  baseline: Metadata;
  /** The baseline's signature, to notice a new stored bag by value. */
  signature: string;
  /** The rows, stored ones first. */
  rows: MetadataRow[];
  /** The inputs the person left (`${rowId}:${field}`). */
  touched: ReadonlySet<string>;
  /** Whether every issue shows, as after a save attempt. */
  revealed: boolean;
  /** The backend's messages, by row id. */
  serverErrors: Readonly<Record<string, string>>;
}

/** The key under which a row's input is recorded as touched. */
export const touchKey = (id: string, field: MetadataRowField) => `${id}:${field}`;

/** A fresh state over a stored bag: its rows, nothing touched, no messages. */
export function startMetadataEditor(baseline: Metadata, nextId: () => string): MetadataEditorState {
  return {
    baseline,
    signature: metadataSignature(baseline),
    rows: rowsFromMetadata(baseline, nextId),
    touched: new Set(),
    revealed: false,
    serverErrors: {},
  };
}

/** Without row `id`, unless it is read-only or its stored key cannot be deleted. */
export function withoutRow(
  state: MetadataEditorState,
  id: string,
  keyDeletion: boolean,
): MetadataEditorState {
  return {
    ...state,
    rows: state.rows.filter((row) => row.id !== id || !row.editable || isKeyLocked(row, keyDeletion)),
  };
}

/** Row `id` changed (a locked key stays; a read-only row stays); its backend message ends. */
export function withRowChanged(
  state: MetadataEditorState,
  id: string,
  change: { key?: string; value?: string },
  keyDeletion: boolean,
): MetadataEditorState {
  const { [id]: _cleared, ...serverErrors } = state.serverErrors;
  return {
    ...state,
    serverErrors,
    rows: state.rows.map((row) =>
      row.id === id && row.editable
        ? {
            ...row,
            key: isKeyLocked(row, keyDeletion) ? row.key : (change.key ?? row.key),
            value: change.value ?? row.value,
          }
        : row,
    ),
  };
}

/** The backend's per-key messages (`{ plan: '…' }`) put on the rows holding those keys. */
export function withServerErrors(
  state: MetadataEditorState,
  byKey: Readonly<Record<string, string>>,
): MetadataEditorState {
  const byRow: Record<string, string> = {};
  for (const row of state.rows) {
    const key = row.key.trim();
    if (Object.hasOwn(byKey, key)) byRow[row.id] = byKey[key] as string;
  }
  return { ...state, serverErrors: byRow };
}
