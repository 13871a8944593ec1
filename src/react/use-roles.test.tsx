import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds, seededRoles } from '../adapters/memory/index.ts';
import { useMember } from './use-member.ts';
import { useRoles } from './use-roles.ts';

describe('useRoles', () => {
  it('given the seeded organization, returns its roles from one request', async () => {
    const { result, adapter } = renderTeamkitHook(() => [useRoles(), useRoles()] as const);
    await waitFor(() => expect(result.current[0].isSuccess).toBe(true));
    expect(result.current[0].data).toEqual(seededRoles());
    expect(adapter.calls).toEqual([{ method: 'listRoles', args: [memoryIds.organization] }]);
  });
});

describe('useMember', () => {
  it('given a member ID, returns the member with the actions the viewer may take', async () => {
    const { result } = renderTeamkitHook(() => useMember(memoryIds.directoryMember));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.provisioning).toBe('scim');
    expect(result.current.data?.actions.remove).toEqual({ allowed: false, reason: 'managed_by_directory' });
  });

  it('given an empty ID, stays idle', () => {
    const { result, adapter } = renderTeamkitHook(() => useMember(''));
    expect(result.current.fetchStatus).toBe('idle');
    expect(adapter.calls).toEqual([]);
  });

  it('given an unknown ID, fails with not_found', async () => {
    const { result } = renderTeamkitHook(() => useMember('usr_nobody'));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('not_found');
  });
});
