/**
 * The backends the host-hook browser tests run the components over (the memory adapter, or HTTP
 * through the handler), what each received, and rendering a component with host hooks over one.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../../src/adapters/memory/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { MutationHooks } from '../../src/core/mutation-hooks.ts';
import { TeamkitProvider } from '../../src/react/TeamkitProvider.tsx';
import { openScenario } from './fault-scenario.ts';
import { createTestQueryClient } from './render-teamkit-hook.tsx';

/** One backend the components run over, with what it received. */
export interface Backend {
  adapter: TeamkitAdapter;
  /** How many calls of `method` reached the backend (through the handler, over HTTP). */
  received(method: string): Promise<number>;
  /** The arguments of every call of `method` the backend received, oldest first. */
  argsOf(method: string): Promise<unknown[][]>;
  /** Requests that could change something (not GET) the server saw; 0 over the memory adapter. */
  writesOnTheWire(): Promise<number>;
  close(): Promise<void>;
}

/** A memory adapter (by default the seeded one the tests share), with what it received. */
export async function memoryBackend(
  adapter: MemoryAdapter = createMemoryAdapter({ seed: 7, memberCount: 12 }),
): Promise<Backend> {
  return {
    adapter,
    received: async (method) => adapter.calls.filter((call) => call.method === method).length,
    argsOf: async (method) => adapter.calls.filter((call) => call.method === method).map((call) => call.args),
    writesOnTheWire: async () => 0,
    close: async () => {},
  };
}

/** The HTTP adapter over a real handler on 127.0.0.1, with what its backend received. */
export async function httpBackend(): Promise<Backend> {
  const scenario = await openScenario();
  const adapter = await createHttpAdapter({ baseUrl: scenario.baseUrl, timeoutMs: 3000 });
  return {
    adapter,
    received: async (method) =>
      (await scenario.backendCalls()).filter((call) => call.method === method).length,
    argsOf: async (method) =>
      (await scenario.backendCalls()).filter((call) => call.method === method).map((call) => call.args),
    writesOnTheWire: async () => (await scenario.log()).filter((entry) => entry.method !== 'GET').length,
    close: () => scenario.close(),
  };
}

let opened: Backend | undefined;

/** Opens a backend and keeps it, so `closeBackend` ends it after the test. */
export async function openBackend(open: () => Promise<Backend>): Promise<Backend> {
  opened = await open();
  return opened;
}

/** Unmounts what the test rendered and closes the backend it opened; for `afterEach`. */
export async function closeBackend() {
  cleanup();
  await opened?.close();
  opened = undefined;
}

/** Renders `ui` in a provider with the host's `hooks`, over a newly opened backend. */
export async function renderWithHooks(open: () => Promise<Backend>, ui: ReactNode, hooks: MutationHooks) {
  const backend = await openBackend(open);
  render(
    <TeamkitProvider
      adapter={backend.adapter}
      organizationId={memoryIds.organization}
      queryClient={createTestQueryClient()}
      hooks={hooks}
    >
      {ui}
    </TeamkitProvider>,
  );
  return backend;
}
