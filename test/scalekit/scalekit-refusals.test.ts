// @vitest-environment node
/**
 * What the Scalekit adapter refuses before sending, because Scalekit cannot do it or the kit's rules
 * forbid it: metadata key deletion and the last custom attribute, list queries it cannot serve, values
 * over the limits, a stale version, the last admin. Each with its typed error, checked against the
 * requests the fake Scalekit received.
 */
import { describe, expect, it } from 'vitest';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed();

describe('Scalekit adapter: what it refuses before sending', () => {
  it('refuses what Scalekit cannot store: key deletion, the last custom attribute, overrides', async () => {
    const start = bed.fake.requests.length;
    // Proto3 cannot tell an empty map from an absent one: the last custom attribute cannot be removed.
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { bio: null } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { bio: expect.any(String) },
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { appMetadata: { plan: null } }),
    ).rejects.toMatchObject({ code: 'not_supported' });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { key: null } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
      fieldErrors: { 'userMetadata.key': expect.any(String) },
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { overrides: { name: 'Me' } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
    });
    await expect(
      bed.adapter.updateOrganization(bed.ids.organizationId, { metadata: { plan_type: null } }),
    ).rejects.toMatchObject({ code: 'not_supported' });
    await expect(
      bed.adapter.updateMembership(bed.ids.organizationId, bed.ids.memberUserId, {
        metadata: { team: null },
      }),
    ).rejects.toMatchObject({ code: 'not_supported' });
    expect(
      bed.fake
        .requestLines()
        .slice(start)
        .filter((line) => !line.startsWith('GET')),
    ).toEqual(['POST /oauth/token']);
  });

  it('removes a custom attribute by writing the map without it, and says so when Scalekit kept it', async () => {
    await bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { years_experience: 3 } });
    const removed = await bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { bio: null } });
    expect(removed.profile.customAttributes).toEqual({ years_experience: 3 });
    expect(bed.fake.requests.at(-1)?.body).toEqual({
      user_profile: { custom_attributes: { years_experience: '3' } },
    });
    // A Scalekit that merged maps on PATCH would answer with the key still there.
    await bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { bio: 'Back.' } });
    bed.fake.injectFault({
      status: 200,
      body: {
        user: {
          id: bed.ids.adminUserId,
          email: 'ada@acme.example',
          user_profile: { custom_attributes: { bio: 'Back.', years_experience: '3' } },
        },
      },
      match: /^PATCH /,
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { bio: null } }),
    ).rejects.toMatchObject({ code: 'not_supported', fieldErrors: { bio: expect.any(String) } });
  });

  it('refuses the members list to a viewer who is not an active member of the organization', async () => {
    const outsider = bed.makeAdapter({ viewerUserId: () => bed.ids.pendingInviteUserId });
    await expect(outsider.listMembers({ organizationId: bed.ids.organizationId })).rejects.toMatchObject({
      code: 'permission_denied',
    });
    const anonymous = bed.makeAdapter({ viewerUserId: () => '' });
    await expect(anonymous.getCurrentUser()).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses sorting and status or role filters, and searches shorter than 3 characters', async () => {
    const org = bed.ids.organizationId;
    await expect(
      bed.adapter.listMembers({ organizationId: org, sort: { field: 'email', direction: 'asc' } }),
    ).rejects.toMatchObject({ code: 'not_supported' });
    await expect(
      bed.adapter.listMembers({ organizationId: org, statuses: ['active'] }),
    ).rejects.toMatchObject({
      code: 'not_supported',
    });
    await expect(bed.adapter.listMembers({ organizationId: org, roles: ['admin'] })).rejects.toMatchObject({
      code: 'not_supported',
    });
    await expect(bed.adapter.listMembers({ organizationId: org, search: 'ab' })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { search: expect.any(String) },
    });
    // Two characters, four UTF-16 units: Scalekit (and the memory adapter) count characters.
    await expect(bed.adapter.listMembers({ organizationId: org, search: '😀😀' })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { search: expect.any(String) },
    });
    expect(bed.fake.requests).toEqual([]);
  });

  it('refuses a cursor from another query, and one it never gave out', async () => {
    const org = bed.ids.organizationId;
    const first = await bed.adapter.listMembers({ organizationId: org, limit: 2 });
    await expect(
      bed.adapter.listMembers({ organizationId: org, search: 'acme', cursor: first.nextCursor }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { cursor: expect.any(String) } });
    await expect(
      bed.adapter.listMembers({ organizationId: org, cursor: 'not-a-cursor' }),
    ).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('checks values against the definitions and Scalekit’s limits, with one message per field', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, {
        customAttributes: { years_experience: 500, cost_center: 'CC-1', unknown_key: 'x' },
        appMetadata: { plan: 'v'.repeat(257) },
        externalId: 'x'.repeat(511),
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: {
        years_experience: expect.any(String),
        cost_center: 'Set by finance',
        unknown_key: expect.any(String),
        'appMetadata.plan': expect.any(String),
        externalId: expect.any(String),
      },
    });
    await expect(
      bed.adapter.updateOrganization(bed.ids.organizationId, {
        displayName: ' ',
        metadata: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`key_${i}`, 'v'])),
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { displayName: expect.any(String), metadata: expect.any(String) },
    });
    await expect(
      bed.adapter.inviteMember(bed.ids.organizationId, { email: 'not-an-address', idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { email: expect.any(String) } });
    await expect(
      bed.adapter.inviteMember(bed.ids.organizationId, {
        email: 'a@b.example',
        roles: ['owner'],
        idempotencyKey: 'k',
      }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
    await expect(
      bed.adapter.updateMembership(bed.ids.organizationId, bed.ids.memberUserId, { roles: [] }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
  });

  it('refuses a stale version with conflict, before writing', async () => {
    const user = await bed.adapter.getUser(bed.ids.adminUserId);
    await bed.adapter.updateUser(bed.ids.adminUserId, { profile: { familyName: 'Byron' } });
    const writes = bed.fake.requests.filter((request) => request.method === 'PATCH').length;
    await expect(
      bed.adapter.updateUser(
        bed.ids.adminUserId,
        { profile: { familyName: 'King' } },
        { expectedVersion: user.version },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    const organization = await bed.adapter.getOrganization(bed.ids.organizationId);
    await bed.adapter.updateOrganization(bed.ids.organizationId, { displayName: 'Acme 2' });
    await expect(
      bed.adapter.updateOrganization(
        bed.ids.organizationId,
        { displayName: 'Mine' },
        { expectedVersion: organization.version },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(bed.fake.requests.filter((request) => request.method === 'PATCH').length).toBe(writes + 1);
  });

  it('refuses to demote or remove the last admin, and to resend or revoke a joined member', async () => {
    const org = bed.ids.organizationId;
    await expect(
      bed.adapter.updateMembership(org, bed.ids.adminUserId, { roles: ['member'] }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    await expect(bed.adapter.removeMember(org, bed.ids.adminUserId)).rejects.toMatchObject({
      code: 'permission_denied',
    });
    await expect(bed.adapter.resendInvitation(org, bed.ids.memberUserId)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(bed.adapter.revokeInvitation(org, bed.ids.memberUserId)).rejects.toMatchObject({
      code: 'conflict',
    });
    await bed.adapter.updateMembership(org, bed.ids.memberUserId, { roles: ['admin'] });
    await bed.adapter.removeMember(org, bed.ids.adminUserId);
    expect(bed.fake.users.has(bed.ids.adminUserId)).toBe(false);
  });
});
