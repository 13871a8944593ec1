/**
 * Where an adapter keeps the first result of each idempotency key, so a retried invite returns it
 * instead of inviting twice. Async so a server can back it with Redis or a database and share it
 * between processes; keys are namespaced by the adapter (organization and key).
 */
export interface IdempotencyStore {
  /** The result stored under `key`, or undefined when there is none or it outlived its TTL. */
  get(key: string): Promise<unknown>;
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing any earlier value. */
  put(key: string, value: unknown, ttlMs: number): Promise<void>;
}

/** How long an invite's result is kept by default: a day, longer than any client retries. */
export const defaultIdempotencyTtlMs = 24 * 60 * 60 * 1000;

/**
 * An IdempotencyStore in this process's memory: right for the memory adapter, tests and a single
 * server process; lost on restart. Expired entries are dropped when read or when another is written.
 * `now` is injectable so fake timers control expiry.
 */
export function createMemoryIdempotencyStore(now: () => number = () => Date.now()): IdempotencyStore {
  const entries = new Map<string, { value: unknown; expiresAt: number }>();
  const sweep = () => {
    const time = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
  };
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return structuredClone(entry.value);
    },
    async put(key, value, ttlMs) {
      sweep();
      entries.set(key, { value: structuredClone(value), expiresAt: now() + ttlMs });
    },
  };
}
