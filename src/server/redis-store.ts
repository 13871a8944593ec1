import type { RateWindow, TeamkitServerStore } from './store.ts';

/**
 * The one method the Redis store needs from a client: node-redis's (`redis` / `@redis/client`, v4 and
 * later) `sendCommand`. Typed structurally so the kit has no runtime dependency on a Redis client: the
 * host creates, connects and closes its own.
 */
export interface RedisCommandClient {
  /** Sends one Redis command, its name and arguments as strings, and resolves with the reply. */
  sendCommand(args: string[]): Promise<unknown>;
}

/** Options of `createRedisStore`. */
export interface RedisStoreOptions {
  /** A connected node-redis client (`createClient({ url }).connect()`). */
  client: RedisCommandClient;
  /** Prefix of every key this store writes, so several apps can share one Redis (default `teamkit:`). */
  prefix?: string;
}

/**
 * Counts a hit and starts the window's clock on the first one, in one step: INCR then PEXPIRE as two
 * commands could leave a counter with no expiry (and a caller locked out for good) if the process
 * died between them.
 */
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/**
 * A store in Redis, so several instances of the host's server share rate limits and idempotency keys.
 * Values are stored as JSON; TTLs are Redis's own, so nothing needs sweeping.
 */
export function createRedisStore({ client, prefix = 'teamkit:' }: RedisStoreOptions): TeamkitServerStore {
  const key = (name: string) => prefix + name;
  const ms = (value: number) => String(Math.max(1, Math.ceil(value)));
  return {
    async get(name) {
      const raw = await client.sendCommand(['GET', key(name)]);
      return typeof raw === 'string' ? JSON.parse(raw) : undefined;
    },
    async put(name, value, ttlMs) {
      await client.sendCommand(['SET', key(name), JSON.stringify(value), 'PX', ms(ttlMs)]);
    },
    async claim(name, ttlMs) {
      // SET NX answers OK when it set the key and null when the key was there.
      const reply = await client.sendCommand(['SET', key(name), '1', 'PX', ms(ttlMs), 'NX']);
      return reply === 'OK';
    },
    async release(name) {
      await client.sendCommand(['DEL', key(name)]);
    },
    async hit(name, windowMs): Promise<RateWindow> {
      const reply = await client.sendCommand(['EVAL', hitScript, '1', key(name), ms(windowMs)]);
      const [count, ttl] = reply as [number, number];
      return { count: Number(count), resetInMs: Number(ttl) };
    },
  };
}
