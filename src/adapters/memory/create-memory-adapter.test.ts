import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamkitError } from '../../core/errors.ts';
import { createMemoryAdapter, memoryIds } from './index.ts';
import { storageFormat } from './persistence.ts';

const org = memoryIds.organization;

/** A Storage kept in a Map, so each test has its own and can corrupt it. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

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

  describe('faults', () => {
    it('failNext makes the next call fail with that code, then behaves normally', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('network');
      const error = await adapter.getOrganization(org).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(TeamkitError);
      expect(error).toMatchObject({ code: 'network' });
      await expect(adapter.getOrganization(org)).resolves.toMatchObject({ id: org });
    });

    it('failNext with a count fails that many calls, whatever the method', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('unavailable', 2);
      await expect(adapter.getViewer(org)).rejects.toMatchObject({ code: 'unavailable' });
      await expect(adapter.listRoles(org)).rejects.toMatchObject({ code: 'unavailable' });
      await expect(adapter.listRoles(org)).resolves.toHaveLength(3);
    });

    it('a rate_limited fault says how long to wait', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('rate_limited');
      await expect(adapter.getViewer(org)).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: expect.any(Number),
      });
    });

    it('failMethod fails only that method, every time until cleared', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failMethod('updateUser', 'conflict');
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'A' } }),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'B' } }),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(adapter.getUser(memoryIds.admin)).resolves.toMatchObject({
        profile: { givenName: 'Maya' },
      });
      adapter.faults.clear();
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'C' } }),
      ).resolves.toMatchObject({
        profile: { givenName: 'C' },
      });
    });

    it('failMethod with times stops after that many failures', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failMethod('listRoles', 'unknown', { times: 1 });
      await expect(adapter.listRoles(org)).rejects.toMatchObject({ code: 'unknown' });
      await expect(adapter.listRoles(org)).resolves.toHaveLength(3);
    });

    it('accepts an error: a TeamkitError as is, anything else converted', async () => {
      const adapter = createMemoryAdapter();
      const conflict = new TeamkitError('validation', 'Custom', {
        fieldErrors: { givenName: 'Server says no.' },
      });
      adapter.faults.failNext(conflict);
      await expect(adapter.getViewer(org)).rejects.toBe(conflict);
      adapter.faults.failNext(new TypeError('Failed to fetch'));
      await expect(adapter.getViewer(org)).rejects.toMatchObject({ code: 'network' });
    });

    it('a failed change changes nothing', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('unavailable');
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'Lost' } }),
      ).rejects.toBeInstanceOf(TeamkitError);
      expect((await adapter.getUser(memoryIds.admin)).profile.givenName).toBe('Maya');
    });
  });

  describe('given latency', () => {
    it('answers only after the latency has passed', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ latency: 500 });
      const settled = vi.fn();
      adapter.getViewer(org).then(settled);
      await vi.advanceTimersByTimeAsync(499);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledWith(expect.objectContaining({ userId: memoryIds.admin }));
    });

    it('draws each call’s latency from a range', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ latency: { min: 200, max: 400 } });
      const settled = vi.fn();
      adapter.listRoles(org).then(settled);
      await vi.advanceTimersByTimeAsync(199);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(201);
      expect(settled).toHaveBeenCalled();
    });

    it('rejects with the signal’s reason when aborted while waiting, and changes nothing', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ latency: 1_000 });
      const controller = new AbortController();
      const pending = adapter.updateUser(
        memoryIds.admin,
        { profile: { givenName: 'Never' } },
        { signal: controller.signal },
      );
      const reason = new DOMException('The user navigated away.', 'AbortError');
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      adapter.setLatency(0);
      expect((await adapter.getUser(memoryIds.admin)).profile.givenName).toBe('Maya');
    });

    it('rejects at once when the signal had already aborted', async () => {
      const adapter = createMemoryAdapter();
      const controller = new AbortController();
      controller.abort('gone');
      await expect(adapter.getViewer(org, { signal: controller.signal })).rejects.toBe('gone');
    });

    it('setLatency changes it for later calls', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter();
      adapter.setLatency(300);
      const settled = vi.fn();
      adapter.listRoles(org).then(settled);
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalled();
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

  describe('given persist', () => {
    it('keeps changes across adapters sharing the storage key', async () => {
      const storage = memoryStorage();
      const first = createMemoryAdapter({ persist: { key: 'tk', storage } });
      await first.updateOrganization(org, { displayName: 'Persisted Inc' });
      const second = createMemoryAdapter({ persist: { key: 'tk', storage } });
      expect((await second.getOrganization(org)).displayName).toBe('Persisted Inc');
    });

    it('given corrupt storage, starts from the seed and replaces it', async () => {
      const storage = memoryStorage({ tk: '{not json' });
      const adapter = createMemoryAdapter({ persist: { key: 'tk', storage } });
      expect((await adapter.getOrganization(org)).displayName).toBe('Acme Corporation');
      expect(JSON.parse(storage.getItem('tk') ?? 'null')).toMatchObject({ format: storageFormat });
    });

    it('given state of an older format or the wrong shape, starts from the seed', async () => {
      for (const stored of [
        { format: storageFormat - 1, fingerprint: '[1,50,null]', data: {} },
        { format: storageFormat, fingerprint: '[1,50,null]', data: { users: 'nope' } },
        null,
        42,
      ]) {
        const storage = memoryStorage({ tk: JSON.stringify(stored) });
        const adapter = createMemoryAdapter({ persist: { key: 'tk', storage } });
        expect((await adapter.getOrganization(org)).displayName).toBe('Acme Corporation');
      }
    });

    it('given other seed options, does not reuse state saved under them', async () => {
      const storage = memoryStorage();
      await createMemoryAdapter({ seed: 1, persist: { key: 'tk', storage } }).updateOrganization(org, {
        displayName: 'One',
      });
      const other = createMemoryAdapter({ seed: 2, persist: { key: 'tk', storage } });
      expect((await other.getOrganization(org)).displayName).toBe('Acme Corporation');
    });

    it('reset forgets the saved state', async () => {
      const storage = memoryStorage();
      const adapter = createMemoryAdapter({ persist: { key: 'tk', storage } });
      await adapter.updateOrganization(org, { displayName: 'Before reset' });
      adapter.reset();
      const next = createMemoryAdapter({ persist: { key: 'tk', storage } });
      expect((await next.getOrganization(org)).displayName).toBe('Acme Corporation');
    });

    it('given storage that refuses writes, keeps working in memory', async () => {
      const storage = memoryStorage();
      storage.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      const adapter = createMemoryAdapter({ persist: { key: 'tk', storage } });
      await expect(adapter.updateOrganization(org, { displayName: 'Still works' })).resolves.toMatchObject({
        displayName: 'Still works',
      });
    });

    it('without persist, never touches localStorage', async () => {
      const getItem = vi.spyOn(Storage.prototype, 'getItem');
      const setItem = vi.spyOn(Storage.prototype, 'setItem');
      const adapter = createMemoryAdapter();
      await adapter.updateOrganization(org, { displayName: 'Not saved' });
      expect(getItem).not.toHaveBeenCalled();
      expect(setItem).not.toHaveBeenCalled();
      vi.restoreAllMocks();
    });

    it('without a storage given, uses localStorage', async () => {
      localStorage.removeItem('tk-local');
      const adapter = createMemoryAdapter({ persist: { key: 'tk-local' } });
      await adapter.updateOrganization(org, { displayName: 'In localStorage' });
      expect(localStorage.getItem('tk-local')).toContain('In localStorage');
      localStorage.removeItem('tk-local');
    });
  });
});
