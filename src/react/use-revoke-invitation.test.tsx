import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  holdNextCall,
  renderMemberMutation,
  renderTeamkitHook,
} from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { auth0Capabilities } from '../core/capabilities.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useMembers } from './use-members.ts';
import { useRevokeInvitation } from './use-revoke-invitation.ts';

describe('useRevokeInvitation', () => {
  it('while revoking, drops the invitation row and lowers the total; afterwards refetches the list', async () => {
    const { result, adapter, row, totalBefore, invalidate } = await renderMemberMutation(
      useRevokeInvitation,
      memoryIds.pendingInvite,
    );
    expect(row()?.status).toBe('pending_invite');
    const answer = holdNextCall(adapter, 'revokeInvitation');
    const invitationId = row()?.invitationId ?? '';
    act(() => result.current.mutation.mutate({ invitationId }));
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
    const invitationId = row()?.invitationId ?? '';
    await act(async () => {
      await result.current.mutation.mutateAsync({ invitationId }).catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('unavailable'));
    expect(row()?.status).toBe('pending_invite');
    expect(result.current.list.totalCount).toBe(totalBefore);
  });

  it('given an invitation without a user (Auth0-like), drops its row at once and revokes it by its ID', async () => {
    const { result, adapter } = renderTeamkitHook(
      () => ({ mutation: useRevokeInvitation(), list: useMembers() }),
      { adapterOptions: { capabilities: auth0Capabilities, invitationsCreateUsers: false } },
    );
    await waitFor(() => expect(result.current.list.members.length).toBeGreaterThan(0));
    // Auth0 cannot count invitations: the total stays unknown rather than lowered.
    expect(result.current.list.totalCount).toBeNull();
    const invitation = result.current.list.members.find((member) => member.status === 'pending_invite');
    expect(invitation).toMatchObject({ userId: null, invitationId: expect.any(String) });
    const invitationId = invitation?.invitationId ?? '';
    const rowOf = () => result.current.list.members.find((member) => member.invitationId === invitationId);
    const answer = holdNextCall(adapter, 'revokeInvitation');
    act(() => result.current.mutation.mutate({ invitationId }));
    await waitFor(() => expect(rowOf()).toBeUndefined());
    expect(result.current.list.totalCount).toBeNull();
    answer();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(adapter.calls.filter((call) => call.method === 'revokeInvitation')).toEqual([
      { method: 'revokeInvitation', args: [memoryIds.organization, invitationId] },
    ]);
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(rowOf()).toBeUndefined();
  });
});
