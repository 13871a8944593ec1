import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  auth0Capabilities,
  fullCapabilities,
  resolveCapabilities,
  scalekitCapabilities,
} from '../../core/capabilities.ts';
import { createMemoryIdempotencyStore } from '../../core/idempotency-store.ts';
import { userVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';
import { createMemoryAdapter, memoryIds } from './index.ts';

const org = memoryIds.organization;

afterEach(() => {
  vi.useRealTimers();
});

describe('the memory adapter behaves as its capabilities declare', () => {
  it('declares full capabilities by default', () => {
    expect(createMemoryAdapter().capabilities).toEqual(fullCapabilities);
  });

  describe('given identifiers-only search from 3 characters (Scalekit)', () => {
    const adapter = () => createMemoryAdapter({ capabilities: scalekitCapabilities });

    it('matches email, user ID and external ID, never a name', async () => {
      const byName = await adapter().listMembers({ organizationId: org, search: 'ليلى' });
      expect(byName.members).toEqual([]);
      const byId = await adapter().listMembers({ organizationId: org, search: memoryIds.rtlName });
      expect(byId.members.map((m) => m.userId)).toEqual([memoryIds.rtlName]);
    });

    it('refuses a shorter search with validation on search, counting characters not bytes', async () => {
      await expect(adapter().listMembers({ organizationId: org, search: ' ab ' })).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { search: expect.any(String) },
      });
      await expect(adapter().listMembers({ organizationId: org, search: 'لیل' })).resolves.toBeDefined();
    });

    it('lists members in the order they were added, as Scalekit does, never sorted by name behind its back', async () => {
      const memory = adapter();
      const added = memory
        .snapshot()
        .memberships.filter((membership) => membership.organizationId === org)
        .map((membership) => membership.userId);
      const listed: (string | null)[] = [];
      let cursor: string | null = null;
      do {
        const page = await memory.listMembers({ organizationId: org, limit: 7, cursor });
        listed.push(...page.members.map((member) => member.userId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(listed).toEqual(added);
      const invited = await memory.inviteMember(org, {
        email: 'aaron.aardvark@example.com',
        idempotencyKey: 'a',
      });
      const first = await memory.listMembers({ organizationId: org, limit: 100 });
      expect(first.members.at(-1)?.userId).toBe(invited.userId);
      // A full backend sorts the same people by name.
      const full = await createMemoryAdapter().listMembers({ organizationId: org, limit: 100 });
      expect(full.members.map((member) => member.userId)).not.toEqual(added);
    });

    it('searches in the same order, by identifiers only', async () => {
      const memory = adapter();
      const found = await memory.listMembers({ organizationId: org, search: '.example', limit: 100 });
      expect(found.members.length).toBeGreaterThan(5);
      const added = memory
        .snapshot()
        .memberships.filter((membership) => membership.organizationId === org)
        .map((membership) => membership.userId);
      expect(found.members.map((member) => member.userId)).toEqual(
        added.filter((id) => found.members.some((member) => member.userId === id)),
      );
    });

    it('refuses a sort and the status and role filters with not_supported', async () => {
      for (const query of [
        { sort: { field: 'name', direction: 'asc' } as const },
        { statuses: ['active'] as const },
        { roles: ['admin'] },
      ]) {
        await expect(adapter().listMembers({ organizationId: org, ...query })).rejects.toMatchObject({
          code: 'not_supported',
        });
      }
    });

    it('ignores an idempotency key: a retry is a new attempt', async () => {
      const memory = adapter();
      const input = { email: 'twice@example.com', idempotencyKey: 'same' };
      await memory.inviteMember(org, input);
      await expect(memory.inviteMember(org, input)).rejects.toMatchObject({ code: 'already_member' });
    });

    it('has no resend cooldown: a fresh invitation may be resent at once', async () => {
      const memory = adapter();
      const invited = await memory.inviteMember(org, { email: 'now@example.com', idempotencyKey: 'n' });
      expect(invited.actions.resendInvitation).toEqual({ allowed: true });
      await expect(memory.resendInvitation(org, invited.invitationId ?? '')).resolves.toMatchObject({
        id: invited.invitationId,
      });
    });

    it('versions a user by the fingerprint of what the kit edits, checked before writing', async () => {
      const memory = adapter();
      const user = await memory.getUser(memoryIds.admin);
      expect(user.version).toBe(versionFingerprint(userVersionFields(user)));
      memory.simulateExternalEdit('user', memoryIds.admin, { profile: { familyName: 'Elsewhere' } });
      await expect(
        memory.updateUser(
          memoryIds.admin,
          { profile: { givenName: 'Mine' } },
          { expectedVersion: user.version },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
      // Put back as it was, the content is what the form saw: the same fingerprint, so the save goes through.
      memory.simulateExternalEdit('user', memoryIds.admin, {
        profile: { familyName: user.profile.familyName },
      });
      const saved = await memory.updateUser(
        memoryIds.admin,
        { profile: { givenName: 'Mine' } },
        { expectedVersion: user.version },
      );
      expect(saved.version).toBe(versionFingerprint(userVersionFields(saved)));
    });

    it('refuses to delete an organization metadata key with not_supported on that key', async () => {
      await expect(
        adapter().updateOrganization(org, { metadata: { plan_type: null } }),
      ).rejects.toMatchObject({
        code: 'not_supported',
        fieldErrors: { 'metadata.plan_type': expect.any(String) },
      });
    });
  });

  describe('given Auth0’s capabilities and invitations without users', () => {
    const adapter = () =>
      createMemoryAdapter({ capabilities: auth0Capabilities, invitationsCreateUsers: false });

    it('keeps seeded invitations as rows with an address and an ID, but no user', async () => {
      const { members } = await adapter().listMembers({ organizationId: org, limit: 100 });
      const invitations = members.filter((m) => m.status === 'pending_invite');
      expect(invitations.length).toBeGreaterThan(0);
      for (const row of invitations)
        expect(row).toMatchObject({ userId: null, invitationId: expect.any(String) });
      expect(members.some((m) => m.status === 'invite_expired')).toBe(false);
      await expect(adapter().getUser(memoryIds.pendingInvite)).rejects.toMatchObject({ code: 'not_found' });
    });

    it('invites without creating a user, counts nothing, and deletes the invitation once it expires', async () => {
      vi.useFakeTimers({ now: Date.parse('2026-05-01T10:00:00Z') });
      const memory = adapter();
      const invited = await memory.inviteMember(org, { email: 'new@example.com', idempotencyKey: 'k' });
      expect(invited).toMatchObject({ userId: null, email: 'new@example.com', status: 'pending_invite' });
      expect(Object.values(memory.snapshot().users).some((user) => user.email === 'new@example.com')).toBe(
        false,
      );
      const page = await memory.listMembers({ organizationId: org, limit: 100 });
      expect(page.totalCount).toBeNull();
      vi.setSystemTime(Date.now() + (auth0Capabilities.invitations.lifetimeMs ?? 0));
      const later = await memory.listMembers({ organizationId: org, limit: 100 });
      expect(later.members.map((m) => m.invitationId)).not.toContain(invited.invitationId);
    });

    it('keeps a user whose last membership is removed', async () => {
      const memory = adapter();
      await memory.removeMember(org, memoryIds.member);
      expect(memory.snapshot().users[memoryIds.member]).toBeDefined();
    });

    it('refuses any search with not_supported', async () => {
      await expect(adapter().listMembers({ organizationId: org, search: 'ada' })).rejects.toMatchObject({
        code: 'not_supported',
      });
    });
  });

  describe('given other overrides', () => {
    it('caps a page at maxPageSize', async () => {
      const memory = createMemoryAdapter({ capabilities: { members: { maxPageSize: 30 } } });
      const page = await memory.listMembers({ organizationId: org, limit: 100 });
      expect(page.members).toHaveLength(30);
    });

    it('refuses to resend where resend is none, with not_supported', async () => {
      const memory = createMemoryAdapter({ capabilities: { invitations: { resend: 'none' } } });
      const { invitationId } = await memory.getMember(org, memoryIds.pendingInvite);
      await expect(memory.resendInvitation(org, invitationId ?? '')).rejects.toMatchObject({
        code: 'not_supported',
      });
    });

    it('ignores expectedVersion where concurrency is none: the last write wins', async () => {
      const memory = createMemoryAdapter({ capabilities: { concurrency: 'none' } });
      await expect(
        memory.updateOrganization(org, { displayName: 'Mine' }, { expectedVersion: 'stale' }),
      ).resolves.toMatchObject({ displayName: 'Mine' });
    });

    it('lasts invitations the declared lifetime, and resends after the declared cooldown', async () => {
      vi.useFakeTimers({ now: Date.parse('2026-05-01T10:00:00Z') });
      const capabilities = resolveCapabilities({
        invitations: { lifetimeMs: 3_600_000, resendCooldownMs: 5_000 },
      });
      const memory = createMemoryAdapter({ capabilities });
      const invited = await memory.inviteMember(org, { email: 'soon@example.com', idempotencyKey: 's' });
      expect(Date.parse(invited.expiresAt ?? '') - Date.now()).toBe(3_600_000);
      await expect(memory.resendInvitation(org, invited.invitationId ?? '')).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: 5_000,
      });
      vi.setSystemTime(Date.now() + 5_000);
      await expect(memory.resendInvitation(org, invited.invitationId ?? '')).resolves.toBeDefined();
    });

    it('keeps idempotent results in the store it is given, shared across adapters', async () => {
      const idempotencyStore = createMemoryIdempotencyStore();
      const input = { email: 'shared@example.com', idempotencyKey: 'shared' };
      const first = await createMemoryAdapter({ idempotencyStore }).inviteMember(org, input);
      const second = await createMemoryAdapter({ idempotencyStore }).inviteMember(org, input);
      expect(second).toEqual(first);
    });

    it('forgets idempotent results of its own store on reset', async () => {
      const memory = createMemoryAdapter();
      const input = { email: 'again@example.com', idempotencyKey: 'again' };
      const first = await memory.inviteMember(org, input);
      memory.reset();
      const second = await memory.inviteMember(org, input);
      expect(second.invitationId).not.toBe(null);
      expect(memory.snapshot().memberships.filter((m) => m.invitationId === first.invitationId)).toHaveLength(
        first.invitationId === second.invitationId ? 1 : 0,
      );
    });
  });
});
