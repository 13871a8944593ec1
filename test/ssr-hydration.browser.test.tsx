// Markup rendered by react-dom/server hydrates in a real browser without a warning: the same tree, the
// same ids, the same text, from a cache dehydrated on the "server" and hydrated on the client.
import { dehydrate, hydrate } from '@tanstack/react-query';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../src/adapters/memory/index.ts';
import { createTeamkitQueryClient } from '../src/index.ts';
import { DemoScreen, demoScreens, prefetchDemo } from './ssr-demo-fixture.tsx';

// act() flushes effects and updates synchronously; React asks to be told the environment supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
  window.location.hash = '';
  vi.restoreAllMocks();
});

describe.each(Object.entries(demoScreens))('given the %s screen rendered on a server', (_name, hash) => {
  it('hydrates without a warning or a recoverable error', async () => {
    // The "server": its own adapter and cache, rendered to a string.
    const adapter = createMemoryAdapter();
    const serverCache = createTeamkitQueryClient();
    await prefetchDemo(adapter, serverCache);
    const html = renderToString(<DemoScreen adapter={adapter} queryClient={serverCache} hash={hash} />);

    // The "client": the same markup in the page, the cache sent along as JSON.
    window.location.hash = hash;
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const clientCache = createTeamkitQueryClient();
    hydrate(clientCache, JSON.parse(JSON.stringify(dehydrate(serverCache))));

    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container!, <DemoScreen adapter={adapter} queryClient={clientCache} hash={hash} />, {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });

    expect(recoverable).toEqual([]);
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).not.toBeNull();
  });
});
