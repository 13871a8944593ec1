import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callCount, renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { renderWithTeamkit } from '../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { useAttributeDefinitions } from './use-attribute-definitions.ts';
import { useUser } from './use-user.ts';
import { useViewer } from './use-viewer.ts';

/** One component of a profile page: it reads the user and the definitions like ProfileEditor does. */
function ProfileConsumer({ label, userId }: { label: string; userId?: string }) {
  const user = useUser(userId);
  const definitions = useAttributeDefinitions();
  if (!user.data || !definitions.data) return <p>{label}: loading</p>;
  return (
    <p>
      {label}: {user.data.email} with {definitions.data.definitions.length} fields
    </p>
  );
}

describe('useViewer', () => {
  it('given a signed-in admin, returns their ID and permissions', async () => {
    const { result } = renderTeamkitHook(() => useViewer());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.userId).toBe(memoryIds.admin);
    expect(result.current.data?.permissions.manageMembers).toBe(true);
  });
});

describe('useUser', () => {
  it('given no ID, returns the signed-in person with one request and no viewer round trip', async () => {
    const { result, adapter } = renderTeamkitHook(() => useUser());
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(memoryIds.admin);
    expect(adapter.calls.map((call) => call.method)).toEqual(['getCurrentUser']);
  });

  it('given an ID, fetches that user without asking for the viewer', async () => {
    const { result, adapter } = renderTeamkitHook(() => useUser(memoryIds.member));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(memoryIds.member);
    expect(adapter.calls).toEqual([{ method: 'getUser', args: [memoryIds.member] }]);
  });

  it('when the current-user request fails, reports that error instead of waiting forever', async () => {
    const adapter = createMemoryAdapter();
    adapter.faults.failNext('unauthenticated');
    const { result } = renderTeamkitHook(() => useUser(), { adapter });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('unauthenticated');
    expect(callCount(adapter, 'getUser')).toBe(0);
  });
});

describe('the profile page', () => {
  it('given three components showing the viewer, asks for the user and the definitions once each, in parallel', async () => {
    const { adapter } = renderWithTeamkit(
      <>
        <ProfileConsumer label="editor" />
        <ProfileConsumer label="header" />
        <ProfileConsumer label="sidebar" />
      </>,
    );
    await waitFor(() => expect(screen.getAllByText(/with \d+ fields/)).toHaveLength(3));
    // Both requests start on the first render, before either answers: 2 requests, no waterfall.
    expect(adapter.calls.map((call) => call.method)).toEqual(['getCurrentUser', 'listAttributeDefinitions']);
  });

  it('given a user ID, asks for the user and the definitions once each, in parallel', async () => {
    const { adapter } = renderWithTeamkit(
      <>
        <ProfileConsumer label="editor" userId={memoryIds.member} />
        <ProfileConsumer label="header" userId={memoryIds.member} />
        <ProfileConsumer label="sidebar" userId={memoryIds.member} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByText(/with \d+ fields/)).toHaveLength(3));
    expect(adapter.calls.map((call) => call.method)).toEqual(['getUser', 'listAttributeDefinitions']);
  });
});
