import type { JsonValue, Metadata, MetadataPatch } from '../../core/json.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import {
  buildMetadataPatch,
  isBagIssue,
  type MetadataEntry,
  type MetadataIssue,
  metadataToEntries,
  validateMetadataEntries,
} from '../../core/metadata.ts';
import { hugeData } from '../shared/huge-data.ts';

/** One row of the editor: an entry plus what the editor needs to track it across edits and refetches. */
export interface MetadataRow extends MetadataEntry {
  /** Stable identity for React keys and focus; never sent. */
  id: string;
  /** The stored key this row was loaded from, or null for a row the user added. */
  origin: string | null;
  /** False for values that are not strings (objects, numbers … from other backends): shown, never edited. */
  editable: boolean;
}

/** Which input of a row an issue belongs to. */
export type MetadataRowField = 'key' | 'value';

/** The bag without keys the kit refuses, so a patch never names (and so never removes) one. */
export function withoutReservedKeys(metadata: Metadata | null | undefined): Metadata {
  const clean: Record<string, JsonValue> = {};
  for (const entry of metadataToEntries(metadata)) clean[entry.key] = entry.value;
  return clean;
}

/** A cheap, order-independent fingerprint of a bag, to notice when the stored value changed. */
export function metadataSignature(metadata: Metadata | null | undefined): string {
  return JSON.stringify(metadataToEntries(metadata).map((entry) => [entry.key, entry.value]));
}

function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** True when a row still holds exactly what the backend stored under its key. */
export function isPristine(row: MetadataRow, baseline: Metadata): boolean {
  return (
    row.origin !== null &&
    row.key === row.origin &&
    Object.hasOwn(baseline, row.origin) &&
    jsonEqual(row.value, baseline[row.origin])
  );
}

/** Text a person can edit here: not other JSON, and not so long that an input would stall the page. */
function isEditableValue(value: JsonValue | undefined): boolean {
  return typeof value === 'string' && value.length <= hugeData.editableValue;
}

/** The rows that show a stored bag, in key order. */
export function rowsFromMetadata(metadata: Metadata, nextId: () => string): MetadataRow[] {
  return metadataToEntries(metadata).map((entry) => ({
    ...entry,
    id: nextId(),
    origin: entry.key,
    editable: isEditableValue(entry.value),
  }));
}

/**
 * Carries the user's edits over to a new stored bag (after a save or a refetch): untouched rows
 * follow the backend, edited and added rows keep what was typed, keys new upstream are appended.
 */
export function rebaseRows(
  rows: readonly MetadataRow[],
  oldBaseline: Metadata,
  newBaseline: Metadata,
  nextId: () => string,
): MetadataRow[] {
  const result: MetadataRow[] = [];
  const present = new Set<string>();
  for (const row of rows) {
    if (isPristine(row, oldBaseline)) {
      const key = row.origin as string;
      if (!Object.hasOwn(newBaseline, key)) continue;
      const value = newBaseline[key] as JsonValue;
      result.push({ ...row, value, editable: isEditableValue(value) });
      present.add(key);
    } else {
      const key = row.key.trim();
      result.push({ ...row, origin: Object.hasOwn(newBaseline, key) ? key : null });
      present.add(key);
    }
  }
  for (const entry of metadataToEntries(newBaseline)) {
    // A key the user removed stays removed; only keys that appeared upstream are added.
    if (present.has(entry.key) || Object.hasOwn(oldBaseline, entry.key)) continue;
    result.push({
      ...entry,
      id: nextId(),
      origin: entry.key,
      editable: typeof entry.value === 'string',
    });
  }
  return result;
}

/**
 * The issues of the edited rows, indexed by row. Rows the backend already holds are not re-judged
 * (another backend's keys may break Scalekit's rules), and when a key is used twice the row the user
 * touched is the one blamed, never the stored one: stored rows are validated first.
 */
export function validateRows(
  rows: readonly MetadataRow[],
  baseline: Metadata,
  limits: MetadataLimits,
): MetadataIssue[] {
  const pristine = rows.map((row) => isPristine(row, baseline));
  const order = [...rows.keys()].sort((a, b) => Number(pristine[b]) - Number(pristine[a]) || a - b);
  const ordered = order.map((index) => rows[index] as MetadataRow);
  const issues: MetadataIssue[] = [];
  for (const issue of validateMetadataEntries(ordered, limits)) {
    if (isBagIssue(issue)) {
      issues.push(issue);
      continue;
    }
    const index = order[issue.index] as number;
    if (pristine[index]) continue;
    issues.push({ ...issue, index });
  }
  return issues;
}

/** The smallest patch from the stored bag to the rows (reserved keys never named). */
export function patchFromRows(rows: readonly MetadataRow[], baseline: Metadata): MetadataPatch {
  return buildMetadataPatch(
    baseline,
    rows.map(({ key, value }) => ({ key, value })),
  );
}

/**
 * True for a row whose key is stored on a backend that cannot delete keys: renaming it or removing it
 * would need a deletion, so only its value may change.
 */
export function isKeyLocked(row: MetadataRow, keyDeletion: boolean): boolean {
  return !keyDeletion && row.origin !== null;
}

/** Which input an issue is shown on; the pair count and the size belong to the whole editor. */
export function fieldOfIssue(issue: MetadataIssue): MetadataRowField | null {
  if (isBagIssue(issue)) return null;
  return issue.code.startsWith('key_') ? 'key' : 'value';
}

/** Issues that would be noise while someone is still typing: shown after leaving the field or on save. */
export function isQuietIssue(issue: MetadataIssue): boolean {
  return issue.code === 'key_empty' || issue.code === 'key_too_short' || issue.code === 'value_empty';
}
