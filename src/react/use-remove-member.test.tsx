import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callCount, holdNextCall, renderMemberMutation } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useRemoveMember } from './use-remove-member.ts';

describe('useRemoveMember', () => {
  it('while removing, drops the row and lowers the total at once; afterwards refetches the list and the member', async () => {
    const { result, adapter, row, totalBefore, invalidate } = await renderMemberMutation(
      useRemoveMember,
      memoryIds.member,
    );
    expect(row()).toBeDefined();
    const answer = holdNextCall(adapter, 'removeMember');
    act(() => result.current.mutation.mutate({ userId: memoryIds.member }));
    await waitFor(() => expect(row()).toBeUndefined());
    expect(result.current.list.totalCount).toBe(totalBefore - 1);
    answer();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(adapter.calls.find((call) => call.method === 'removeMember')?.args).toEqual([
      memoryIds.organization,
      memoryIds.member,
    ]);
    // One prefix covers every list and the single member.
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(callCount(adapter, 'getMember')).toBe(2));
    await waitFor(() => expect(result.current.member.error?.code).toBe('not_found'));
    expect(result.current.list.totalCount).toBe(totalBefore - 1);
    expect(row()).toBeUndefined();
  });

  it('when removing fails, puts the row and the total back', async () => {
    const { result, adapter, row, totalBefore } = await renderMemberMutation(
      useRemoveMember,
      memoryIds.member,
    );
    const before = row();
    adapter.faults.failNext('network');
    await act(async () => {
      await result.current.mutation.mutateAsync({ userId: memoryIds.member }).catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('network'));
    expect(row()).toEqual(before);
    expect(result.current.list.totalCount).toBe(totalBefore);
  });

  it('given the last admin, is refused and the row stays', async () => {
    const { result, row, totalBefore } = await renderMemberMutation(useRemoveMember, memoryIds.admin);
    await act(async () => {
      await result.current.mutation.mutateAsync({ userId: memoryIds.admin }).catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('permission_denied'));
    expect(row()).toBeDefined();
    expect(result.current.list.totalCount).toBe(totalBefore);
  });
});
