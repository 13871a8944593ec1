import { isPlainObject } from '../../core/json.ts';
import type { MemoryData } from './memory-data.ts';

/** Where a memory backend keeps its state between page loads. */
export interface PersistOptions {
  /** The storage key. */
  key: string;
  /** The storage; `localStorage` when absent (looked up only when used, never at import). */
  storage?: Storage;
}

/** Version of the stored format: bump it when MemoryData changes shape, and old saves are replaced. */
export const storageFormat = 2;

interface StoredState {
  format: number;
  /** Which seed options produced the data: other options start from a fresh seed. */
  fingerprint: string;
  data: MemoryData;
}

function resolveStorage(options: PersistOptions): Storage | null {
  if (options.storage) return options.storage;
  try {
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null; // Storage disabled (privacy settings, sandboxed iframes) throws on access.
  }
}

function looksLikeMemoryData(value: unknown): value is MemoryData {
  return (
    isPlainObject(value) &&
    isPlainObject(value.organizations) &&
    isPlainObject(value.roles) &&
    isPlainObject(value.users) &&
    Array.isArray(value.memberships) &&
    Array.isArray(value.definitions) &&
    typeof value.sequence === 'number'
  );
}

/** The saved data, or null when there is none or it is corrupt, from an older format or other options. */
export function loadPersisted(options: PersistOptions, fingerprint: string): MemoryData | null {
  try {
    const text = resolveStorage(options)?.getItem(options.key);
    if (!text) return null;
    const state = JSON.parse(text) as Partial<StoredState> | null;
    if (!state || state.format !== storageFormat || state.fingerprint !== fingerprint) return null;
    return looksLikeMemoryData(state.data) ? state.data : null;
  } catch {
    return null;
  }
}

/** Saves the data; a full or unavailable storage is ignored (the backend keeps working in memory). */
export function savePersisted(options: PersistOptions, fingerprint: string, data: MemoryData): void {
  try {
    const state: StoredState = { format: storageFormat, fingerprint, data };
    resolveStorage(options)?.setItem(options.key, JSON.stringify(state));
  } catch {
    // Quota exceeded or storage disabled: nothing to do but keep the state in memory.
  }
}

/** Forgets the saved data. */
export function clearPersisted(options: PersistOptions): void {
  try {
    resolveStorage(options)?.removeItem(options.key);
  } catch {
    // Storage unavailable: there is nothing saved to forget.
  }
}
