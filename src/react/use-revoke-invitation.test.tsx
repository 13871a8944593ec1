import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdNextCall, renderMemberMutation } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useRevokeInvitation } from './use-revoke-invitation.ts';

describe('useRevokeInvitation', () => {
  it('while revoking, drops the invitation row and lowers the total; afterwards refetches the list', async () => {
    const { result, adapter, row, totalBefore, invalidate } = await renderMemberMutation(
      useRevokeInvitation,
      memoryIds.pendingInvite,
    );
    expect(row()?.status).toBe('pending_invite');
    const answer = holdNextCall(adapter, 'revokeInvitation');
    act(() => result.current.mutation.mutate({ userId: memoryIds.pendingInvite }));
    await waitFor(() => expect(row()).toBeUndefined());
    expect(result.current.list.totalCount).toBe(totalBefore - 1);
    answer();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(row()).toBeUndefined();
    expect(result.current.list.totalCount).toBe(totalBefore - 1);
  });

  it('when revoking fails, puts the row back', async () => {
    const { result, adapter, row, totalBefore } = await renderMemberMutation(
      useRevokeInvitation,
      memoryIds.pendingInvite,
    );
    adapter.faults.failNext('unavailable');
    await act(async () => {
      await result.current.mutation.mutateAsync({ userId: memoryIds.pendingInvite }).catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('unavailable'));
    expect(row()?.status).toBe('pending_invite');
    expect(result.current.list.totalCount).toBe(totalBefore);
  });
});
