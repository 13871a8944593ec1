import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  callCount,
  renderMemberMutation,
  renderTeamkitHook,
} from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { auth0Capabilities } from '../core/capabilities.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useMembers } from './use-members.ts';
import { useResendInvitation } from './use-resend-invitation.ts';

describe('useResendInvitation', () => {
  it('given an expired invitation, sends it again and refetches the list and the member', async () => {
    const { result, adapter, row, invalidate } = await renderMemberMutation(
      useResendInvitation,
      memoryIds.expiredInvite,
    );
    expect(row()?.status).toBe('invite_expired');
    const invitationId = row()?.invitationId ?? '';
    await act(() => result.current.mutation.mutateAsync({ invitationId }));
    await waitFor(() => expect(result.current.mutation.data?.status).toBe('pending'));
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(row()?.status).toBe('pending_invite'));
    expect(callCount(adapter, 'getMember')).toBe(2);
  });

  it('when resending fails, reports the error and still refetches', async () => {
    const { result, adapter, row, invalidate } = await renderMemberMutation(
      useResendInvitation,
      memoryIds.expiredInvite,
    );
    adapter.faults.failNext('rate_limited');
    const invitationId = row()?.invitationId ?? '';
    await act(async () => {
      await result.current.mutation.mutateAsync({ invitationId }).catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('rate_limited'));
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('given an invitation without a user (Auth0-like), resends it by its ID and the row takes the new ID', async () => {
    const { result } = renderTeamkitHook(() => ({ mutation: useResendInvitation(), list: useMembers() }), {
      adapterOptions: { capabilities: auth0Capabilities, invitationsCreateUsers: false },
    });
    await waitFor(() => expect(result.current.list.members.length).toBeGreaterThan(0));
    const invitation = result.current.list.members.find((member) => member.status === 'pending_invite');
    expect(invitation).toMatchObject({ userId: null, invitationId: expect.any(String) });
    const before = invitation?.invitationId ?? '';
    await act(() => result.current.mutation.mutateAsync({ invitationId: before }));
    const resent = result.current.mutation.data;
    // Auth0 deletes and re-creates: a new ID, which the refetched row carries.
    expect(resent).toMatchObject({ userId: null, status: 'pending', email: invitation?.email });
    expect(resent?.id).not.toBe(before);
    await waitFor(() =>
      expect(result.current.list.members.map((member) => member.invitationId)).toContain(resent?.id),
    );
    expect(result.current.list.members.map((member) => member.invitationId)).not.toContain(before);
  });
});
