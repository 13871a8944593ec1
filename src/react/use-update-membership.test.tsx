import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdNextCall, renderMemberMutation } from '../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../adapters/memory/index.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { useUpdateMembership } from './use-update-membership.ts';

describe('useUpdateMembership', () => {
  it('while saving metadata, shows it at once and sends only the patch', async () => {
    const { result, adapter, invalidate } = await renderMemberMutation(useUpdateMembership, memoryIds.member);
    const answer = holdNextCall(adapter, 'updateMembership');
    act(() =>
      result.current.mutation.mutate({ userId: memoryIds.member, patch: { metadata: { team: 'blue' } } }),
    );
    await waitFor(() => expect(result.current.member.data?.metadata.team).toBe('blue'));
    answer();
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true));
    expect(adapter.calls.find((call) => call.method === 'updateMembership')?.args).toEqual([
      memoryIds.organization,
      memoryIds.member,
      { metadata: { team: 'blue' } },
    ]);
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(result.current.member.isFetching).toBe(false));
    expect(result.current.member.data?.metadata.team).toBe('blue');
  });

  it('when saving fails, puts the old metadata back', async () => {
    const { result, adapter } = await renderMemberMutation(useUpdateMembership, memoryIds.member);
    const before = result.current.member.data?.metadata;
    adapter.faults.failNext('network');
    await act(async () => {
      await result.current.mutation
        .mutateAsync({ userId: memoryIds.member, patch: { metadata: { team: 'red' } } })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.mutation.error?.code).toBe('network'));
    expect(result.current.member.data?.metadata).toEqual(before);
  });
});
