import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, memoryIds } from './index.ts';
import { storageFormat } from './persistence.ts';

// The memory adapter's `persist` option: changes kept in a Storage across adapters and reloads, and
// what happens when that storage is full, corrupt or from another format.

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

describe('createMemoryAdapter', () => {
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
