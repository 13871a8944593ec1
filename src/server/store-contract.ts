/**
 * The behaviour every TeamkitServerStore must have, as one suite run over each store (memory, Redis):
 * the handler relies on exactly this for rate limits and idempotency keys.
 */
import { describe, expect, it } from 'vitest';
import type { TeamkitServerStore } from './store.ts';

/** A fresh, empty store, and a way to let `ms` milliseconds pass for it. */
export type MakeStore = () => Promise<{ store: TeamkitServerStore; advance: (ms: number) => Promise<void> }>;

let unique = 0;
const fresh = (name: string) => {
  unique += 1;
  return `${name}-${Date.now().toString(36)}-${unique}`;
};

/** Defines the store suite for one store. */
export function describeStoreContract(name: string, make: MakeStore): void {
  describe(`${name} store`, () => {
    it('gives back a stored value until its TTL ends, then nothing', async () => {
      const { store, advance } = await make();
      const key = fresh('value');
      expect(await store.get(key)).toBeUndefined();
      await store.put(key, { status: 201, body: { email: 'ada@example.com', roles: ['member'] } }, 100);
      expect(await store.get(key)).toEqual({
        status: 201,
        body: { email: 'ada@example.com', roles: ['member'] },
      });
      await advance(150);
      expect(await store.get(key)).toBeUndefined();
    });

    it('hands back a copy: changing it changes nothing stored', async () => {
      const { store } = await make();
      const key = fresh('copy');
      await store.put(key, { roles: ['member'] }, 10_000);
      const first = (await store.get(key)) as { roles: string[] };
      first.roles.push('admin');
      expect(await store.get(key)).toEqual({ roles: ['member'] });
    });

    it('lets one caller claim a key; others are refused until it is released or expires', async () => {
      const { store, advance } = await make();
      const key = fresh('claim');
      expect(await store.claim(key, 100)).toBe(true);
      expect(await store.claim(key, 100)).toBe(false);
      await store.release(key);
      expect(await store.claim(key, 100)).toBe(true);
      await advance(150);
      expect(await store.claim(key, 100)).toBe(true);
    });

    it('grants a key to exactly one of many simultaneous claims', async () => {
      const { store } = await make();
      const key = fresh('race');
      const results = await Promise.all(Array.from({ length: 25 }, () => store.claim(key, 10_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('counts hits in a window, each simultaneous hit once, and starts again when it ends', async () => {
      const { store, advance } = await make();
      const key = fresh('hits');
      const windows = await Promise.all(Array.from({ length: 30 }, () => store.hit(key, 200)));
      expect(windows.map((w) => w.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      for (const window of windows) {
        expect(window.resetInMs).toBeGreaterThan(0);
        expect(window.resetInMs).toBeLessThanOrEqual(200);
      }
      await advance(250);
      expect(await store.hit(key, 200)).toMatchObject({ count: 1 });
    });

    it('keeps keys apart', async () => {
      const { store } = await make();
      const a = fresh('a');
      const b = fresh('b');
      await store.hit(a, 10_000);
      await store.hit(a, 10_000);
      await store.put(a.concat('-value'), 'first', 10_000);
      expect(await store.hit(b, 10_000)).toMatchObject({ count: 1 });
      expect(await store.get(b.concat('-value'))).toBeUndefined();
      expect(await store.get(a.concat('-value'))).toBe('first');
    });
  });
}
