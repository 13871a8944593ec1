import type { JsonValue, Metadata, MetadataPatch } from './json.ts';
import { isReservedKey, type MetadataLimits } from './limits.ts';

/** One row of a metadata editor: what the user sees and types. */
export interface MetadataEntry {
  /** The key as typed. */
  key: string;
  /** The value: a string the user can edit, or any other JSON value shown read-only. */
  value: JsonValue;
}

/** Why a metadata row or bag is refused: a stable code, with the numbers a message needs. */
export type MetadataIssue =
  | { code: 'key_empty'; index: number }
  | { code: 'key_too_short'; index: number; min: number }
  | { code: 'key_too_long'; index: number; max: number }
  | { code: 'key_reserved'; index: number; key: string }
  | { code: 'key_duplicate'; index: number; key: string }
  | { code: 'key_forbidden_character'; index: number; character: string }
  | { code: 'key_not_deletable'; index: number; key: string }
  | { code: 'value_empty'; index: number }
  | { code: 'value_too_long'; index: number; max: number }
  | { code: 'too_many_pairs'; max: number; count: number }
  | { code: 'too_many_shared_pairs'; max: number; count: number }
  | { code: 'too_many_bytes'; max: number; size: number };

/** The issues that concern a whole bag rather than one row: shown once, on the editor. */
export type MetadataBagIssue = Extract<
  MetadataIssue,
  { code: 'too_many_pairs' | 'too_many_shared_pairs' | 'too_many_bytes' }
>;

/** True for an issue about the whole bag (its pair count or size), not about one row. */
export function isBagIssue(issue: MetadataIssue): issue is MetadataBagIssue {
  return (
    issue.code === 'too_many_pairs' ||
    issue.code === 'too_many_shared_pairs' ||
    issue.code === 'too_many_bytes'
  );
}

/** What a backend can do with a bag beyond its limits (from `capabilities.metadata`). */
export interface MetadataRules {
  /** False when a key, once stored, can never be deleted (Scalekit): a `null` in a patch is refused. */
  keyDeletion: boolean;
}

const defaultRules: MetadataRules = { keyDeletion: true };

const encoder = new TextEncoder();

/** The size of a bag as the backend would store it: its JSON, in UTF-8 bytes. */
export function metadataByteSize(metadata: Metadata): number {
  return encoder.encode(JSON.stringify(metadata)).length;
}

/** The first character of `key` that the limits forbid, or null. */
function forbiddenCharacterIn(key: string, limits: MetadataLimits): string | null {
  const forbidden = limits.keyForbiddenCharacters;
  if (!forbidden) return null;
  for (const character of key) if (forbidden.includes(character)) return character;
  return null;
}

/** English wording of each issue, for logs and as the fallback of the components' message catalogue. */
export function describeMetadataIssue(issue: MetadataIssue): string {
  switch (issue.code) {
    case 'key_empty':
      return 'Enter a key.';
    case 'key_too_short':
      return `Use at least ${issue.min} characters for the key.`;
    case 'key_too_long':
      return `Use at most ${issue.max} characters for the key.`;
    case 'key_reserved':
      return `“${issue.key}” is reserved. Choose another key.`;
    case 'key_duplicate':
      return `The key “${issue.key}” is used more than once. Keys must be unique.`;
    case 'key_forbidden_character':
      return `Keys cannot contain “${issue.character}”. Use another character, such as “_”.`;
    case 'key_not_deletable':
      return `“${issue.key}” cannot be removed: this backend cannot delete keys. Change its value instead.`;
    case 'value_empty':
      return 'Enter a value, or remove the row.';
    case 'value_too_long':
      return `Use at most ${issue.max} characters for the value.`;
    case 'too_many_pairs':
      return `At most ${issue.max} pairs are allowed; there are ${issue.count}. Remove ${issue.count - issue.max}.`;
    case 'too_many_shared_pairs':
      return `User and app metadata share one map of at most ${issue.max} pairs; together they hold ${issue.count}. Remove ${issue.count - issue.max}.`;
    case 'too_many_bytes':
      return `The metadata may take at most ${issue.max} bytes; it takes ${issue.size}. Shorten or remove some values.`;
  }
}

/**
 * Checks edited rows against a backend's limits. Only string values are checked for length: other
 * JSON values come from the backend and are kept as they are.
 */
export function validateMetadataEntries(
  entries: readonly MetadataEntry[],
  limits: MetadataLimits,
): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = entry.key.trim();
    if (key === '') issues.push({ code: 'key_empty', index });
    else if (isReservedKey(key)) issues.push({ code: 'key_reserved', index, key });
    else if (key.length < limits.keyMinLength)
      issues.push({ code: 'key_too_short', index, min: limits.keyMinLength });
    else if (key.length > limits.keyMaxLength)
      issues.push({ code: 'key_too_long', index, max: limits.keyMaxLength });
    else if (seen.has(key)) issues.push({ code: 'key_duplicate', index, key });
    else {
      const character = forbiddenCharacterIn(key, limits);
      if (character !== null) issues.push({ code: 'key_forbidden_character', index, character });
    }
    seen.add(key);
    if (typeof entry.value === 'string') {
      if (entry.value.length < limits.valueMinLength) issues.push({ code: 'value_empty', index });
      else if (entry.value.length > limits.valueMaxLength)
        issues.push({ code: 'value_too_long', index, max: limits.valueMaxLength });
    }
  });
  if (entries.length > limits.maxPairs) {
    issues.push({ code: 'too_many_pairs', max: limits.maxPairs, count: entries.length });
  }
  if (limits.maxBytes !== undefined) {
    const size = metadataByteSize(entriesToMetadata(entries));
    if (size > limits.maxBytes) issues.push({ code: 'too_many_bytes', max: limits.maxBytes, size });
  }
  return issues;
}

/** The bag that rows describe (keys trimmed; a later row wins a duplicate key). */
export function entriesToMetadata(entries: readonly MetadataEntry[]): Metadata {
  const metadata: Record<string, JsonValue> = {};
  for (const entry of entries) {
    const key = entry.key.trim();
    if (!isReservedKey(key)) metadata[key] = entry.value;
  }
  return metadata;
}

/** The rows of a metadata bag, in key order, skipping reserved keys a backend should never have sent. */
export function metadataToEntries(metadata: Metadata | null | undefined): MetadataEntry[] {
  if (!metadata) return [];
  return Object.keys(metadata)
    .filter((key) => !isReservedKey(key))
    .sort()
    .map((key) => ({ key, value: metadata[key] as JsonValue }));
}

/**
 * The smallest patch from `original` to the edited rows: changed and added string keys are set,
 * removed keys become `null`, untouched keys and non-string values are not sent.
 */
export function buildMetadataPatch(original: Metadata, edited: readonly MetadataEntry[]): MetadataPatch {
  const patch: Record<string, string | null> = Object.create(null);
  const kept = new Set<string>();
  for (const entry of edited) {
    const key = entry.key.trim();
    kept.add(key);
    if (typeof entry.value !== 'string') continue;
    if (original[key] !== entry.value) patch[key] = entry.value;
  }
  for (const key of Object.keys(original)) {
    if (!kept.has(key)) patch[key] = null;
  }
  return { ...patch };
}

/** Applies a metadata patch to a bag, returning a new bag (the memory adapter's merge-by-key). */
export function applyMetadataPatch(metadata: Metadata, patch: MetadataPatch): Metadata {
  const next: Record<string, JsonValue> = { ...metadata };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/**
 * Checks a patch against limits as the backend would after merging it: the rows that result, reserved
 * keys anywhere in the patch, and, where `rules.keyDeletion` is false, every `null` (index -1: the key
 * is named, not a row), so a deletion the backend cannot perform is never sent.
 */
export function validateMetadataPatch(
  current: Metadata,
  patch: MetadataPatch,
  limits: MetadataLimits,
  rules: MetadataRules = defaultRules,
): MetadataIssue[] {
  const reserved = Object.keys(patch).filter(isReservedKey);
  if (reserved.length > 0) return reserved.map((key) => ({ code: 'key_reserved', index: -1, key }));
  if (!rules.keyDeletion) {
    const deleted = Object.keys(patch).filter((key) => patch[key] === null);
    if (deleted.length > 0) return deleted.map((key) => ({ code: 'key_not_deletable', index: -1, key }));
  }
  const merged = applyMetadataPatch(current, patch);
  const changed = new Set(Object.keys(patch));
  // Rows the backend already held are not re-judged on key length: only what this patch sets.
  const entries = metadataToEntries(merged);
  return validateMetadataEntries(entries, limits).filter((issue) => {
    if (isBagIssue(issue)) return true;
    const entry = entries[issue.index];
    return entry !== undefined && changed.has(entry.key);
  });
}
