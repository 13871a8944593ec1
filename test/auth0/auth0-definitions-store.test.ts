// @vitest-environment node
/**
 * A host's definitions store in front of Auth0: Auth0 keeps no attribute definitions, so an attribute
 * an administrator adds to the store is a metadata key like any configured one (user-writable in
 * `user_metadata`, admin-only in `app_metadata`). The backend declares it
 * (`storesUndeclaredCustomAttributes`), nothing is marked `notInBackend`, and the handler gives the
 * adapter the served definitions so it reads and writes the new field. A key whose place already
 * holds another field is refused, saying which. Every hop is real: the HTTP adapter, the handler on a
 * node:http server on 127.0.0.1, the Auth0 adapter through Auth0's SDK, and the fake Auth0 (which
 * checks every request it receives).
 */
import { describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { AttributeDefinition } from '../../src/core/attribute-definition.ts';
import type { NewAttributeDefinition } from '../../src/core/managed-definition.ts';
import { refusal, serveStoreBehindHandler } from '../support/store-behind-handler.ts';
import { setUpTeamkitTestServer } from '../support/teamkit-test-server.ts';
import { setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed();
const server = setUpTeamkitTestServer();
const policy = { adminRoles: ['admin'], unmappedRolePermissions: { viewMembers: true } };

/** The handler over Auth0 with a fresh store; the caller is the admin, or whoever signs in. */
async function overAuth0() {
  const { http, signInAs } = await serveStoreBehindHandler(server, policy, (viewerUserId) => ({
    adapter: bed.makeAdapter({ viewerUserId }),
    firstCaller: { userId: bed.ids.adminUserId, organizationId: bed.ids.organizationId },
  }));
  const add = (input: Omit<NewAttributeDefinition, 'type'>) =>
    http.createAttributeDefinition?.(bed.ids.organizationId, { type: 'text', ...input });
  return { http, signInAs, add };
}

const patches = () => bed.fake.requests.filter((request) => request.method === 'PATCH');
const stored = (userId: string) => bed.fake.tenant.users.get(userId);

async function save(http: TeamkitAdapter, userId: string, customAttributes: Record<string, string>) {
  const user = await http.getUser(userId);
  return http.updateUser(userId, { customAttributes }, { expectedVersion: user.version });
}

describe('a definitions store in front of Auth0', () => {
  it('declares that Auth0 stores what the store adds: nothing is marked or locked', async () => {
    const { http, add } = await overAuth0();
    expect(http.capabilities.storesUndeclaredCustomAttributes).toBe(true);
    const created = await add({ key: 'desk_number', label: 'Desk number' });
    expect(created).toMatchObject({ key: 'desk_number' });
    expect(created?.notInBackend).toBeUndefined();
    const managed = (await http.listManagedAttributeDefinitions?.(bed.ids.organizationId)) ?? [];
    expect(managed.filter((definition) => definition.notInBackend)).toEqual([]);
    const served: AttributeDefinition[] = await http.listAttributeDefinitions();
    expect(served.find((definition) => definition.key === 'desk_number')?.policy).toEqual({
      write: 'user',
      source: 'user',
    });
  });

  it('writes a member’s value of a store attribute to user_metadata, and reads it back', async () => {
    const { http, signInAs, add } = await overAuth0();
    await add({ key: 'desk_number', label: 'Desk number' });
    signInAs(bed.ids.memberUserId);
    const saved = await save(http, bed.ids.memberUserId, { desk_number: 'B-12' });
    expect(patches().at(-1)?.body).toEqual({ user_metadata: { desk_number: 'B-12' } });
    expect(stored(bed.ids.memberUserId)?.user_metadata).toEqual({ desk_number: 'B-12' });
    expect(saved.profile.customAttributes.desk_number).toBe('B-12');
    const read = await http.getUser(bed.ids.memberUserId);
    expect(read.profile.customAttributes.desk_number).toBe('B-12');
    // It is the field's key now, not free metadata.
    expect(read.userMetadata).not.toHaveProperty('desk_number');
    expect(read.version).toBe(saved.version);
  });

  it('keeps an admin-only store attribute in app_metadata, and refuses it to its owner', async () => {
    const { http, signInAs, add } = await overAuth0();
    await add({ key: 'badge_id', label: 'Badge ID', write: 'admin' });
    const saved = await save(http, bed.ids.memberUserId, { badge_id: 'BX-9' });
    expect(patches().at(-1)?.body).toEqual({ app_metadata: { badge_id: 'BX-9' } });
    expect(stored(bed.ids.memberUserId)?.app_metadata).toMatchObject({ badge_id: 'BX-9' });
    expect(stored(bed.ids.memberUserId)?.user_metadata).not.toHaveProperty('badge_id');
    expect(saved.profile.customAttributes.badge_id).toBe('BX-9');
    expect(saved.appMetadata).not.toHaveProperty('badge_id');

    signInAs(bed.ids.memberUserId);
    expect((await http.getUser(bed.ids.memberUserId)).profile.customAttributes.badge_id).toBe('BX-9');
    const before = patches().length;
    const error = await refusal(save(http, bed.ids.memberUserId, { badge_id: 'mine' }));
    expect(error.code).toBe('permission_denied');
    expect(error.fieldErrors).toEqual({ badge_id: 'Only an administrator can change this.' });
    expect(patches()).toHaveLength(before);
  });

  it('refuses a store key whose user_metadata place holds a standard field, and never reads that field as it', async () => {
    const { http, signInAs, add } = await overAuth0();
    await add({ key: 'phone_number', label: 'Desk phone' });
    bed.fake.tenant.users.set(bed.ids.memberUserId, {
      ...(stored(bed.ids.memberUserId) as NonNullable<ReturnType<typeof stored>>),
      user_metadata: { phone_number: '+14155550100' },
    });
    signInAs(bed.ids.memberUserId);
    const read = await http.getUser(bed.ids.memberUserId);
    expect(read.profile.customAttributes).not.toHaveProperty('phone_number');
    const before = patches().length;
    const error = await refusal(save(http, bed.ids.memberUserId, { phone_number: '+14155550199' }));
    expect(error.code).toBe('validation');
    expect(error.fieldErrors).toEqual({
      phone_number:
        'Auth0 keeps the phone_number field under this key in user_metadata; give this field another key.',
    });
    expect(patches()).toHaveLength(before);
    expect(stored(bed.ids.memberUserId)?.user_metadata).toEqual({ phone_number: '+14155550100' });
  });

  it('refuses an admin-only store key whose app_metadata place holds the external ID', async () => {
    const { http, add } = await overAuth0();
    await add({ key: 'external_id', label: 'External reference', write: 'admin' });
    const error = await refusal(save(http, bed.ids.memberUserId, { external_id: 'X-1' }));
    expect(error.fieldErrors).toEqual({
      external_id:
        'Auth0 keeps the externalId field under this key in app_metadata; give this field another key.',
    });
    expect(patches()).toHaveLength(0);
    // The external ID is untouched and still read as the external ID.
    expect((await http.getUser(bed.ids.memberUserId)).externalId).toBe(bed.ids.memberExternalId);
  });
});
