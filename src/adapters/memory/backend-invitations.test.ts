import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, invitationLifetimeMs, memoryIds, resendCooldownMs } from './index.ts';

// The memory backend's invitations: the resend cooldown and expiry (on a pinned clock), inviting again,
// what an admin may give, idempotency keys, and revoking.

const org = memoryIds.organization;

afterEach(() => {
  vi.useRealTimers();
});

describe('the memory backend’s rules', () => {
  describe('invitations', () => {
    it('an invitation may not be resent within the cooldown, and the row says so', async () => {
      vi.useFakeTimers({ now: Date.parse('2026-05-01T10:00:00Z') });
      const adapter = createMemoryAdapter();
      const invited = await adapter.inviteMember(org, {
        email: 'fresh@example.com',
        idempotencyKey: 'fresh',
      });
      expect(invited.actions.resendInvitation).toEqual({ allowed: false, reason: 'resend_cooldown' });
      const invitationId = invited.invitationId ?? '';
      await expect(adapter.resendInvitation(org, invitationId)).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: resendCooldownMs,
      });
      vi.setSystemTime(Date.now() + resendCooldownMs);
      expect((await adapter.getMember(org, invited.userId ?? '')).actions.resendInvitation).toEqual({
        allowed: true,
      });
      const invitation = await adapter.resendInvitation(org, invitationId);
      expect(invitation).toMatchObject({
        id: invitationId,
        status: 'pending',
        resentCount: 1,
        expiresAt: invited.expiresAt,
      });
    });

    it('a pending invitation expires after 15 days', async () => {
      vi.useFakeTimers({ now: Date.parse('2026-05-01T10:00:00Z') });
      const adapter = createMemoryAdapter();
      const invited = await adapter.inviteMember(org, { email: 'slow@example.com', idempotencyKey: 'slow' });
      vi.setSystemTime(Date.now() + invitationLifetimeMs);
      const member = await adapter.getMember(org, invited.userId ?? '');
      expect(member.status).toBe('invite_expired');
      const expired = await adapter.listMembers({
        organizationId: org,
        statuses: ['invite_expired'],
        search: 'slow@',
      });
      expect(expired.totalCount).toBe(1);
    });

    it('inviting an expired invitation’s address invites the same user again', async () => {
      const adapter = createMemoryAdapter();
      const { email } = await adapter.getMember(org, memoryIds.expiredInvite);
      const again = await adapter.inviteMember(org, { email, idempotencyKey: 'again' });
      expect(again).toMatchObject({ userId: memoryIds.expiredInvite, status: 'pending_invite' });
    });

    it('inviting someone known from another organization reuses their user and profile', async () => {
      const adapter = createMemoryAdapter();
      const member = await adapter.inviteMember(org, {
        email: 'Hank.Scorpio@globex.example',
        givenName: 'Ignored',
        idempotencyKey: 'hank',
      });
      expect(member).toMatchObject({ userId: 'usr_96194455173800099', givenName: 'Hank' });
    });

    it('stores names, the external ID and metadata an admin gives', async () => {
      const adapter = createMemoryAdapter();
      const member = await adapter.inviteMember(org, {
        email: 'john.doe@company.example',
        givenName: 'John',
        familyName: 'Doe',
        roles: ['billing_manager'],
        externalId: 'SALESFORCE-777777',
        metadata: { territory: 'West Coast' },
        idempotencyKey: 'john',
      });
      expect(member).toMatchObject({ givenName: 'John', familyName: 'Doe', externalId: 'SALESFORCE-777777' });
      expect((await adapter.getUser(member.userId ?? '')).appMetadata).toEqual({ territory: 'West Coast' });
    });

    it('rejects metadata over the limits, keyed under metadata', async () => {
      await expect(
        createMemoryAdapter().inviteMember(org, {
          email: 'meta@example.com',
          metadata: { ab: 'too short a key' },
          idempotencyKey: 'meta',
        }),
      ).rejects.toMatchObject({ code: 'validation', fieldErrors: { 'metadata.ab': expect.any(String) } });
    });

    it('remembers only successes: a failed attempt may be retried with the same key', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('unavailable');
      const input = { email: 'retry@example.com', idempotencyKey: 'retry' };
      await expect(adapter.inviteMember(org, input)).rejects.toMatchObject({ code: 'unavailable' });
      await expect(adapter.inviteMember(org, input)).resolves.toMatchObject({ status: 'pending_invite' });
    });

    it('without an idempotency key, treats every call as a new attempt', async () => {
      const adapter = createMemoryAdapter();
      const first = await adapter.inviteMember(org, { email: 'one@example.com' } as never);
      const second = await adapter.inviteMember(org, { email: 'two@example.com' } as never);
      expect(second.userId).not.toBe(first.userId);
    });

    it('revoking the only membership of an invited user deletes the user too', async () => {
      const adapter = createMemoryAdapter();
      const { invitationId } = await adapter.getMember(org, memoryIds.pendingInvite);
      await adapter.revokeInvitation(org, invitationId ?? '');
      await expect(adapter.getUser(memoryIds.pendingInvite)).rejects.toMatchObject({ code: 'not_found' });
    });
  });
});
