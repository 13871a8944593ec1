import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { memoryExternalIds, memoryIds } from '../adapters/memory/index.ts';
import { useOrganizationByExternalId } from './use-organization-by-external-id.ts';
import { useUserByExternalId } from './use-user-by-external-id.ts';

describe('useUserByExternalId', () => {
  it('given a blank ID, stays idle and asks nothing', () => {
    const { result, adapter } = renderTeamkitHook(() => useUserByExternalId('   '));
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.data).toBeUndefined();
    expect(adapter.calls).toEqual([]);
  });

  it("given a member's external ID with spaces around it, finds that member", async () => {
    const { result, adapter } = renderTeamkitHook(() => useUserByExternalId(` ${memoryExternalIds.member} `));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(memoryIds.member);
    expect(adapter.calls[0]?.args).toEqual([memoryIds.organization, memoryExternalIds.member]);
  });

  it('given an unknown external ID, returns null, not an error', async () => {
    const { result } = renderTeamkitHook(() => useUserByExternalId('NOBODY-1'));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
    expect(result.current.isError).toBe(false);
  });
});

describe('useOrganizationByExternalId', () => {
  it('given a blank ID, stays idle and asks nothing', () => {
    const { result, adapter } = renderTeamkitHook(() => useOrganizationByExternalId(''));
    expect(result.current.fetchStatus).toBe('idle');
    expect(adapter.calls).toEqual([]);
  });

  it("given the organization's own external ID, finds it", async () => {
    const { result, adapter } = renderTeamkitHook(() =>
      useOrganizationByExternalId(memoryExternalIds.organization),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(memoryIds.organization);
    expect(adapter.calls).toEqual([
      { method: 'findOrganizationByExternalId', args: [memoryExternalIds.organization] },
    ]);
  });

  it('given an unknown external ID, returns null, not an error', async () => {
    const { result } = renderTeamkitHook(() => useOrganizationByExternalId('CUST-00000-NONE'));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });
});
