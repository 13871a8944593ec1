/**
 * Where the handler keeps attribute definitions administrators manage, over a backend that cannot
 * (Scalekit's and Auth0's APIs offer no such writes to the kit): the whole list, as JSON, read and
 * written whole. The rules are core's (definition-changes.ts); a store only keeps what they produce.
 */
export interface DefinitionsStore {
  /** The stored list, or null before the first change (the backend's list is then the start). */
  read(signal?: AbortSignal): Promise<unknown[] | null>;
  /**
   * Replaces the stored list. Changes are read-modify-write: two administrators saving at the same
   * moment, last one wins (definitions change rarely; a store over a database may add a version check).
   */
  write(definitions: unknown[], signal?: AbortSignal): Promise<void>;
}

/**
 * A definitions store in this process's memory: right for one server process and tests; lost on
 * restart and not shared between processes (keep the list in the host's database for that).
 */
export function createMemoryDefinitionsStore(initial: unknown[] | null = null): DefinitionsStore {
  let stored: unknown[] | null = initial ? structuredClone(initial) : null;
  return {
    read: async () => (stored ? structuredClone(stored) : null),
    write: async (definitions) => {
      stored = structuredClone(definitions);
    },
  };
}
