/**
 * The fault server as browser tests reach it: one `node:http` server on 127.0.0.1 (started by the
 * browser project's globalSetup, its URL handed to tests with `provide`/`inject`) holding any number
 * of scenarios. Each scenario is a fresh memory backend behind one or two instances of the real
 * handler (two share a Redis store on a real `redis-server`), fronted by a fault proxy. A test in
 * Chromium opens a scenario, points `createHttpAdapter` at its `baseUrl`, and scripts faults, reads
 * the proxy's log and the backend's state through small JSON control routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@redis/client';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../../src/adapters/memory/permissions.ts';
import type { CapabilityOverrides } from '../../src/core/capabilities.ts';
import {
  createMemoryDefinitionsStore,
  createRedisStore,
  createTeamkitHandler,
} from '../../src/server/index.ts';
import { createFaultProxy } from './fault-server.ts';
import type { Fault, FaultMatch, FaultProxy } from './fault-types.ts';
import { startRedisServer, type TestRedisServer } from './redis-server.ts';

/** What a test asks for when it opens a scenario. */
export interface ScenarioOptions {
  /** Handler instances behind the proxy (default 1); 2 share one Redis store. */
  instances?: 1 | 2;
  /** Who is signed in (default Acme's admin). */
  viewer?: keyof typeof memoryIds;
  /** Members of Acme (default 12). */
  memberCount?: number;
  /** Capabilities the backend declares instead of its full set. */
  capabilities?: CapabilityOverrides;
  /** Gives the handler a host's definitions store (`createMemoryDefinitionsStore`). */
  definitionsStore?: boolean;
}

/** A fault as sent over the control route: a path pattern travels as `{ source }`. */
export interface WireFaultRule {
  fault: Fault;
  match?: Omit<FaultMatch, 'path'> & { path?: string | { source: string } };
}

interface Scenario {
  proxy: FaultProxy;
  backend: MemoryAdapter;
  /** Signs someone else in: the handler's session follows. */
  setViewer(viewer: keyof typeof memoryIds): void;
  close(): Promise<void>;
}

/** A running hub. */
export interface FaultHub {
  url: string;
  close(): Promise<void>;
}

async function readJson(incoming: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** Starts the hub on 127.0.0.1 and a free port; Redis starts on the first scenario that needs it. */
export async function startFaultHub(): Promise<FaultHub> {
  const scenarios = new Map<string, Scenario>();
  let redis: Promise<TestRedisServer> | null = null;
  let sequence = 0;

  const open = async (options: ScenarioOptions): Promise<Scenario> => {
    const backend = createMemoryAdapter({
      seed: 7,
      memberCount: options.memberCount ?? 12,
      ...(options.capabilities ? { capabilities: options.capabilities } : {}),
    });
    let viewer: string = memoryIds[options.viewer ?? 'admin'];
    const setViewer = (next: keyof typeof memoryIds) => {
      viewer = memoryIds[next];
      backend.setViewer(next);
    };
    const handlerOptions = {
      adapter: backend,
      getSession: () => ({ userId: viewer, organizationId: memoryIds.organization }),
      policy: memoryAccessPolicy,
      ...(options.definitionsStore ? { definitionsStore: createMemoryDefinitionsStore() } : {}),
    };
    if ((options.instances ?? 1) === 1) {
      const proxy = createFaultProxy({ target: createTeamkitHandler(handlerOptions), cors: true });
      return { proxy, backend, setViewer, close: async () => {} };
    }
    redis ??= startRedisServer();
    const { url } = await redis;
    const clients = [createClient({ url }), createClient({ url })];
    await Promise.all(clients.map((client) => client.connect()));
    const prefix = `hub-${sequence}:`;
    const handlers = clients.map((client) =>
      createTeamkitHandler({ ...handlerOptions, store: createRedisStore({ client, prefix }) }),
    );
    const proxy = createFaultProxy({ target: handlers, cors: true });
    return {
      proxy,
      backend,
      setViewer,
      close: async () => {
        await Promise.all(clients.map((client) => client.close()));
      },
    };
  };

  const control = async (incoming: IncomingMessage, outgoing: ServerResponse, hubUrl: string) => {
    const cors = {
      'access-control-allow-origin': incoming.headers.origin ?? '*',
      'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
      'access-control-allow-headers': 'content-type',
    };
    const send = (status: number, body: unknown) =>
      outgoing.writeHead(status, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(body));
    const url = new URL(incoming.url ?? '/', hubUrl);
    const method = incoming.method ?? 'GET';
    const [, , id, area, ...rest] = url.pathname.split('/');
    if (method === 'OPTIONS' && area !== 'api') return void outgoing.writeHead(204, cors).end();
    if (url.pathname === '/scenarios' && method === 'POST') {
      sequence += 1;
      const id = `s${sequence}`;
      scenarios.set(id, await open((await readJson(incoming)) as ScenarioOptions));
      return send(201, { id, baseUrl: `${hubUrl}/scenarios/${id}/api` });
    }
    const scenario = scenarios.get(id ?? '');
    if (!scenario) return send(404, { message: `No scenario ${id}` });
    if (area === 'api') {
      return scenario.proxy.serve(incoming, outgoing, `/${rest.join('/')}${url.search}`);
    }
    if (area === 'faults' && method === 'POST') {
      const rules = (await readJson(incoming)) as WireFaultRule[];
      for (const { fault, match = {} } of rules) {
        const { path: wirePath, ...rest } = match;
        const path = typeof wirePath === 'object' ? new RegExp(wirePath.source) : wirePath;
        scenario.proxy.fail(fault, { ...rest, ...(path === undefined ? {} : { path }) });
      }
      return send(204, null);
    }
    if (area === 'faults' && method === 'DELETE') {
      scenario.proxy.clearFaults();
      return send(204, null);
    }
    if (area === 'viewer' && method === 'POST') {
      scenario.setViewer(((await readJson(incoming)) as { viewer: keyof typeof memoryIds }).viewer);
      return send(204, null);
    }
    if (area === 'log') return send(200, scenario.proxy.log);
    if (area === 'state') return send(200, scenario.backend.snapshot());
    if (area === 'calls') return send(200, scenario.backend.calls);
    if (area === undefined && method === 'DELETE') {
      scenarios.delete(id ?? '');
      await scenario.close();
      return send(200, {});
    }
    return send(404, { message: `No control ${area}` });
  };

  let hubUrl = '';
  const server: Server = createServer((incoming, outgoing) => {
    control(incoming, outgoing, hubUrl).catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: hubUrl,
    close: async () => {
      await Promise.all([...scenarios.values()].map((scenario) => scenario.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (redis) await (await redis).stop();
    },
  };
}
