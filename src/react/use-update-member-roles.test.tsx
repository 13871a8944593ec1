import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdNextCall, renderMemberMutation } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useUpdateMemberRoles } from './use-update-member-roles.ts';

describe('useUpdateMemberRoles', () => {
  it('while saving, shows the new roles in the row and the member; afterwards refetches them', async () => {
    const { result, adapter, row, invalidate } = await renderMemberMutation(
      useUpdateMemberRoles,
      memoryIds.member,
    );
    expect(row()?.roles).toEqual(['member']);
    const answer = holdNextCall(adapter, 'updateMembership');
    act(() =>
      result.current.mutation.mutate({ userId: memoryIds.member, roles: ['member', 'billing_manager'] }),
    );
    await waitFor(() => expect(row()?.roles).toEqual(['member', 'billing_manager']));
    expect(result.current.member.data?.roles).toEqual(['member', 'billing_manager']);
    answer();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(adapter.calls.find((call) => call.method === 'updateMembership')?.args).toEqual([
      memoryIds.organization,
      memoryIds.member,
      { roles: ['member', 'billing_manager'] },
    ]);
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(row()?.roles).toEqual(['member', 'billing_manager']);
  });

  it('when saving fails, puts the old roles back', async () => {
    const { result, adapter, row } = await renderMemberMutation(useUpdateMemberRoles, memoryIds.member);
    adapter.faults.failNext('network');
    await act(async () => {
      await result.current.mutation
        .mutateAsync({ userId: memoryIds.member, roles: ['admin'] })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('network'));
    expect(row()?.roles).toEqual(['member']);
    expect(result.current.member.data?.roles).toEqual(['member']);
  });

  it('given an unknown role, is refused with a validation error and the roles stay', async () => {
    const { result, row } = await renderMemberMutation(useUpdateMemberRoles, memoryIds.member);
    await act(async () => {
      await result.current.mutation
        .mutateAsync({ userId: memoryIds.member, roles: ['pilot'] })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('validation'));
    expect(row()?.roles).toEqual(['member']);
  });
});
