// @vitest-environment node
/**
 * A host's definitions store in front of Scalekit: an attribute an administrator adds to the store
 * does not exist in Scalekit until someone creates it there, and Scalekit refuses values under it. The
 * handler declares that rather than faking it: the manager marks it `notInBackend`, profiles get it
 * read-only with the reason, and a write to it is refused with a field message before Scalekit is
 * called. Every hop is real: the handler on a node:http server on 127.0.0.1, the HTTP adapter, the
 * Scalekit adapter and the fake Scalekit (which checks every request against Scalekit's document).
 */
import { describe, expect, it } from 'vitest';
import { scalekitAccessPolicy } from '../../src/adapters/scalekit/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { AttributeDefinition } from '../../src/core/attribute-definition.ts';
import { refusal, serveStoreBehindHandler } from '../support/store-behind-handler.ts';
import { setUpTeamkitTestServer } from '../support/teamkit-test-server.ts';
import { setUpScalekitContract } from './scalekit-contract.ts';

const bed = setUpScalekitContract();
const server = setUpTeamkitTestServer();

const policy = scalekitAccessPolicy({});

/** The handler over Scalekit with a fresh store; the caller is the admin, or the member when asked. */
async function overScalekit() {
  const { http, signInAs, backend } = await serveStoreBehindHandler(server, policy, (viewerUserId) => {
    const { adapter, ids } = bed.seededAdapter({ policy, viewerUserId });
    return { adapter, ids, firstCaller: { userId: ids.adminUserId, organizationId: ids.organizationId } };
  });
  return { http, ids: backend.ids, signInAs };
}

const userPatches = () => bed.fake.requestLines().filter((line) => line.startsWith('PATCH /api/v1/users/'));

async function addDeskNumber(http: TeamkitAdapter, organizationId: string) {
  return http.createAttributeDefinition?.(organizationId, {
    key: 'desk_number',
    label: 'Desk number',
    type: 'text',
  });
}

describe('a definitions store in front of Scalekit', () => {
  it('marks an attribute Scalekit does not define as not yet in Scalekit, and no other', async () => {
    const { http, ids } = await overScalekit();
    const created = await addDeskNumber(http, ids.organizationId);
    expect(created).toMatchObject({ key: 'desk_number', notInBackend: { platform: 'Scalekit' } });

    const managed = (await http.listManagedAttributeDefinitions?.(ids.organizationId)) ?? [];
    const absent = managed.filter((definition) => definition.notInBackend);
    expect(absent.map((definition) => definition.key)).toEqual(['desk_number']);
    // Scalekit's own custom attributes (bio, years_experience …) are not marked.
    expect(managed.find((definition) => definition.key === 'bio')?.notInBackend).toBeUndefined();

    const renamed = await http.updateAttributeDefinition?.(ids.organizationId, 'desk_number', {
      label: 'Desk',
    });
    expect(renamed?.notInBackend).toEqual({ platform: 'Scalekit' });
  });

  it('serves it to profiles read-only, saying why', async () => {
    const { http, ids } = await overScalekit();
    await addDeskNumber(http, ids.organizationId);
    const served: AttributeDefinition[] = await http.listAttributeDefinitions();
    const desk = served.find((definition) => definition.key === 'desk_number');
    expect(desk?.policy).toMatchObject({
      write: 'none',
      readOnlyReason: 'Not available yet: an administrator must first create this field in Scalekit.',
    });
    // Scalekit's own attribute stays as its definition says.
    expect(served.find((definition) => definition.key === 'bio')?.policy.write).toBe('user');
  });

  it('refuses a member’s write to it with the reason on the field, before calling Scalekit', async () => {
    const { http, ids, signInAs } = await overScalekit();
    await addDeskNumber(http, ids.organizationId);
    signInAs(ids.memberUserId);
    const member = await http.getUser(ids.memberUserId);
    const before = userPatches().length;
    const error = await refusal(
      http.updateUser(
        ids.memberUserId,
        { customAttributes: { desk_number: 'B-12' } },
        { expectedVersion: member.version },
      ),
    );
    expect(error.code).toBe('permission_denied');
    expect(error.fieldErrors).toEqual({
      desk_number: 'Not available yet: an administrator must first create this field in Scalekit.',
    });
    expect(userPatches()).toHaveLength(before);
  });

  it('refuses an administrator’s write to it too, and still saves Scalekit’s own attributes', async () => {
    const { http, ids } = await overScalekit();
    await addDeskNumber(http, ids.organizationId);
    const admin = await http.getUser(ids.adminUserId);
    const error = await refusal(
      http.updateUser(
        ids.adminUserId,
        { customAttributes: { desk_number: 'B-12', bio: 'Hello' } },
        { expectedVersion: admin.version },
      ),
    );
    expect(Object.keys(error.fieldErrors)).toEqual(['desk_number']);
    const saved = await http.updateUser(
      ids.adminUserId,
      { customAttributes: { bio: 'Hello' } },
      { expectedVersion: admin.version },
    );
    expect(saved.profile.customAttributes.bio).toBe('Hello');
  });
});
