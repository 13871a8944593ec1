/**
 * A browser test's handle on one fault-hub scenario: its `baseUrl` for `createHttpAdapter`, and the
 * controls to script faults, count requests at the proxy and read the backend's state afterwards.
 */
import { inject } from 'vitest';
import type { MemoryData } from '../../src/adapters/memory/index.ts';
import type { ScenarioOptions, WireFaultRule } from './fault-hub.ts';
import type { Fault, FaultLogEntry, FaultMatch } from './fault-types.ts';

/** One scenario, opened by `openScenario`. */
export interface FaultScenario {
  /** The handler's URL behind the proxy. */
  baseUrl: string;
  /** Fails the next matching request(s). */
  fail(fault: Fault, match?: FaultMatch): Promise<void>;
  /** Forgets the scripted faults not yet used. */
  clearFaults(): Promise<void>;
  /** Every request the proxy saw, oldest first. */
  log(): Promise<FaultLogEntry[]>;
  /** Requests with this method whose path contains or matches `path`. */
  requests(method: string, path?: string | RegExp): Promise<FaultLogEntry[]>;
  /** Everything the backend holds now. */
  state(): Promise<MemoryData>;
  /** Every call the backend behind the handler received, oldest first. */
  backendCalls(): Promise<{ method: string; args: unknown[] }[]>;
  /** Signs someone else in (a `memoryIds` name): the handler's next requests run as them. */
  setViewer(viewer: string): Promise<void>;
  /** Ends the scenario. */
  close(): Promise<void>;
}

async function call(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** Opens a fresh scenario on the hub the globalSetup started. */
export async function openScenario(options: ScenarioOptions = {}): Promise<FaultScenario> {
  const hub = inject('faultHubUrl');
  const post = (url: string, body: unknown) =>
    call(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const { id, baseUrl } = (await post(`${hub}/scenarios`, options)) as { id: string; baseUrl: string };
  const root = `${hub}/scenarios/${id}`;
  const log = async () => (await call(`${root}/log`)) as FaultLogEntry[];
  return {
    baseUrl,
    fail: async (fault, match = {}) => {
      const { path, ...rest } = match;
      const rule: WireFaultRule = {
        fault,
        match: {
          ...rest,
          ...(path === undefined ? {} : { path: typeof path === 'string' ? path : { source: path.source } }),
        },
      };
      await post(`${root}/faults`, [rule]);
    },
    clearFaults: async () => {
      await call(`${root}/faults`, { method: 'DELETE' });
    },
    log,
    requests: async (method, path) =>
      (await log()).filter(
        (entry) =>
          entry.method === method.toUpperCase() &&
          (path === undefined ||
            (typeof path === 'string' ? entry.path.includes(path) : path.test(entry.path))),
      ),
    state: async () => (await call(`${root}/state`)) as MemoryData,
    backendCalls: async () => (await call(`${root}/calls`)) as { method: string; args: unknown[] }[],
    setViewer: async (viewer) => {
      await post(`${root}/viewer`, { viewer });
    },
    close: async () => {
      await call(root, { method: 'DELETE' });
    },
  };
}
