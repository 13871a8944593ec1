import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdNextCall, renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { createMemoryAdapter } from '../adapters/memory/index.ts';
import { type MembersListQuery, useMembers } from './use-members.ts';

describe('useMembers', () => {
  it('given 120 members, loads the first page with the total, then flattens the next pages', async () => {
    const { result, adapter } = renderTeamkitHook(() => useMembers({ limit: 50 }), {
      adapterOptions: { memberCount: 120 },
    });
    expect(result.current.isLoading).toBe(true);
    expect(result.current.members).toEqual([]);
    expect(result.current.totalCount).toBeUndefined();
    await waitFor(() => expect(result.current.members).toHaveLength(50));
    expect(result.current.totalCount).toBe(120);
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.members).toHaveLength(120));
    expect(result.current.hasNextPage).toBe(false);
    expect(new Set(result.current.members.map((member) => member.userId)).size).toBe(120);
    const cursors = adapter.calls
      .filter((call) => call.method === 'listMembers')
      .map((call) => (call.args[0] as { cursor: unknown }).cursor);
    expect(cursors[0]).toBeNull();
    expect(cursors.slice(1).every((cursor) => typeof cursor === 'string')).toBe(true);
  });

  it('given the same rows on every render, keeps the members array identity', async () => {
    const { result, rerender } = renderTeamkitHook(() => useMembers());
    await waitFor(() => expect(result.current.members.length).toBeGreaterThan(0));
    const first = result.current.members;
    rerender();
    expect(result.current.members).toBe(first);
  });

  it('when the search changes, keeps showing the previous rows until the new ones arrive', async () => {
    const { result, rerender, adapter } = renderTeamkitHook((query: MembersListQuery) => useMembers(query), {
      initialProps: {},
    });
    await waitFor(() => expect(result.current.members).toHaveLength(50));
    const previous = result.current.members;

    const answer = holdNextCall(adapter, 'listMembers');
    rerender({ search: '  okafor ' });
    expect(result.current.members).toBe(previous);
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.isFetching).toBe(true);
    answer();

    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.members.length).toBeGreaterThan(0);
    expect(result.current.members.length).toBeLessThan(previous.length);
    expect(result.current.totalCount).toBe(result.current.members.length);
    // Sent as typed, trimmed like the cache key so " okafor" and "okafor" are one query.
    expect(adapter.calls.at(-1)).toEqual({
      method: 'listMembers',
      args: [{ organizationId: 'org_acme', cursor: null, search: 'okafor' }],
    });
  });

  it('given statuses and roles, filters on the server', async () => {
    const { result, adapter } = renderTeamkitHook(() =>
      useMembers({ statuses: ['pending_invite'], roles: ['member'] }),
    );
    await waitFor(() => expect(result.current.members.length).toBeGreaterThan(0));
    expect(result.current.members.every((member) => member.status === 'pending_invite')).toBe(true);
    expect(adapter.calls[0]?.args[0]).toMatchObject({ statuses: ['pending_invite'], roles: ['member'] });
  });

  it('when the list fails, reports the error and no rows', async () => {
    const adapter = createMemoryAdapter();
    adapter.faults.failNext('unavailable');
    const { result } = renderTeamkitHook(() => useMembers(), { adapter });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('unavailable');
    expect(result.current.members).toEqual([]);
  });
});
