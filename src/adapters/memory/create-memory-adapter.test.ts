import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, memoryIds } from './index.ts';

// The memory adapter's options and test controls; its simulated faults and latency are in
// create-memory-adapter.faults.test.ts, its persistence in create-memory-adapter.persist.test.ts.

const org = memoryIds.organization;

describe('createMemoryAdapter', () => {
  it('implements the adapter contract’s identity: name and Scalekit limits by default', () => {
    const adapter = createMemoryAdapter();
    expect(adapter.name).toBe('memory');
    expect(adapter.limits.organizationMetadata.maxPairs).toBe(10);
    expect(adapter.limits.userMetadata.maxPairs).toBe(20);
  });

  describe('given limits', () => {
    it('enforces them instead of Scalekit’s', async () => {
      const adapter = createMemoryAdapter({
        limits: {
          organizationMetadata: {
            maxPairs: 3,
            keyMinLength: 3,
            keyMaxLength: 25,
            valueMinLength: 1,
            valueMaxLength: 256,
          },
        },
      });
      expect(adapter.limits.organizationMetadata.maxPairs).toBe(3);
      await expect(
        adapter.updateOrganization(org, { metadata: { one_more: 'x', and_another: 'y' } }),
      ).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { metadata: expect.stringContaining('At most 3') },
      });
    });
  });

  describe('given definitions', () => {
    it('serves them as stored, malformed ones included, and validates against the sanitized result', async () => {
      const definitions = [
        { key: 'mood', type: 'emoji', label: 'Mood', policy: { write: 'user', source: 'user' } },
        { key: 'team', type: 'text', label: 'Team', policy: { write: 'user', source: 'user' } },
        'not even an object',
      ];
      const adapter = createMemoryAdapter({ definitions });
      expect(await adapter.listAttributeDefinitions()).toEqual(definitions);
      const user = await adapter.updateUser(memoryIds.admin, { customAttributes: { team: 'Platform' } });
      expect(user.profile.customAttributes.team).toBe('Platform');
      // An unknown type degrades to read-only: the backend refuses writes to it too.
      await expect(
        adapter.updateUser(memoryIds.admin, { customAttributes: { mood: 'happy' } }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });
  });

  describe('given prepare', () => {
    it('changes the seeded data before use, and again after reset', async () => {
      const prepare = vi.fn((data) => {
        data.organizations[org].metadata = { ...data.organizations[org].metadata, region: 'eu' };
      });
      const adapter = createMemoryAdapter({ prepare });
      expect((await adapter.getOrganization(org)).metadata.region).toBe('eu');
      adapter.reset();
      expect(prepare).toHaveBeenCalledTimes(2);
      expect((await adapter.getOrganization(org)).metadata.region).toBe('eu');
    });
  });

  describe('deep copies', () => {
    it('never lets a caller mutate the store through a returned value', async () => {
      const adapter = createMemoryAdapter();
      const user = await adapter.getUser(memoryIds.admin);
      (user.profile as { givenName: string | null }).givenName = 'Mutated';
      (user.appMetadata as Record<string, unknown>).injected = 'yes';
      const again = await adapter.getUser(memoryIds.admin);
      expect(again.profile.givenName).toBe('Maya');
      expect(again.appMetadata.injected).toBeUndefined();
      const page = await adapter.listMembers({ organizationId: org });
      (page.members[0]!.roles as string[]).push('admin');
      expect((await adapter.listMembers({ organizationId: org })).members[0]?.roles).not.toContain('admin');
      const snapshot = adapter.snapshot();
      snapshot.organizations[org] = { ...snapshot.organizations[org]!, displayName: 'Changed' };
      expect((await adapter.getOrganization(org)).displayName).toBe('Acme Corporation');
    });

    it('never keeps a reference to what a caller passed in', async () => {
      const adapter = createMemoryAdapter();
      const patch = { userMetadata: { theme: 'light' } as Record<string, string> };
      await adapter.updateUser(memoryIds.admin, patch);
      patch.userMetadata.theme = 'changed later';
      expect((await adapter.getUser(memoryIds.admin)).userMetadata.theme).toBe('light');
      expect(adapter.calls.at(-2)).toEqual({
        method: 'updateUser',
        args: [memoryIds.admin, { userMetadata: { theme: 'light' } }],
      });
    });
  });

  describe('calls', () => {
    it('records every call with its arguments, leaving out the signal', async () => {
      const adapter = createMemoryAdapter();
      const controller = new AbortController();
      await adapter.getViewer(org, { signal: controller.signal });
      await adapter.updateUser(
        memoryIds.admin,
        { profile: { givenName: 'Ada' } },
        { expectedVersion: '1', signal: controller.signal },
      );
      await adapter
        .inviteMember(org, { email: 'new@example.com', idempotencyKey: 'k1' })
        .catch(() => undefined);
      expect(adapter.calls).toEqual([
        { method: 'getViewer', args: [org] },
        {
          method: 'updateUser',
          args: [memoryIds.admin, { profile: { givenName: 'Ada' } }, { expectedVersion: '1' }],
        },
        { method: 'inviteMember', args: [org, { email: 'new@example.com', idempotencyKey: 'k1' }] },
      ]);
    });

    it('records failed calls too', async () => {
      const adapter = createMemoryAdapter();
      await adapter.getUser('usr_missing').catch(() => undefined);
      expect(adapter.calls).toEqual([{ method: 'getUser', args: ['usr_missing'] }]);
    });
  });

  describe('setViewer', () => {
    it('signs in as a seeded role or any user ID', async () => {
      const adapter = createMemoryAdapter();
      adapter.setViewer('member');
      expect(adapter.viewerId).toBe(memoryIds.member);
      expect((await adapter.getViewer(org)).roles).toEqual(['member']);
      adapter.setViewer(memoryIds.billingManager);
      expect((await adapter.getViewer(org)).roles).toEqual(['billing_manager']);
    });

    it('given a user that does not exist, every call is unauthenticated', async () => {
      const adapter = createMemoryAdapter({ viewer: 'usr_nobody' });
      await expect(adapter.getViewer(org)).rejects.toMatchObject({ code: 'unauthenticated' });
    });
  });

  describe('reset', () => {
    it('returns to the seed and forgets faults and calls', async () => {
      const adapter = createMemoryAdapter({ seed: 5 });
      const seeded = adapter.snapshot();
      await adapter.removeMember(org, memoryIds.member);
      adapter.faults.failNext('network');
      adapter.reset();
      expect(adapter.calls).toEqual([]);
      await expect(adapter.getMember(org, memoryIds.member)).resolves.toMatchObject({
        userId: memoryIds.member,
      });
      expect(adapter.snapshot().memberships).toHaveLength(seeded.memberships.length);
    });
  });

  describe('simulateExternalEdit', () => {
    it('changes a user elsewhere: a new version, so a save from the old one conflicts', async () => {
      const adapter = createMemoryAdapter();
      const { version } = await adapter.getUser(memoryIds.admin);
      adapter.simulateExternalEdit('user', memoryIds.admin, { profile: { familyName: 'Changed-Elsewhere' } });
      const after = await adapter.getUser(memoryIds.admin);
      expect(after.profile.familyName).toBe('Changed-Elsewhere');
      expect(after.version).not.toBe(version);
      await expect(
        adapter.updateUser(
          memoryIds.admin,
          { profile: { familyName: 'Mine' } },
          { expectedVersion: version },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
    });

    it('changes an organization elsewhere', async () => {
      const adapter = createMemoryAdapter();
      const { version } = await adapter.getOrganization(org);
      adapter.simulateExternalEdit('organization', org, { metadata: { plan_type: 'growth' } });
      await expect(
        adapter.updateOrganization(org, { displayName: 'Mine' }, { expectedVersion: version }),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await adapter.getOrganization(org)).metadata.plan_type).toBe('growth');
    });

    it('throws for a record that does not exist', () => {
      expect(() => createMemoryAdapter().simulateExternalEdit('user', 'usr_nobody', {})).toThrow(
        /usr_nobody/,
      );
    });
  });
});
