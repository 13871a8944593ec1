import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from './index.ts';

// The memory backend's members list: page size, sort orders, search in any script, and cursors.

const org = memoryIds.organization;

describe('the memory backend’s rules', () => {
  describe('listing members', () => {
    it('pages 50 at a time by default', async () => {
      const adapter = createMemoryAdapter({ memberCount: 120 });
      const first = await adapter.listMembers({ organizationId: org });
      expect(first.members).toHaveLength(50);
      expect(first.totalCount).toBe(120);
    });

    it('sorts by status in the filters’ order, and by join date with never-joined last', async () => {
      const adapter = createMemoryAdapter();
      const byStatus = await adapter.listMembers({
        organizationId: org,
        limit: 100,
        sort: { field: 'status', direction: 'asc' },
      });
      const statuses = byStatus.members.map((m) => m.status);
      expect(statuses.indexOf('pending_invite')).toBeGreaterThan(statuses.lastIndexOf('active'));
      expect(statuses.indexOf('inactive')).toBeGreaterThan(statuses.lastIndexOf('invite_expired'));
      for (const direction of ['asc', 'desc'] as const) {
        const page = await adapter.listMembers({
          organizationId: org,
          limit: 100,
          sort: { field: 'joinedAt', direction },
        });
        const joined = page.members.map((m) => m.joinedAt);
        const firstNull = joined.indexOf(null);
        expect(joined.slice(firstNull).every((value) => value === null)).toBe(true);
        const dates = joined.slice(0, firstNull) as string[];
        expect(dates).toEqual(
          [...dates].sort((a, b) => (direction === 'asc' ? a.localeCompare(b) : b.localeCompare(a))),
        );
      }
    });

    it('finds names in any script and ignores case', async () => {
      const adapter = createMemoryAdapter();
      const arabic = await adapter.listMembers({ organizationId: org, search: 'ليلى' });
      expect(arabic.members.map((m) => m.userId)).toContain(memoryIds.rtlName);
      const html = await adapter.listMembers({ organizationId: org, search: '<B>BOLD' });
      expect(html.members.map((m) => m.userId)).toEqual([memoryIds.htmlName]);
    });

    it('rejects a cursor that is not one', async () => {
      await expect(
        createMemoryAdapter().listMembers({ organizationId: org, cursor: 'not a cursor' }),
      ).rejects.toMatchObject({ code: 'validation' });
    });
  });
});
