'use client';
import { useSyncExternalStore } from 'react';
import type { FieldHandlers, FieldSnapshot, FieldStore } from './field-store.ts';

/** One field's value, error and handlers, re-rendering its component only when the value or error changes. */
export function useFieldBinding(store: FieldStore, name: string): FieldSnapshot & FieldHandlers {
  const read = () => store.snapshot(name);
  const snapshot = useSyncExternalStore(store.subscriber(name), read, read);
  return { ...snapshot, ...store.handlers(name) };
}
