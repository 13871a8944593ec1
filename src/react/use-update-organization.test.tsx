import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callCount, holdNextCall, renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import type { Organization } from '../core/organization.ts';
import { externalIdLookupKeys, teamkitKeys } from '../core/query-keys.ts';
import { useOrganization } from './use-organization.ts';
import { useUpdateOrganization } from './use-update-organization.ts';

async function renderSettings() {
  const rendered = renderTeamkitHook(() => ({
    organization: useOrganization(),
    update: useUpdateOrganization(),
  }));
  await waitFor(() => expect(rendered.result.current.organization.isSuccess).toBe(true));
  const invalidate = vi.spyOn(rendered.queryClient, 'invalidateQueries');
  return { ...rendered, invalidate, original: rendered.result.current.organization.data as Organization };
}

describe('useOrganization', () => {
  it('given the seeded organization, returns it', async () => {
    const { original, adapter } = await renderSettings();
    expect(original.id).toBe(memoryIds.organization);
    expect(adapter.calls).toEqual([{ method: 'getOrganization', args: [memoryIds.organization] }]);
  });
});

describe('useUpdateOrganization', () => {
  it('while saving a new name, shows it at once, then the stored organization, without refetching it', async () => {
    const { result, adapter, original, invalidate } = await renderSettings();
    const answer = holdNextCall(adapter, 'updateOrganization');
    act(() =>
      result.current.update.mutate({
        patch: { displayName: 'Acme Inc.' },
        expectedVersion: original.version,
      }),
    );
    await waitFor(() => expect(result.current.organization.data?.displayName).toBe('Acme Inc.'));
    expect(result.current.organization.data?.version).toBe(original.version);
    answer();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.organization.data?.version).not.toBe(original.version));
    expect(adapter.calls.find((call) => call.method === 'updateOrganization')?.args).toEqual([
      memoryIds.organization,
      { displayName: 'Acme Inc.' },
      { expectedVersion: original.version },
    ]);
    expect(invalidate.mock.calls.map((call) => call[0]?.queryKey)).toEqual([
      teamkitKeys.organization(memoryIds.organization),
    ]);
    expect(callCount(adapter, 'getOrganization')).toBe(1);
  });

  it('given a new external ID, also invalidates the organization external-ID lookups', async () => {
    const { result, invalidate } = await renderSettings();
    await act(() => result.current.update.mutateAsync({ patch: { externalId: 'CUST-99999-ACME' } }));
    expect(invalidate.mock.calls.map((call) => call[0]?.queryKey)).toEqual([
      teamkitKeys.organization(memoryIds.organization),
      externalIdLookupKeys.organizations,
    ]);
  });

  it('when saving fails, rolls back and fetches the stored organization', async () => {
    const { result, adapter, original } = await renderSettings();
    adapter.faults.failNext('network');
    await act(async () => {
      await result.current.update.mutateAsync({ patch: { displayName: 'Lost' } }).catch(() => {});
    });
    await waitFor(() => expect(result.current.update.error?.code).toBe('network'));
    expect(result.current.organization.data?.displayName).toBe(original.displayName);
    await waitFor(() => expect(callCount(adapter, 'getOrganization')).toBe(2));
  });

  it('given an external ID another organization holds, fails with a conflict on that field', async () => {
    const { result, original } = await renderSettings();
    await act(async () => {
      await result.current.update.mutateAsync({ patch: { externalId: 'CUST-67890-GLOBEX' } }).catch(() => {});
    });
    await waitFor(() => expect(result.current.update.error?.code).toBe('conflict'));
    expect(result.current.update.error?.fieldErrors.externalId).toBeTruthy();
    await waitFor(() => expect(result.current.organization.data?.externalId).toBe(original.externalId));
  });

  it('given an empty patch, sends nothing and resolves with the current organization', async () => {
    const { result, adapter, original, invalidate } = await renderSettings();
    let saved: Organization | undefined;
    await act(async () => {
      saved = await result.current.update.mutateAsync({ patch: { metadata: {} } });
    });
    expect(saved).toEqual(original);
    expect(callCount(adapter, 'updateOrganization')).toBe(0);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
