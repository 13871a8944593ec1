import { describe, expect, it } from 'vitest';
import type { MembersQuery } from './adapter.ts';
import { decodeMembersCursor, encodeMembersCursor, membersQueryFingerprint } from './members-cursor.ts';

const query: MembersQuery = {
  organizationId: 'org_1',
  search: 'Ada',
  statuses: ['active', 'pending_invite'],
};

describe('members cursors', () => {
  it('carry any position back to the query that made them, whatever the page or limit', () => {
    for (const position of [50, 'page_token:ÄÖ/+=', { members: 'a', invitations: 2 }]) {
      const cursor = encodeMembersCursor(position, query);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeMembersCursor(cursor, { ...query, cursor, limit: 7 })).toEqual(position);
    }
  });

  it('treat the same selection written differently as one query', () => {
    const cursor = encodeMembersCursor(10, query);
    const same: MembersQuery = {
      organizationId: 'org_1',
      search: ' ada ',
      statuses: ['pending_invite', 'active'],
    };
    expect(decodeMembersCursor(cursor, same)).toBe(10);
    expect(membersQueryFingerprint(same)).toBe(membersQueryFingerprint(query));
  });

  it('refuse a cursor of another query with validation on cursor', () => {
    const cursor = encodeMembersCursor(10, query);
    for (const other of [
      { ...query, search: 'Bob' },
      { ...query, statuses: ['active'] as const },
      { ...query, sort: { field: 'email', direction: 'asc' } as const },
      { ...query, organizationId: 'org_2' },
    ]) {
      expect(() => decodeMembersCursor(cursor, other)).toThrow(
        expect.objectContaining({ code: 'validation', fieldErrors: { cursor: expect.any(String) } }),
      );
    }
  });

  it('refuse what is not a cursor with validation', () => {
    for (const cursor of ['not a cursor', '', btoa('{"q":1}'), btoa('[]'), '%%%']) {
      expect(() => decodeMembersCursor(cursor, query)).toThrow(
        expect.objectContaining({ code: 'validation' }),
      );
    }
  });
});
