/**
 * Test helpers for Teamkit hooks (jsdom and Vitest browser mode): render a hook inside a TeamkitProvider
 * over a fresh memory adapter, count the requests it made, and hold a request in flight to look at
 * optimistic state without depending on timing.
 */
import { QueryClient } from '@tanstack/react-query';
import { type RenderHookResult, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, vi } from 'vitest';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
  memoryIds,
} from '../../src/adapters/memory/index.ts';
import { TeamkitProvider } from '../../src/react/TeamkitProvider.tsx';
import { useMember } from '../../src/react/use-member.ts';
import { useMembers } from '../../src/react/use-members.ts';

/** What renderTeamkitHook takes besides the hook. */
export interface RenderTeamkitHookOptions<Props> {
  /** Options of the memory adapter built for the test (ignored when `adapter` is given). */
  adapterOptions?: MemoryAdapterOptions;
  /** An adapter to use instead of a fresh one. */
  adapter?: MemoryAdapter;
  /** The hook's first props (for `rerender`). */
  initialProps?: Props;
}

/** A QueryClient like the kit's own, without retries or garbage collection, so tests are deterministic. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
}

/**
 * Renders a Teamkit hook inside a TeamkitProvider over a fresh memory adapter (latency 0 by default)
 * and a fresh QueryClient, and hands both back so a test can arm faults, read `calls` and spy on the cache.
 */
export function renderTeamkitHook<Result, Props = undefined>(
  hook: (props: Props) => Result,
  options: RenderTeamkitHookOptions<Props> = {},
): RenderHookResult<Result, Props> & { adapter: MemoryAdapter; queryClient: QueryClient } {
  const adapter = options.adapter ?? createMemoryAdapter(options.adapterOptions);
  const queryClient = createTestQueryClient();
  const rendered = renderHook<Result, Props>(hook, {
    wrapper: ({ children }: { children: ReactNode }) => (
      <TeamkitProvider adapter={adapter} organizationId={memoryIds.organization} queryClient={queryClient}>
        {children}
      </TeamkitProvider>
    ),
    ...(options.initialProps === undefined ? {} : { initialProps: options.initialProps }),
  });
  return { ...rendered, adapter, queryClient };
}

/** How many times the adapter received `method`. */
export function callCount(adapter: MemoryAdapter, method: MemoryAdapter['calls'][number]['method']): number {
  return adapter.calls.filter((call) => call.method === method).length;
}

/**
 * Holds the next call of `method` until the returned function is called, so a test can look at the UI
 * while a request is in flight (optimistic state) without depending on timing.
 */
export function holdNextCall(
  adapter: MemoryAdapter,
  method: MemoryAdapter['calls'][number]['method'],
): () => void {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = () => resolve();
  });
  const original = adapter[method] as (...args: unknown[]) => Promise<unknown>;
  vi.spyOn(adapter, method as 'getUser').mockImplementationOnce(async (...args: unknown[]) => {
    await gate;
    return original.apply(adapter, args) as never;
  });
  return release;
}

/**
 * Renders a member mutation hook beside the members list and one member's query (both loaded), for
 * checking optimistic edits of the cached rows, rollbacks and what is refetched.
 */
export async function renderMemberMutation<Mutation>(
  useMutationHook: () => Mutation,
  userId: string,
  options: RenderTeamkitHookOptions<undefined> = {},
) {
  const rendered = renderTeamkitHook(
    () => ({ mutation: useMutationHook(), list: useMembers(), member: useMember(userId) }),
    options,
  );
  await waitFor(() => {
    expect(rendered.result.current.list.totalCount).toBeDefined();
    expect(rendered.result.current.member.isSuccess).toBe(true);
  });
  const invalidate = vi.spyOn(rendered.queryClient, 'invalidateQueries');
  /** The row of `userId` in the loaded list, if there. */
  const row = () => rendered.result.current.list.members.find((member) => member.userId === userId);
  return { ...rendered, invalidate, row, totalBefore: rendered.result.current.list.totalCount ?? 0 };
}
