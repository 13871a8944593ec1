/**
 * The conformance suite's part for definition management (`capabilities.manageDefinitions`): run
 * inside `describeAdapterContract`, over the same fresh adapter each test gets. Where the capability is
 * declared, every rule of core's definition-changes.ts must hold through the adapter (and a new field
 * must be writable on a user at once); where it is not, the tests are reported as not applicable and
 * one checks that the adapter says so (`not_supported`) rather than pretending.
 */
import { describe, expect, it } from 'vitest';
import type { DefinitionManagement, TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import type { ContractIds } from './adapter-contract.ts';

type Managing = TeamkitAdapter & DefinitionManagement;

async function failure(
  promise: Promise<unknown>,
): Promise<{ code?: string; fieldErrors?: Record<string, string> }> {
  return promise.then(
    () => ({}),
    (error: unknown) => error as { code?: string; fieldErrors?: Record<string, string> },
  );
}

/** Defines the definition-management cases; `current` gives the adapter and fixture of the running test. */
export function describeDefinitionManagementContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  const applies = capabilities.manageDefinitions;
  const declared = (title: string, test: () => Promise<void>) =>
    it.runIf(applies)(applies ? title : `${title} (not applicable: needs manageDefinitions)`, test);
  const managing = () => current().adapter as Managing;

  describe('when managing attribute definitions', () => {
    it.runIf(!applies)(
      applies
        ? 'refuses management where undeclared (not applicable: manageDefinitions is declared)'
        : 'refuses management with not_supported, or offers no such methods',
      async () => {
        const { adapter, ids } = current();
        if (!adapter.createAttributeDefinition) return;
        const error = await failure(
          adapter.createAttributeDefinition(ids.organizationId, {
            key: 'desk_number',
            label: 'Desk',
            type: 'text',
          }),
        );
        expect(error.code).toBe('not_supported');
      },
    );

    declared('lists every definition with whether it is enabled', async () => {
      const { ids } = current();
      const managed = await managing().listManagedAttributeDefinitions(ids.organizationId);
      const keys = managed.map((definition) => definition.key);
      expect(keys).toEqual(expect.arrayContaining([ids.attributes.text, 'email']));
      expect(managed.every((definition) => typeof definition.enabled === 'boolean')).toBe(true);
    });

    declared('adds a custom attribute that profiles list and users can fill at once', async () => {
      const { ids } = current();
      const created = await managing().createAttributeDefinition(ids.organizationId, {
        key: 'desk_number',
        label: 'Desk number',
        type: 'text',
        helpText: 'Where to find you',
      });
      expect(created).toMatchObject({
        key: 'desk_number',
        scope: 'custom',
        enabled: true,
        policy: { write: 'user' },
      });
      const served = await managing().listAttributeDefinitions();
      expect(served.map((definition) => definition.key)).toContain('desk_number');
      const user = await managing().updateUser(ids.adminUserId, {
        customAttributes: { desk_number: 'B-12' },
      });
      expect(user.profile.customAttributes.desk_number).toBe('B-12');
    });

    declared(
      'rejects a bad key and label with validation on each, and a key in use with conflict',
      async () => {
        const { ids } = current();
        const bad = await failure(
          managing().createAttributeDefinition(ids.organizationId, {
            key: '1 desk',
            label: 'D',
            type: 'text',
          }),
        );
        expect(bad.code).toBe('validation');
        expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['key', 'label']);
        const taken = await failure(
          managing().createAttributeDefinition(ids.organizationId, {
            key: ids.attributes.text.toUpperCase(),
            label: 'Again',
            type: 'text',
          }),
        );
        expect(taken.code).toBe('conflict');
        expect(taken.fieldErrors?.key).toBeTruthy();
      },
    );

    declared('never changes a key or a type, nor a standard field’s write policy', async () => {
      const { ids } = current();
      const renamed = await failure(
        managing().updateAttributeDefinition(ids.organizationId, ids.attributes.text, {
          key: 'biography',
          type: 'number',
        } as never),
      );
      expect(renamed.code).toBe('validation');
      expect(Object.keys(renamed.fieldErrors ?? {}).sort()).toEqual(['key', 'type']);
      const standard = await failure(
        managing().updateAttributeDefinition(ids.organizationId, 'givenName', { write: 'admin' }),
      );
      expect(standard.fieldErrors?.write).toBeTruthy();
      const missing = await failure(
        managing().updateAttributeDefinition(ids.organizationId, 'no_such_key', { label: 'Nope' }),
      );
      expect(missing.code).toBe('not_found');
    });

    declared('disables a field (left out of profiles, its values kept) and enables it again', async () => {
      const { ids } = current();
      const key = ids.attributes.text;
      await managing().updateUser(ids.adminUserId, { customAttributes: { [key]: 'Kept while hidden' } });
      const off = await managing().updateAttributeDefinition(ids.organizationId, key, { enabled: false });
      expect(off.enabled).toBe(false);
      expect((await managing().listAttributeDefinitions()).map((definition) => definition.key)).not.toContain(
        key,
      );
      await managing().updateAttributeDefinition(ids.organizationId, key, {
        enabled: true,
        label: 'About you',
      });
      const served = await managing().listAttributeDefinitions();
      expect(served.find((definition) => definition.key === key)?.label).toBe('About you');
      const user = await managing().getUser(ids.adminUserId);
      expect(user.profile.customAttributes[key]).toBe('Kept while hidden');
    });

    declared('stores a new order, and rejects one that leaves a field out', async () => {
      const { ids } = current();
      const keys = (await managing().listManagedAttributeDefinitions(ids.organizationId)).map((d) => d.key);
      const reversed = [...keys].reverse();
      const managed = await managing().reorderAttributeDefinitions(ids.organizationId, reversed);
      expect(managed.map((definition) => definition.key)).toEqual(reversed);
      const partial = await failure(
        managing().reorderAttributeDefinitions(ids.organizationId, reversed.slice(1)),
      );
      expect(partial.code).toBe('validation');
      expect(partial.fieldErrors?.keys).toBeTruthy();
    });
  });
}
