/**
 * The conformance suite's part for the organization: reading and changing it (metadata, name, external
 * ID, versions), its roles, and finding an organization or a member by external ID. Run inside
 * `describeAdapterContract`, over the same fresh adapter each test gets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import type { ContractIds } from './adapter-contract.ts';
import { declared } from './adapter-contract-support.ts';

/** Defines the organization and external-ID cases; `current` gives the adapter and fixture of the running test. */
export function describeOrganizationContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  describe('when reading and changing the organization', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('returns it with its external ID and a version', async () => {
      const organization = await adapter.getOrganization(ids.organizationId);
      expect(organization.id).toBe(ids.organizationId);
      expect(organization.externalId).toBe(ids.organizationExternalId);
      expect(typeof organization.version).toBe('string');
      for (const time of [organization.createdAt, organization.updatedAt])
        if (time !== null) expect(Number.isNaN(Date.parse(time))).toBe(false);
    });

    it('renames it and merges metadata by key', async () => {
      const before = await adapter.getOrganization(ids.organizationId);
      const after = await adapter.updateOrganization(ids.organizationId, {
        displayName: 'Renamed by the contract',
        metadata: { contract_key: 'value' },
      });
      expect(after.displayName).toBe('Renamed by the contract');
      expect(after.metadata).toEqual({ ...before.metadata, contract_key: 'value' });
      expect(after.version).not.toBe(before.version);
    });

    declared(capabilities.metadata.keyDeletion, 'metadata.keyDeletion')(
      'removes an organization metadata key sent as null',
      async () => {
        const before = await adapter.getOrganization(ids.organizationId);
        await adapter.updateOrganization(ids.organizationId, { metadata: { contract_key: 'value' } });
        const removed = await adapter.updateOrganization(ids.organizationId, {
          metadata: { contract_key: null },
        });
        expect(removed.metadata).toEqual(before.metadata);
      },
    );

    it('rejects more metadata pairs than the limit, on metadata', async () => {
      const { maxPairs } = adapter.limits.organizationMetadata;
      const current = await adapter.getOrganization(ids.organizationId);
      const room = maxPairs - Object.keys(current.metadata).length;
      const patch = Object.fromEntries(Array.from({ length: room + 1 }, (_, i) => [`extra_${i}`, 'value']));
      await expect(adapter.updateOrganization(ids.organizationId, { metadata: patch })).rejects.toMatchObject(
        {
          code: 'validation',
          fieldErrors: { metadata: expect.any(String) },
        },
      );
    });

    it('rejects an empty name with validation on displayName', async () => {
      await expect(
        adapter.updateOrganization(ids.organizationId, { displayName: '  ' }),
      ).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { displayName: expect.any(String) },
      });
    });

    it('rejects another organization’s external ID with conflict on externalId', async () => {
      await expect(
        adapter.updateOrganization(ids.organizationId, { externalId: ids.otherOrganizationExternalId }),
      ).rejects.toMatchObject({ code: 'conflict', fieldErrors: { externalId: expect.any(String) } });
    });

    declared(capabilities.concurrency !== 'none', 'concurrency atomic or check-then-write')(
      'rejects a stale expectedVersion with conflict',
      async () => {
        const { version } = await adapter.getOrganization(ids.organizationId);
        await adapter.updateOrganization(ids.organizationId, { displayName: 'Changed elsewhere' });
        await expect(
          adapter.updateOrganization(
            ids.organizationId,
            { displayName: 'Mine' },
            { expectedVersion: version },
          ),
        ).rejects.toMatchObject({ code: 'conflict' });
      },
    );

    it('lists the roles, with one default and one admin role', async () => {
      const roles = await adapter.listRoles(ids.organizationId);
      expect(roles.find((role) => role.name === ids.memberRole)?.isDefault).toBe(true);
      expect(roles.find((role) => role.name === ids.adminRole)?.isAdmin).toBe(true);
    });
  });

  describe('when looking up by external ID', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('finds the organization, and null for an unknown ID', async () => {
      expect((await adapter.findOrganizationByExternalId(ids.organizationExternalId))?.id).toBe(
        ids.organizationId,
      );
      expect(await adapter.findOrganizationByExternalId('NO-SUCH-CUSTOMER')).toBeNull();
    });

    it('finds a member, and null for an unknown ID', async () => {
      const user = await adapter.findUserByExternalId(ids.organizationId, ids.memberExternalId);
      expect(user?.id).toBe(ids.memberUserId);
      expect(await adapter.findUserByExternalId(ids.organizationId, 'NO-SUCH-PERSON')).toBeNull();
    });
  });
}
