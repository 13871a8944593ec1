import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callCount, renderMemberMutation } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useResendInvitation } from './use-resend-invitation.ts';

describe('useResendInvitation', () => {
  it('given an expired invitation, sends it again and refetches the list and the member', async () => {
    const { result, adapter, row, invalidate } = await renderMemberMutation(
      useResendInvitation,
      memoryIds.expiredInvite,
    );
    expect(row()?.status).toBe('invite_expired');
    await act(() => result.current.mutation.mutateAsync({ userId: memoryIds.expiredInvite }));
    await waitFor(() => expect(result.current.mutation.data?.status).toBe('pending'));
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(row()?.status).toBe('pending_invite'));
    expect(callCount(adapter, 'getMember')).toBe(2);
  });

  it('when resending fails, reports the error and still refetches', async () => {
    const { result, adapter, invalidate } = await renderMemberMutation(
      useResendInvitation,
      memoryIds.expiredInvite,
    );
    adapter.faults.failNext('rate_limited');
    await act(async () => {
      await result.current.mutation.mutateAsync({ userId: memoryIds.expiredInvite }).catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('rate_limited'));
    expect(invalidate).toHaveBeenCalledTimes(1);
  });
});
