/**
 * What a handler shares between requests, and between processes when a host runs several: rate-limit
 * counters and the first result of each idempotency key. `get`/`put` have the shape of the core's
 * `IdempotencyStore`, so one store can also be handed to an adapter that keeps idempotent results.
 */
export interface TeamkitServerStore {
  /** The value stored under `key`, or undefined when there is none or it outlived its TTL. */
  get(key: string): Promise<unknown>;
  /** Stores `value` (anything JSON can carry) under `key` for `ttlMs` milliseconds, replacing any earlier value. */
  put(key: string, value: unknown, ttlMs: number): Promise<void>;
  /**
   * Takes `key` for `ttlMs` milliseconds if nobody holds it, in one atomic step (Redis `SET NX`): true
   * when this caller got it. Two requests with one idempotency key race here, and only one proceeds.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Lets go of a claim (or forgets a value) now rather than when its TTL ends. */
  release(key: string): Promise<void>;
  /**
   * Counts one hit in the fixed window named `key`, which starts at the first hit and lasts `windowMs`:
   * the hits so far in it, and the milliseconds until it ends.
   */
  hit(key: string, windowMs: number): Promise<RateWindow>;
}

/** One rate-limit window as counted by a store. */
export interface RateWindow {
  /** Hits in the window so far, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again. */
  resetInMs: number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * A store in this process's memory: the default, right for one server process (and tests); lost on
 * restart and not shared, so a host running several processes behind a balancer needs the Redis
 * store. Expired entries are dropped when read and swept when the map grows. `now` is injectable so
 * tests control time.
 */
export function createMemoryStore(now: () => number = () => Date.now()): TeamkitServerStore {
  const entries = new Map<string, Entry>();
  let writesSinceSweep = 0;

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (key: string, value: unknown, ttlMs: number) => {
    // A sweep per thousand writes keeps a flood of one-off keys from growing the map without bound.
    writesSinceSweep += 1;
    if (writesSinceSweep >= 1000) {
      writesSinceSweep = 0;
      const time = now();
      for (const [k, entry] of entries) if (entry.expiresAt <= time) entries.delete(k);
    }
    entries.set(key, { value, expiresAt: now() + ttlMs });
  };

  return {
    async get(key) {
      const entry = live(key);
      // A copy, as a shared store would hand back: a caller that changes it changes nothing stored.
      return entry === undefined ? undefined : structuredClone(entry.value);
    },
    async put(key, value, ttlMs) {
      write(key, structuredClone(value), ttlMs);
    },
    async claim(key, ttlMs) {
      if (live(key)) return false;
      write(key, true, ttlMs);
      return true;
    },
    async release(key) {
      entries.delete(key);
    },
    async hit(key, windowMs) {
      const entry = live(key);
      if (!entry) {
        write(key, 1, windowMs);
        return { count: 1, resetInMs: windowMs };
      }
      entry.value = (entry.value as number) + 1;
      return { count: entry.value as number, resetInMs: entry.expiresAt - now() };
    },
  };
}
