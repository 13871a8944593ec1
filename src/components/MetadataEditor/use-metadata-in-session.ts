'use client';
import { useEffect, useMemo, useRef } from 'react';
import type { SessionValues } from '../../core/edit-session/edit-session.ts';
import { type FieldEquality, sameFieldValue } from '../../core/edit-session/merge-fields.ts';
import type { JsonValue, Metadata } from '../../core/json.ts';
import {
  type UseMetadataEditorOptions,
  type UseMetadataEditorReturn,
  useMetadataEditor,
} from './use-metadata-editor.ts';

/**
 * Equality of metadata values: text as typed (an empty value is a value, one the rows refuse, not a
 * missing key), other JSON structurally.
 */
export const metadataEquals: FieldEquality = (field, a, b) =>
  typeof a === 'string' || typeof b === 'string' ? a === b : sameFieldValue(field, a, b);

/** The metadata bag held in session values whose fields are `${prefix}${key}`. */
export function metadataOfValues(values: SessionValues, prefix: string): Metadata {
  const bag: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(values)) {
    if (field.startsWith(prefix) && value !== null && value !== undefined) {
      bag[field.slice(prefix.length)] = value as JsonValue;
    }
  }
  return bag;
}

/** Session values holding a metadata bag, each key as the field `${prefix}${key}`. */
export function valuesOfMetadata(metadata: Metadata, prefix: string): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(metadata)) values[`${prefix}${key}`] = value;
  return values;
}

/**
 * Metadata rows inside an edit session: the rows are the draft of the fields `${prefix}${key}`, so each
 * change of a row is an `edit` of the session, and the rows follow what the session holds as stored
 * (never the cache itself, which shows a save's optimistic value and its rollback).
 */
export function useMetadataInSession(
  options: Omit<UseMetadataEditorOptions, 'value' | 'hold'>,
  session: { base: SessionValues; draft: SessionValues },
  edit: (field: string, value: unknown) => void,
  prefix: string,
): UseMetadataEditorReturn {
  const stored = useMemo(() => metadataOfValues(session.base, prefix), [session.base, prefix]);
  const metadata = useMetadataEditor({ ...options, value: stored });

  // Keys the rows changed at the last sync: one that leaves the patch goes back to its stored value.
  const edited = useRef(new Set<string>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: the patch is what the rows changed.
  useEffect(() => {
    const keys = new Set([...edited.current, ...Object.keys(metadata.patch)]);
    for (const key of keys) {
      const field = `${prefix}${key}`;
      const value = Object.hasOwn(metadata.patch, key) ? metadata.patch[key] : metadata.baseline[key];
      if (!metadataEquals(field, value, session.draft[field])) edit(field, value ?? null);
    }
    edited.current = new Set(Object.keys(metadata.patch));
  }, [metadata.patch]);

  return metadata;
}
