import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callCount, holdNextCall, renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import type { InviteOutcome } from '../core/invitation.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import { en } from '../i18n/en/index.ts';
import { useInviteMember } from './use-invite-member.ts';
import { useMembers } from './use-members.ts';

/** The invite hook beside the members list it refreshes, with the list loaded. */
async function renderInvite(adapter = createMemoryAdapter()) {
  const rendered = renderTeamkitHook(() => ({ invites: useInviteMember(), list: useMembers() }), { adapter });
  await waitFor(() => expect(rendered.result.current.list.totalCount).toBeDefined());
  const invalidate = vi.spyOn(rendered.queryClient, 'invalidateQueries');
  return { ...rendered, invalidate };
}

describe('useInviteMember', () => {
  it('given a new address, invites it and refreshes the members list once', async () => {
    const { result, adapter, invalidate } = await renderInvite();
    const before = result.current.list.totalCount ?? 0;
    let outcome: InviteOutcome | undefined;
    await act(async () => {
      outcome = await result.current.invites.invite({
        email: 'new.person@example.com',
        roles: ['member'],
        idempotencyKey: 'k1',
      });
    });
    expect(outcome).toMatchObject({
      email: 'new.person@example.com',
      status: 'invited',
      member: { status: 'pending_invite' },
    });
    expect(invalidate.mock.calls).toEqual([[{ queryKey: teamkitKeys.members(memoryIds.organization) }]]);
    await waitFor(() => expect(result.current.list.totalCount).toBe(before + 1));
    expect(callCount(adapter, 'inviteMember')).toBe(1);
  });

  it('given a mixed batch, resolves one outcome per address in order and never throws', async () => {
    const adapter = createMemoryAdapter();
    const adminEmail = adapter.snapshot().users[memoryIds.admin]?.email ?? '';
    const { result, invalidate } = await renderInvite(adapter);
    // With one at a time, the first call is the one that meets the armed fault.
    adapter.faults.failMethod('inviteMember', 'rate_limited', { times: 1 });
    let outcomes: InviteOutcome[] = [];
    await act(async () => {
      outcomes = await result.current.invites.inviteMany(
        [
          { email: 'throttled@example.com', idempotencyKey: 'a' },
          { email: 'not-an-email', idempotencyKey: 'b' },
          { email: adminEmail, idempotencyKey: 'c' },
          { email: 'fresh@example.com', idempotencyKey: 'd' },
        ],
        { concurrency: 1 },
      );
    });
    expect(outcomes.map((outcome) => [outcome.email, outcome.status])).toEqual([
      ['throttled@example.com', 'failed'],
      ['not-an-email', 'invalid'],
      [adminEmail, 'already_member'],
      ['fresh@example.com', 'invited'],
    ]);
    expect(outcomes[0]).toEqual({
      email: 'throttled@example.com',
      status: 'failed',
      code: 'rate_limited',
      message: en.common.errors.rate_limited,
    });
    const invalid = outcomes[1];
    expect(invalid?.status === 'invalid' && invalid.message.length > 0).toBe(true);
    // Once for the batch, not once per address.
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('while a batch runs, reports progress, and clears it at the end', async () => {
    const { result, adapter } = await renderInvite();
    const answer = holdNextCall(adapter, 'inviteMember');
    let running: Promise<InviteOutcome[]> = Promise.resolve([]);
    act(() => {
      running = result.current.invites.inviteMany(
        ['p1@example.com', 'p2@example.com', 'p3@example.com'].map((email) => ({
          email,
          idempotencyKey: email,
        })),
        { concurrency: 1 },
      );
    });
    await waitFor(() => expect(result.current.invites.progress).toEqual({ done: 0, total: 3 }));
    expect(result.current.invites.isPending).toBe(true);
    answer();
    await act(() => running);
    await waitFor(() => expect(result.current.invites.progress).toBeNull());
    expect(result.current.invites.isPending).toBe(false);
  });

  it('given a retry with the same idempotency key, never invites twice', async () => {
    const { result, adapter } = await renderInvite();
    const input = { email: 'retry@example.com', idempotencyKey: 'retry-1' };
    adapter.faults.failNext('network');
    const outcomes: InviteOutcome[] = [];
    await act(async () => {
      outcomes.push(await result.current.invites.invite(input));
      outcomes.push(await result.current.invites.invite(input));
      outcomes.push(await result.current.invites.invite(input));
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'invited', 'invited']);
    const [, first, second] = outcomes;
    expect(
      first?.status === 'invited' &&
        second?.status === 'invited' &&
        first.member.userId === second.member.userId,
    ).toBe(true);
    const data = adapter.snapshot();
    const invited = data.memberships.filter(
      (membership) => data.users[membership.userId ?? '']?.email === 'retry@example.com',
    );
    expect(invited).toHaveLength(1);
  });

  it('given only invalid addresses, refetches nothing (nothing changed)', async () => {
    const { result, invalidate } = await renderInvite();
    let outcomes: InviteOutcome[] = [];
    await act(async () => {
      outcomes = await result.current.invites.inviteMany([
        { email: 'nope', idempotencyKey: 'n1' },
        { email: 'also nope', idempotencyKey: 'n2' },
      ]);
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['invalid', 'invalid']);
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('given no addresses, does nothing', async () => {
    const { result, adapter, invalidate } = await renderInvite();
    let outcomes: InviteOutcome[] = [{ email: 'x', status: 'already_member' }];
    await act(async () => {
      outcomes = await result.current.invites.inviteMany([]);
    });
    expect(outcomes).toEqual([]);
    expect(callCount(adapter, 'inviteMember')).toBe(0);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
