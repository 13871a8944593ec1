/**
 * useAttributeDefinitionsManager over the whole path a host runs: the HTTP adapter, a real node:http
 * server on 127.0.0.1 and `createTeamkitHandler`, once over a backend that manages definitions itself
 * (the memory adapter) and once over one that cannot (configured as Scalekit) with the host's
 * definitions store. A field added through the hook reaches `useAttributeDefinitions` at once.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamkitTestServer, type TeamkitTestServer } from '../../../test/support/teamkit-test-server.ts';
import { createHttpAdapter } from '../../adapters/http/index.ts';
import { createMemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../../adapters/memory/permissions.ts';
import { type CapabilityOverrides, scalekitCapabilities } from '../../core/capabilities.ts';
import { TeamkitProvider } from '../../react/TeamkitProvider.tsx';
import { useAttributeDefinitions } from '../../react/use-attribute-definitions.ts';
import { createTeamkitHandler } from '../../server/create-teamkit-handler.ts';
import { createMemoryDefinitionsStore } from '../../server/definitions-store.ts';
import { useAttributeDefinitionsManager } from './use-attribute-definitions-manager.ts';

let server: TeamkitTestServer;
beforeAll(async () => {
  server = await startTeamkitTestServer();
});
afterAll(async () => {
  await server.close();
});

async function renderOverHttp(capabilities: CapabilityOverrides, withStore: boolean) {
  server.use(
    createTeamkitHandler({
      adapter: createMemoryAdapter({ seed: 5, memberCount: 10, capabilities }),
      getSession: () => ({ userId: memoryIds.admin, organizationId: memoryIds.organization }),
      policy: memoryAccessPolicy,
      ...(withStore ? { definitionsStore: createMemoryDefinitionsStore() } : {}),
    }),
  );
  const adapter = await createHttpAdapter({
    baseUrl: server.url,
    fetch: (input, init) => fetch(input, init),
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return renderHook(
    () => ({ manager: useAttributeDefinitionsManager(), served: useAttributeDefinitions() }),
    {
      wrapper: ({ children }: { children: ReactNode }) => (
        <TeamkitProvider adapter={adapter} organizationId={memoryIds.organization} queryClient={queryClient}>
          {children}
        </TeamkitProvider>
      ),
    },
  );
}

const servedKeys = (result: { current: { served: ReturnType<typeof useAttributeDefinitions> } }) =>
  result.current.served.data?.definitions.map((definition) => definition.key) ?? [];

describe.each([
  ['a backend that manages definitions (memory)', {}, false],
  ['a backend that cannot (Scalekit-like) with the host’s store', scalekitCapabilities, true],
] as const)('useAttributeDefinitionsManager over HTTP, %s', (_name, capabilities, withStore) => {
  it('adds, reorders and disables a field, and the served definitions follow each change', async () => {
    const { result } = await renderOverHttp(capabilities, withStore);
    await waitFor(() => expect(result.current.manager.status).toBe('ready'));
    await waitFor(() => expect(servedKeys(result).length).toBeGreaterThan(0));
    expect(servedKeys(result)).not.toContain('desk_number');

    await act(async () => {
      await result.current.manager.create({
        key: 'desk_number',
        label: 'Desk number',
        type: 'text',
        group: 'Work',
      });
    });
    await waitFor(() => expect(servedKeys(result)).toContain('desk_number'));
    const work = () => result.current.manager.definitions.filter((definition) => definition.group === 'Work');
    expect(work().at(-1)?.key).toBe('desk_number');

    await act(async () => {
      await result.current.manager.move('desk_number', 'up');
    });
    await waitFor(() => expect(work().at(-2)?.key).toBe('desk_number'));

    await act(async () => {
      await result.current.manager.setEnabled('desk_number', false);
    });
    await waitFor(() => expect(servedKeys(result)).not.toContain('desk_number'));
  });

  it('rejects a key in use with conflict and the field’s message', async () => {
    const { result } = await renderOverHttp(capabilities, withStore);
    await waitFor(() => expect(result.current.manager.status).toBe('ready'));
    const error = await result.current.manager
      .create({ key: 'BIO', label: 'Biography', type: 'text' })
      .catch((reason: unknown) => reason as { code: string; fieldErrors: Record<string, string> });
    expect(error).toMatchObject({ code: 'conflict', fieldErrors: { key: expect.any(String) } });
  });
});

describe('useAttributeDefinitionsManager over HTTP without a store, over a backend that cannot', () => {
  it('reports unsupported, and sends no management request', async () => {
    const { result } = await renderOverHttp(scalekitCapabilities, false);
    expect(result.current.manager.status).toBe('unsupported');
    await waitFor(() => expect(servedKeys(result).length).toBeGreaterThan(0));
    expect(result.current.manager.definitions).toEqual([]);
  });
});
