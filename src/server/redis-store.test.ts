// @vitest-environment node
/** The Redis store against a real redis-server on 127.0.0.1 (started here, stopped at the end). */
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.ts';
import { createRedisStore } from './redis-store.ts';
import { describeStoreContract } from './store-contract.ts';

let server: TestRedisServer;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startRedisServer();
  client = createClient({ url: server.url });
  await client.connect();
}, 20_000);

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describeStoreContract('redis', async () => ({
  store: createRedisStore({ client, prefix: 'test:' }),
  advance: sleep,
}));

describe('redis store', () => {
  it('writes its keys under its prefix only', async () => {
    const store = createRedisStore({ client, prefix: 'app-a:' });
    await store.put('k', { v: 1 }, 10_000);
    expect(await client.get('app-a:k')).toBe('{"v":1}');
    expect(await createRedisStore({ client, prefix: 'app-b:' }).get('k')).toBeUndefined();
  });

  it('shares claims and counters between two clients, as two server processes would', async () => {
    const other = createClient({ url: server.url });
    await other.connect();
    try {
      const a = createRedisStore({ client });
      const b = createRedisStore({ client: other });
      expect(await a.claim('shared-claim', 10_000)).toBe(true);
      expect(await b.claim('shared-claim', 10_000)).toBe(false);
      await a.hit('shared-hits', 10_000);
      expect(await b.hit('shared-hits', 10_000)).toMatchObject({ count: 2 });
    } finally {
      await other.close();
    }
  });

  it('rejects when Redis is unreachable rather than answering as if nothing were stored', async () => {
    const down = createClient({ url: server.url });
    await down.connect();
    await down.close();
    await expect(createRedisStore({ client: down }).get('k')).rejects.toThrow();
  });
});
