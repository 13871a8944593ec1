// @vitest-environment node
/**
 * Both of the kit's user bags live in Scalekit's one application map, `user.metadata` (20 pairs), the
 * user-owned keys prefixed `u:`; `user_profile.metadata`, the identity provider's raw attributes, is
 * never written and is shown read-only on the identity. The adapter and the `scalekitLimits` preset
 * agree: `sharedUserMetadata` is true.
 */
import { describe, expect, it } from 'vitest';
import { scalekitLimits } from '../../src/core/limits.ts';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed();

const pairs = (count: number, prefix: string) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}_${index}`, `v${index}`]));

describe('Scalekit adapter: the two user bags in one map', () => {
  it('declares exactly the preset’s limits: one shared map, user keys up to 23 characters', () => {
    expect(bed.adapter.limits).toEqual(scalekitLimits);
    expect(bed.adapter.limits.sharedUserMetadata).toBe(true);
    expect(bed.adapter.limits.userMetadata).toMatchObject({ maxPairs: 20, keyMaxLength: 23 });
    expect(bed.adapter.limits.membershipMetadata.keyMaxLength).toBe(25);
  });

  it('writes user metadata into user.metadata, prefixed, beside the admin bag, and reads both back', async () => {
    bed.fake.users.get(bed.ids.adminUserId)!.metadata = { plan: 'pro' };
    const user = await bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { theme: 'dark' } });
    expect(user.userMetadata).toEqual({ theme: 'dark' });
    expect(user.appMetadata).toEqual({ plan: 'pro' });
    expect(bed.fake.requests.at(-1)?.body).toEqual({ metadata: { plan: 'pro', 'u:theme': 'dark' } });
    const again = await bed.adapter.updateUser(bed.ids.adminUserId, { appMetadata: { tier: 'gold' } });
    expect(again).toMatchObject({
      userMetadata: { theme: 'dark' },
      appMetadata: { plan: 'pro', tier: 'gold' },
    });
    expect(bed.fake.users.get(bed.ids.adminUserId)?.metadata).toEqual({
      plan: 'pro',
      tier: 'gold',
      'u:theme': 'dark',
    });
    // The provider's map is left alone.
    expect(bed.fake.users.get(bed.ids.adminUserId)?.user_profile.metadata).toEqual({});
  });

  it('counts both bags against the one map’s 20 pairs, and sends nothing when they do not fit', async () => {
    bed.fake.users.get(bed.ids.adminUserId)!.metadata = pairs(15, 'app');
    const start = bed.fake.requests.length;
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: pairs(6, 'mine') }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { userMetadata: expect.stringMatching(/20/) },
    });
    expect(bed.fake.requestLines().slice(start)).toEqual([
      'POST /oauth/token',
      `GET /api/v1/users/${bed.ids.adminUserId}`,
    ]);
    const fits = await bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: pairs(5, 'mine') });
    expect(Object.keys(fits.userMetadata)).toHaveLength(5);
  });

  it('refuses a user key longer than 23 characters and an admin key that would read as the user’s', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { ['k'.repeat(24)]: 'x' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { [`userMetadata.${'k'.repeat(24)}`]: expect.any(String) },
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { appMetadata: { 'u:sneaky': 'x' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { 'appMetadata.u:sneaky': expect.stringMatching(/user’s own/) },
    });
    await expect(
      bed.adapter.inviteMember(bed.ids.organizationId, {
        email: 'new@example.com',
        metadata: { 'u:sneaky': 'x' },
        idempotencyKey: 'k',
      }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { 'metadata.u:sneaky': expect.any(String) } });
    expect(
      bed.fake.requests.filter((request) => request.method === 'PATCH' || request.method === 'POST'),
    ).toHaveLength(1); // the token request only
  });

  it('shows the provider’s raw attributes read-only on a single identity, never as user metadata', async () => {
    const profile = bed.fake.users.get(bed.ids.memberUserId)!.user_profile;
    profile.metadata = { department: 'engineering', idp_user_id: '12345' };
    profile.external_identities = [
      { connection_id: 'conn_1', connection_provider: 'OKTA', connection_user_id: '00u1', is_social: false },
    ];
    const user = await bed.adapter.getUser(bed.ids.memberUserId);
    expect(user.userMetadata).toEqual({});
    expect(user.identities).toEqual([
      expect.objectContaining({
        provider: 'okta',
        attributes: { department: 'engineering', idp_user_id: '12345' },
      }),
    ]);
    profile.external_identities = [
      ...(profile.external_identities as object[]),
      { connection_id: 'conn_2', connection_provider: 'GOOGLE', connection_user_id: 'g1', is_social: true },
    ];
    const two = await bed.adapter.getUser(bed.ids.memberUserId);
    expect(two.identities.map((identity) => identity.attributes)).toEqual([{}, {}]);
  });

  it('puts an invite’s metadata for an existing person into their admin bag, merged, with a second request', async () => {
    const grace = bed.fake.users.get(bed.ids.memberUserId)!;
    grace.metadata = { 'u:theme': 'light', seat: 'a1' };
    const viewer = bed.fake.users.get(bed.ids.adminUserId)!;
    viewer.memberships.push({ ...viewer.memberships[0]!, organization_id: bed.ids.otherOrganizationId });
    const start = bed.fake.requests.length;
    await bed.adapter.inviteMember(bed.ids.otherOrganizationId, {
      email: 'grace@acme.example',
      metadata: { cost_code: 'cc-7' },
      idempotencyKey: 'k',
    });
    expect(bed.fake.requestLines().slice(start).slice(-3)).toEqual([
      'GET /api/v1/users:search?query=grace@acme.example&page_size=30',
      `POST /api/v1/memberships/organizations/${bed.ids.otherOrganizationId}/users/${bed.ids.memberUserId}?send_invitation_email=true`,
      `PATCH /api/v1/users/${bed.ids.memberUserId}`,
    ]);
    expect(bed.fake.requests.at(-1)?.body).toEqual({
      metadata: { 'u:theme': 'light', seat: 'a1', cost_code: 'cc-7' },
    });
    const read = await bed.adapter.getUser(bed.ids.memberUserId);
    expect(read).toMatchObject({
      userMetadata: { theme: 'light' },
      appMetadata: { seat: 'a1', cost_code: 'cc-7' },
    });
  });

  it('puts Scalekit’s violation on a prefixed key on the user bag’s field', async () => {
    bed.fake.injectFault({
      status: 400,
      body: {
        code: 3,
        message: 'Validation error',
        details: [
          {
            error_code: 'INVALID_ARGUMENT',
            validation_error_info: {
              field_violations: [{ field: 'user.metadata["u:theme"]', description: 'bad value' }],
            },
          },
        ],
      },
      match: /^PATCH /,
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { theme: 'dark' } }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { 'userMetadata.theme': 'bad value' } });
  });
});
