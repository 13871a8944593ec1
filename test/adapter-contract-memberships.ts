/**
 * The conformance suite's part for memberships: changing a member's roles and metadata, and removing
 * members, with the last admin and directory-managed members protected. Run inside
 * `describeAdapterContract`, over the same fresh adapter each test gets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import type { ContractIds } from './adapter-contract.ts';
import { allPages, declared } from './adapter-contract-support.ts';

/** Defines the role-change and removal cases; `current` gives the adapter and fixture of the running test. */
export function describeMembershipContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  describe('when changing roles', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('replaces the roles with the set sent', async () => {
      const member = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
        roles: [ids.adminRole, ids.memberRole],
      });
      expect([...member.roles].sort()).toEqual([ids.adminRole, ids.memberRole].sort());
      const demoted = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
        roles: [ids.memberRole],
      });
      expect(demoted.roles).toEqual([ids.memberRole]);
    });

    it('refuses a role change made against roles that changed since (expectedRoles), and applies a current one', async () => {
      const before = await adapter.getMember(ids.organizationId, ids.memberUserId);
      // Someone else changes the roles first.
      await adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: [ids.adminRole] });
      await expect(
        adapter.updateMembership(
          ids.organizationId,
          ids.memberUserId,
          { roles: [ids.memberRole, ids.adminRole] },
          { expectedRoles: before.roles },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await adapter.getMember(ids.organizationId, ids.memberUserId)).roles).toEqual([ids.adminRole]);
      const current = await adapter.updateMembership(
        ids.organizationId,
        ids.memberUserId,
        { roles: [ids.memberRole] },
        { expectedRoles: [ids.adminRole] },
      );
      expect(current.roles).toEqual([ids.memberRole]);
    });

    it('rejects an unknown role and an empty set with validation', async () => {
      await expect(
        adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: ['no_such_role'] }),
      ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
      await expect(
        adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: [] }),
      ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
    });

    it('refuses to demote the last admin', async () => {
      await expect(
        adapter.updateMembership(ids.organizationId, ids.adminUserId, { roles: [ids.memberRole] }),
      ).rejects.toMatchObject({ code: 'permission_denied' });
      expect((await adapter.getMember(ids.organizationId, ids.adminUserId)).roles).toContain(ids.adminRole);
    });

    it('lets the former last admin step down once there is another admin', async () => {
      await adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: [ids.adminRole] });
      const admin = await adapter.getMember(ids.organizationId, ids.adminUserId);
      expect(admin.actions.changeRoles).toEqual({ allowed: true });
    });

    it('refuses to re-role a directory-managed member', async () => {
      await expect(
        adapter.updateMembership(ids.organizationId, ids.directoryManagedUserId, {
          roles: [ids.adminRole],
        }),
      ).rejects.toMatchObject({ code: 'permission_denied' });
    });

    declared(capabilities.memberships.metadata, 'memberships.metadata')(
      'merges membership metadata by key',
      async () => {
        await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
          metadata: { contract_key: 'one' },
        });
        const member = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
          metadata: { contract_other: 'two' },
        });
        expect(member.metadata).toMatchObject({ contract_key: 'one', contract_other: 'two' });
      },
    );

    declared(!capabilities.memberships.metadata, 'memberships.metadata to be false')(
      'refuses membership metadata with not_supported',
      async () => {
        await expect(
          adapter.updateMembership(ids.organizationId, ids.memberUserId, {
            metadata: { contract_key: 'one' },
          }),
        ).rejects.toMatchObject({ code: 'not_supported' });
      },
    );
  });

  describe('when removing members', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('removes a member', async () => {
      await adapter.removeMember(ids.organizationId, ids.memberUserId);
      await expect(adapter.getMember(ids.organizationId, ids.memberUserId)).rejects.toMatchObject({
        code: 'not_found',
      });
      const { members: listed } = await allPages(adapter, { organizationId: ids.organizationId });
      expect(listed.map((member) => member.userId)).not.toContain(ids.memberUserId);
    });

    declared(capabilities.memberships.removeDeletesOrphanedUser, 'memberships.removeDeletesOrphanedUser')(
      'deletes a user whose last membership was removed',
      async () => {
        await adapter.removeMember(ids.organizationId, ids.memberUserId);
        await expect(adapter.getUser(ids.memberUserId)).rejects.toMatchObject({ code: 'not_found' });
      },
    );

    it('refuses to remove the last admin', async () => {
      await expect(adapter.removeMember(ids.organizationId, ids.adminUserId)).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });

    it('refuses to remove a directory-managed member', async () => {
      await expect(
        adapter.removeMember(ids.organizationId, ids.directoryManagedUserId),
      ).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });

    it('rejects an unknown member with not_found', async () => {
      await expect(
        adapter.removeMember(ids.organizationId, 'usr_00000000000000000000'),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });
}
