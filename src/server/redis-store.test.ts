// @vitest-environment node
/** The Redis store against a real redis-server on 127.0.0.1 (started here, stopped at the end). */
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.ts';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';
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

describe('two handler instances sharing one Redis store', () => {
  /** Two server processes: each its own handler and Redis connection, one backend behind both. */
  async function twoInstances(prefix: string) {
    const second = createClient({ url: server.url });
    await second.connect();
    const backend = createMemoryAdapter({ seed: 11, memberCount: 10 });
    const session = { userId: memoryIds.admin, organizationId: memoryIds.organization };
    const options = {
      adapter: backend,
      getSession: () => session,
      inviteLimits: { perCaller: { limit: 3, windowMs: 60_000 } },
    };
    const a = createTeamkitHandler({ ...options, store: createRedisStore({ client, prefix }) });
    const b = createTeamkitHandler({ ...options, store: createRedisStore({ client: second, prefix }) });
    const invite = (handler: typeof a, key: string) =>
      handler(
        new Request(`http://teamkit.test/organizations/${memoryIds.organization}/invitations`, {
          method: 'POST',
          headers: { 'x-teamkit-request': '1', 'content-type': 'application/json' },
          body: JSON.stringify({ email: `${key}@example.com`, idempotencyKey: key }),
        }),
      );
    const invited = () => backend.calls.filter((call) => call.method === 'inviteMember').length;
    return { a, b, invite, invited, close: () => second.close() };
  }

  it('answers a key retried on the other instance with the first result, inviting once', async () => {
    const { a, b, invite, invited, close } = await twoInstances('two-a:');
    try {
      const first = await invite(a, 'retry-elsewhere');
      const retried = await invite(b, 'retry-elsewhere');
      expect(first.status).toBe(201);
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(await retried.json()).toEqual(await first.json());
      expect(invited()).toBe(1);
    } finally {
      await close();
    }
  });

  it('invites once when both instances get the same key at the same moment', async () => {
    const { a, b, invite, invited, close } = await twoInstances('two-b:');
    try {
      const responses = await Promise.all([invite(a, 'same-moment'), invite(b, 'same-moment')]);
      expect(invited()).toBe(1);
      expect(responses.map((r) => r.status)).toContain(201);
    } finally {
      await close();
    }
  });

  it('counts one caller’s invitations across both instances', async () => {
    const { a, b, invite, close } = await twoInstances('two-c:');
    try {
      const statuses = [];
      for (const [index, handler] of [a, b, a, b].entries())
        statuses.push((await invite(handler, `count-${index}`)).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
    } finally {
      await close();
    }
  });
});
