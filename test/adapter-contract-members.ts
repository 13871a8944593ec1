/**
 * The conformance suite's part for the members list: totals, pagination and its cursors, search,
 * filters and sort, each tested where `capabilities.members` declares it and refused where it does not.
 * Run inside `describeAdapterContract`, over the same fresh adapter each test gets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MembersQuery, TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import { memberKey } from '../src/core/member-key.ts';
import type { ContractIds } from './adapter-contract.ts';
import { allPages, declared, rowOf } from './adapter-contract-support.ts';

/** Defines the members-list cases; `current` gives the adapter and fixture of the running test. */
export function describeMemberListContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  const members = capabilities.members;
  const search = members.search !== 'none';
  /** A search at the backend's minimum length or longer. */
  const searchable = (text: string) => search && Array.from(text).length >= members.searchMinLength;

  describe('when listing members', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    declared(members.totals !== 'none', 'members.totals exact or estimated')(
      'returns a first page with the total count',
      async () => {
        const page = await adapter.listMembers({ organizationId: ids.organizationId });
        expect(page.members.length).toBeGreaterThan(0);
        expect(page.totalCount).toBeGreaterThanOrEqual(page.members.length);
        for (const member of page.members) expect(member.organizationId).toBe(ids.organizationId);
      },
    );

    declared(members.totals === 'none', 'members.totals none')(
      'returns a first page with no total (null), not a made-up one',
      async () => {
        const page = await adapter.listMembers({ organizationId: ids.organizationId });
        expect(page.members.length).toBeGreaterThan(0);
        expect(page.totalCount).toBeNull();
      },
    );

    it('pages through every member exactly once with stable cursors', async () => {
      const { members: listed, totalCounts } = await allPages(adapter, {
        organizationId: ids.organizationId,
        limit: 7,
      });
      const keys = listed.map(memberKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(totalCounts).size).toBe(1);
      if (members.totals === 'exact') expect(keys.length).toBe(totalCounts[0]);
      const again = await allPages(adapter, { organizationId: ids.organizationId, limit: 7 });
      expect(again.members.map(memberKey)).toEqual(keys);
    });

    it('gives every row a stable key: an invitation carries its ID, with or without a user', async () => {
      const { members: listed } = await allPages(adapter, { organizationId: ids.organizationId });
      for (const member of listed) {
        const invitation = member.status === 'pending_invite' || member.status === 'invite_expired';
        if (invitation) expect(member.invitationId).toEqual(expect.any(String));
        else expect(member.invitationId).toBeNull();
        if (member.userId === null) expect(invitation).toBe(true);
      }
    });

    it(`caps the page size at the declared maximum (${members.maxPageSize})`, async () => {
      const page = await adapter.listMembers({ organizationId: ids.organizationId, limit: 1_000 });
      expect(page.members.length).toBeLessThanOrEqual(members.maxPageSize);
    });

    it('rejects a cursor that is not one with validation on cursor', async () => {
      await expect(
        adapter.listMembers({ organizationId: ids.organizationId, cursor: 'not a cursor' }),
      ).rejects.toMatchObject({ code: 'validation', fieldErrors: { cursor: expect.any(String) } });
    });

    const otherQuery: Partial<MembersQuery> | null = members.statusFilter
      ? { statuses: ['active'] }
      : members.sortFields.length > 0
        ? { sort: { field: members.sortFields[0] ?? 'name', direction: 'desc' } }
        : search
          ? { search: '@'.padEnd(members.searchMinLength, '.') }
          : null;
    declared(otherQuery !== null, 'a search, a sort or a filter, to make another query')(
      'rejects a cursor from another query with validation',
      async () => {
        const first = await adapter.listMembers({ organizationId: ids.organizationId, limit: 2 });
        expect(first.nextCursor).not.toBeNull();
        await expect(
          adapter.listMembers({
            organizationId: ids.organizationId,
            limit: 2,
            ...otherQuery,
            cursor: first.nextCursor,
          }),
        ).rejects.toMatchObject({ code: 'validation' });
      },
    );

    declared(search, 'members.search')('searches email and external ID case-insensitively', async () => {
      const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
      const local = member.email.split('@')[0] ?? '';
      expect(searchable(local)).toBe(true);
      const byEmail = await adapter.listMembers({
        organizationId: ids.organizationId,
        search: local.toUpperCase(),
      });
      expect(byEmail.members.map((m) => m.userId)).toContain(ids.memberUserId);
      const byExternalId = await adapter.listMembers({
        organizationId: ids.organizationId,
        search: ids.memberExternalId.toLowerCase(),
      });
      expect(byExternalId.members.map((m) => m.userId)).toEqual([ids.memberUserId]);
      if (members.totals === 'exact') expect(byExternalId.totalCount).toBe(1);
    });

    declared(members.search === 'full_text', 'members.search full_text')('searches names', async () => {
      const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
      const word = (member.name ?? member.givenName ?? '').split(' ')[0] ?? '';
      expect(word).not.toBe('');
      const page = await adapter.listMembers({
        organizationId: ids.organizationId,
        search: word.toLowerCase(),
      });
      expect(page.members.map((m) => m.userId)).toContain(ids.memberUserId);
    });

    declared(members.search === 'identifiers', 'members.search identifiers')(
      'searches user IDs',
      async () => {
        const page = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: ids.memberUserId,
        });
        expect(page.members.map((m) => m.userId)).toEqual([ids.memberUserId]);
      },
    );

    declared(search && members.searchMinLength > 1, 'members.searchMinLength above 1')(
      `rejects a search shorter than the declared minimum (${members.searchMinLength}) with validation on search`,
      async () => {
        await expect(
          adapter.listMembers({
            organizationId: ids.organizationId,
            search: 'a'.repeat(members.searchMinLength - 1),
          }),
        ).rejects.toMatchObject({ code: 'validation', fieldErrors: { search: expect.any(String) } });
      },
    );

    declared(!search, 'members.search none')('refuses a search with not_supported', async () => {
      await expect(
        adapter.listMembers({ organizationId: ids.organizationId, search: 'example' }),
      ).rejects.toMatchObject({ code: 'not_supported' });
    });

    declared(members.statusFilter, 'members.statusFilter')('filters by status', async () => {
      const { members: listed } = await allPages(adapter, {
        organizationId: ids.organizationId,
        statuses: ['pending_invite'],
      });
      expect(listed.map((m) => m.email.toLowerCase())).toContain(ids.pendingInviteEmail.toLowerCase());
      for (const member of listed) expect(member.status).toBe('pending_invite');
    });

    declared(!members.statusFilter, 'members.statusFilter to be false')(
      'refuses a status filter with not_supported',
      async () => {
        await expect(
          adapter.listMembers({ organizationId: ids.organizationId, statuses: ['active'] }),
        ).rejects.toMatchObject({ code: 'not_supported' });
      },
    );

    declared(members.roleFilter, 'members.roleFilter')('filters by role', async () => {
      const { members: listed } = await allPages(adapter, {
        organizationId: ids.organizationId,
        roles: [ids.adminRole],
      });
      expect(listed.map((m) => m.userId)).toEqual([ids.adminUserId]);
    });

    declared(!members.roleFilter, 'members.roleFilter to be false')(
      'refuses a role filter with not_supported',
      async () => {
        await expect(
          adapter.listMembers({ organizationId: ids.organizationId, roles: [ids.adminRole] }),
        ).rejects.toMatchObject({ code: 'not_supported' });
      },
    );

    declared(members.sortFields.includes('email'), 'email in members.sortFields')(
      'sorts by email in both directions',
      async () => {
        const query = {
          organizationId: ids.organizationId,
          sort: { field: 'email', direction: 'asc' },
        } as const;
        const ascending = (await allPages(adapter, query)).members.map((m) => m.email.toLowerCase());
        for (let i = 1; i < ascending.length; i += 1) {
          expect(
            (ascending[i - 1] as string).localeCompare(ascending[i] as string, 'en'),
          ).toBeLessThanOrEqual(0);
        }
        const descending = (
          await allPages(adapter, { ...query, sort: { field: 'email', direction: 'desc' } })
        ).members.map((m) => m.email.toLowerCase());
        expect(descending).toEqual([...ascending].reverse());
      },
    );

    const unsortable = (['name', 'email', 'status', 'joinedAt', 'invitedAt'] as const).find(
      (field) => !members.sortFields.includes(field),
    );
    declared(unsortable !== undefined, 'a field missing from members.sortFields')(
      `refuses to sort by an undeclared field (${unsortable ?? 'none'}) with not_supported`,
      async () => {
        await expect(
          adapter.listMembers({
            organizationId: ids.organizationId,
            sort: { field: unsortable ?? 'name', direction: 'asc' },
          }),
        ).rejects.toMatchObject({ code: 'not_supported' });
      },
    );

    it('says on each row what the viewer may do', async () => {
      const admin = await adapter.getMember(ids.organizationId, ids.adminUserId);
      expect(admin.actions.remove).toEqual({ allowed: false, reason: 'last_admin' });
      expect(admin.actions.changeRoles).toEqual({ allowed: false, reason: 'last_admin' });
      const managed = await adapter.getMember(ids.organizationId, ids.directoryManagedUserId);
      expect(managed.actions.remove).toEqual({ allowed: false, reason: 'managed_by_directory' });
      const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
      expect(member.actions.remove).toEqual({ allowed: true });
      expect(member.actions.revokeInvitation.allowed).toBe(false);
      const pending = await rowOf(adapter, ids.organizationId, ids.pendingInviteEmail);
      expect(pending?.actions.revokeInvitation).toEqual({ allowed: true });
    });
  });
}
