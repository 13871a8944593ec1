/**
 * The conformance suite's part for users: reading one, the attribute definitions that describe their
 * profile, and updating it (merging by key, validation, metadata limits, versions, external IDs). Run
 * inside `describeAdapterContract`, over the same fresh adapter each test gets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import { sanitizeAttributeDefinitions } from '../src/core/sanitize-definitions.ts';
import type { ContractIds } from './adapter-contract.ts';
import { declared } from './adapter-contract-support.ts';

/** Defines the user cases; `current` gives the adapter and fixture of the running test. */
export function describeUserContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  describe('when reading users', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('returns the viewer themselves with a version', async () => {
      const user = await adapter.getUser(ids.adminUserId);
      expect(user.id).toBe(ids.adminUserId);
      expect(user.email).toMatch(/@/);
      expect(typeof user.version).toBe('string');
    });

    it('returns a member of an organization the admin manages', async () => {
      const user = await adapter.getUser(ids.memberUserId);
      expect(user.id).toBe(ids.memberUserId);
    });

    it('rejects an unknown user with not_found', async () => {
      await expect(adapter.getUser('usr_00000000000000000000')).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('when listing attribute definitions', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('describes the fields the suite writes, and they pass sanitizing', async () => {
      const { definitions } = sanitizeAttributeDefinitions(await adapter.listAttributeDefinitions());
      const keys = definitions
        .filter((definition) => !definition.degradedBecause)
        .map((definition) => definition.key);
      expect(keys).toEqual(
        expect.arrayContaining([ids.attributes.text, ids.attributes.number, ids.attributes.readOnly]),
      );
    });
  });

  describe('when updating a user', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('changes only the fields sent and gives a new version', async () => {
      const before = await adapter.getUser(ids.adminUserId);
      const after = await adapter.updateUser(ids.adminUserId, {
        customAttributes: { [ids.attributes.text]: 'Written by the contract suite.' },
      });
      expect(after.profile.customAttributes[ids.attributes.text]).toBe('Written by the contract suite.');
      expect(after.version).not.toBe(before.version);
      expect(after.email).toBe(before.email);
      expect(after.profile.givenName).toBe(before.profile.givenName);
      const { [ids.attributes.text]: _changed, ...othersAfter } = after.profile.customAttributes;
      const { [ids.attributes.text]: _previous, ...othersBefore } = before.profile.customAttributes;
      expect(othersAfter).toEqual(othersBefore);
    });

    it('sets standard profile fields', async () => {
      const after = await adapter.updateUser(ids.adminUserId, { profile: { givenName: 'Renamed' } });
      expect(after.profile.givenName).toBe('Renamed');
      expect((await adapter.getUser(ids.adminUserId)).profile.givenName).toBe('Renamed');
    });

    it('merges custom attributes by key, and null removes one', async () => {
      await adapter.updateUser(ids.adminUserId, { customAttributes: { [ids.attributes.text]: 'First' } });
      const merged = await adapter.updateUser(ids.adminUserId, {
        customAttributes: { [ids.attributes.number]: 7 },
      });
      expect(merged.profile.customAttributes[ids.attributes.text]).toBe('First');
      expect(Number(merged.profile.customAttributes[ids.attributes.number])).toBe(7);
      const removed = await adapter.updateUser(ids.adminUserId, {
        customAttributes: { [ids.attributes.text]: null },
      });
      expect(removed.profile.customAttributes[ids.attributes.text] ?? null).toBeNull();
      expect(Number(removed.profile.customAttributes[ids.attributes.number])).toBe(7);
    });

    it('merges user metadata by key', async () => {
      await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: 'one' } });
      const after = await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_b: 'two' } });
      expect(after.userMetadata).toMatchObject({ contract_a: 'one', contract_b: 'two' });
    });

    declared(capabilities.metadata.keyDeletion, 'metadata.keyDeletion')(
      'removes a user metadata key sent as null',
      async () => {
        await adapter.updateUser(ids.adminUserId, {
          userMetadata: { contract_a: 'one', contract_b: 'two' },
        });
        const after = await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: null } });
        expect(after.userMetadata.contract_a).toBeUndefined();
        expect(after.userMetadata.contract_b).toBe('two');
      },
    );

    declared(!capabilities.metadata.keyDeletion, 'metadata.keyDeletion to be false')(
      'refuses to delete a metadata key with not_supported, naming the key, and keeps it',
      async () => {
        await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: 'one' } });
        await expect(
          adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: null } }),
        ).rejects.toMatchObject({
          code: 'not_supported',
          fieldErrors: { 'userMetadata.contract_a': expect.any(String) },
        });
        expect((await adapter.getUser(ids.adminUserId)).userMetadata.contract_a).toBe('one');
      },
    );

    it('rejects invalid values with one message per field, and stores nothing', async () => {
      const before = await adapter.getUser(ids.adminUserId);
      await expect(
        adapter.updateUser(ids.adminUserId, {
          customAttributes: { [ids.attributes.number]: 100_000, [ids.attributes.text]: 'x'.repeat(5_000) },
        }),
      ).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: {
          [ids.attributes.number]: expect.any(String),
          [ids.attributes.text]: expect.any(String),
        },
      });
      expect((await adapter.getUser(ids.adminUserId)).version).toBe(before.version);
    });

    it('rejects an attribute nobody may write', async () => {
      const error = await adapter
        .updateUser(ids.adminUserId, { customAttributes: { [ids.attributes.readOnly]: 'changed' } })
        .then(
          () => null,
          (reason: unknown) => reason,
        );
      expect(error).toMatchObject({ fieldErrors: { [ids.attributes.readOnly]: expect.any(String) } });
      expect(['permission_denied', 'validation']).toContain((error as { code: string }).code);
    });

    it('rejects a custom attribute no definition describes', async () => {
      await expect(
        adapter.updateUser(ids.adminUserId, { customAttributes: { not_a_defined_attribute: 'x' } }),
      ).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { not_a_defined_attribute: expect.any(String) },
      });
    });

    it('refuses reserved metadata keys', async () => {
      const patch = JSON.parse('{"__proto__": "polluted"}') as Record<string, string>;
      await expect(adapter.updateUser(ids.adminUserId, { userMetadata: patch })).rejects.toMatchObject({
        code: 'validation',
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('enforces metadata limits: value length and pair count', async () => {
      const { valueMaxLength, maxPairs } = adapter.limits.userMetadata;
      await expect(
        adapter.updateUser(ids.adminUserId, {
          userMetadata: { long_value: 'v'.repeat(valueMaxLength + 1) },
        }),
      ).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { 'userMetadata.long_value': expect.any(String) },
      });
      const tooMany = Object.fromEntries(
        Array.from({ length: maxPairs + 1 }, (_, i) => [`key_${i}`, 'value']),
      );
      await expect(adapter.updateUser(ids.adminUserId, { userMetadata: tooMany })).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { userMetadata: expect.any(String) },
      });
    });

    declared(capabilities.concurrency !== 'none', 'concurrency atomic or check-then-write')(
      'rejects a stale expectedVersion with conflict, and accepts the current one',
      async () => {
        const user = await adapter.getUser(ids.adminUserId);
        await adapter.updateUser(ids.adminUserId, { profile: { familyName: 'Elsewhere' } });
        await expect(
          adapter.updateUser(
            ids.adminUserId,
            { profile: { familyName: 'Mine' } },
            { expectedVersion: user.version },
          ),
        ).rejects.toMatchObject({ code: 'conflict' });
        const current = await adapter.getUser(ids.adminUserId);
        const saved = await adapter.updateUser(
          ids.adminUserId,
          { profile: { familyName: 'Mine' } },
          { expectedVersion: current.version },
        );
        expect(saved.profile.familyName).toBe('Mine');
      },
    );

    it('gives the same version for the same content, read twice', async () => {
      const first = await adapter.getUser(ids.adminUserId);
      const second = await adapter.getUser(ids.adminUserId);
      expect(second.version).toBe(first.version);
    });

    it('rejects an external ID another user holds with conflict on externalId', async () => {
      await expect(
        adapter.updateUser(
          ids.adminUserId,
          { externalId: ids.memberExternalId },
          { organizationId: ids.organizationId },
        ),
      ).rejects.toMatchObject({ code: 'conflict', fieldErrors: { externalId: expect.any(String) } });
    });

    it('lets an admin set and clear a member’s external ID', async () => {
      const options = { organizationId: ids.organizationId };
      const set = await adapter.updateUser(ids.memberUserId, { externalId: 'CONTRACT-EXT-1' }, options);
      expect(set.externalId).toBe('CONTRACT-EXT-1');
      const cleared = await adapter.updateUser(ids.memberUserId, { externalId: null }, options);
      expect(cleared.externalId).toBeNull();
    });
  });
}
