import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callCount, holdNextCall, renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { externalIdLookupKeys, teamkitKeys } from '../core/query-keys.ts';
import type { User } from '../core/user.ts';
import { useUpdateProfile } from './use-update-profile.ts';
import { useUser } from './use-user.ts';

/** The viewer's profile and its save, loaded. */
async function renderProfile(userId?: string) {
  const rendered = renderTeamkitHook(() => ({ user: useUser(userId), update: useUpdateProfile(userId) }));
  await waitFor(() => expect(rendered.result.current.user.isSuccess).toBe(true));
  const invalidate = vi.spyOn(rendered.queryClient, 'invalidateQueries');
  return { ...rendered, invalidate, original: rendered.result.current.user.data as User };
}

/** The keys invalidateQueries was called with. */
function invalidatedKeys(invalidate: ReturnType<typeof vi.spyOn>) {
  return invalidate.mock.calls.map((call: unknown[]) => (call[0] as { queryKey: unknown }).queryKey);
}

describe('useUpdateProfile', () => {
  it('given a changed given name, sends only that field and caches the stored user', async () => {
    const { result, adapter, original } = await renderProfile();
    await act(() => result.current.update.mutateAsync({ patch: { profile: { givenName: 'Ada' } } }));
    expect(adapter.calls.filter((call) => call.method === 'updateUser')).toEqual([
      {
        method: 'updateUser',
        args: [
          memoryIds.admin,
          { profile: { givenName: 'Ada' } },
          { organizationId: memoryIds.organization },
        ],
      },
    ]);
    await waitFor(() => expect(result.current.user.data?.profile.givenName).toBe('Ada'));
    expect(result.current.user.data?.version).not.toBe(original.version);
  });

  it('given an expected version, passes it along', async () => {
    const { result, adapter, original } = await renderProfile();
    await act(() =>
      result.current.update.mutateAsync({
        patch: { profile: { familyName: 'Lovelace' } },
        expectedVersion: original.version,
      }),
    );
    const sent = adapter.calls.find((call) => call.method === 'updateUser');
    expect(sent?.args[2]).toEqual({
      organizationId: memoryIds.organization,
      expectedVersion: original.version,
    });
  });

  it('given an empty patch, sends nothing and resolves with the current user', async () => {
    const { result, adapter, original, invalidate } = await renderProfile();
    let saved: User | undefined;
    await act(async () => {
      saved = await result.current.update.mutateAsync({ patch: { profile: {}, customAttributes: {} } });
    });
    expect(saved).toEqual(original);
    expect(callCount(adapter, 'updateUser')).toBe(0);
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('while saving, shows the change at once (optimistic)', async () => {
    const { result, adapter } = await renderProfile();
    const answer = holdNextCall(adapter, 'updateUser');
    act(() => result.current.update.mutate({ patch: { profile: { givenName: 'Optimistic' } } }));
    await waitFor(() => expect(result.current.user.data?.profile.givenName).toBe('Optimistic'));
    expect(result.current.update.isPending).toBe(true);
    answer();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.user.data?.profile.givenName).toBe('Optimistic');
  });

  it('when saving fails, rolls back to the previous user and refetches it', async () => {
    const { result, adapter, original } = await renderProfile();
    adapter.faults.failNext('network');
    await act(async () => {
      await result.current.update.mutateAsync({ patch: { profile: { givenName: 'Lost' } } }).catch(() => {});
    });
    await waitFor(() => expect(result.current.update.error?.code).toBe('network'));
    expect(result.current.user.data?.profile.givenName).toBe(original.profile.givenName);
    // The profile was loaded through getCurrentUser; the failure makes one refetch by ID.
    await waitFor(() => expect(callCount(adapter, 'getUser')).toBe(1));
  });

  it('when the user changed elsewhere, fails with conflict and shows the stored user', async () => {
    const { result, adapter, original } = await renderProfile();
    adapter.simulateExternalEdit('user', memoryIds.admin, { profile: { familyName: 'Elsewhere' } });
    await act(async () => {
      await result.current.update
        .mutateAsync({ patch: { profile: { givenName: 'Mine' } }, expectedVersion: original.version })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.update.error?.code).toBe('conflict'));
    await waitFor(() => expect(result.current.user.data?.profile.familyName).toBe('Elsewhere'));
    expect(result.current.user.data?.profile.givenName).toBe(original.profile.givenName);
  });

  it('given a custom attribute only, invalidates that user and nothing else, without refetching it', async () => {
    const { result, adapter, invalidate } = await renderProfile();
    await act(() =>
      result.current.update.mutateAsync({ patch: { customAttributes: { bio: 'Writes compilers.' } } }),
    );
    expect(invalidatedKeys(invalidate)).toEqual([teamkitKeys.user(memoryIds.admin)]);
    // Loaded once through getCurrentUser, and not fetched again after the save.
    expect(callCount(adapter, 'getCurrentUser')).toBe(1);
    expect(callCount(adapter, 'getUser')).toBe(0);
  });

  it('given a changed name, also invalidates the members list of the organization', async () => {
    const { result, invalidate } = await renderProfile();
    await act(() => result.current.update.mutateAsync({ patch: { profile: { familyName: 'Lovelace' } } }));
    expect(invalidatedKeys(invalidate)).toEqual([
      teamkitKeys.user(memoryIds.admin),
      teamkitKeys.members(memoryIds.organization),
    ]);
  });

  it('given a changed external ID of another user, also invalidates the user external-ID lookups', async () => {
    const { result, adapter, invalidate } = await renderProfile(memoryIds.member);
    await act(() => result.current.update.mutateAsync({ patch: { externalId: 'HR-7' } }));
    expect(adapter.calls.find((call) => call.method === 'updateUser')?.args[0]).toBe(memoryIds.member);
    expect(invalidatedKeys(invalidate)).toEqual([
      teamkitKeys.user(memoryIds.member),
      teamkitKeys.members(memoryIds.organization),
      externalIdLookupKeys.users,
    ]);
  });
});
