// @vitest-environment node
/**
 * The seed's field model on Auth0 (../shared/seeds/auth0-user-details-metadata.txt): a user edits
 * their `user_metadata`, an admin edits `app_metadata`, a field the identity provider manages is
 * read-only with an override that wins over the provider's value and falls back when cleared, and the
 * raw JSON shows both bags. Each test checks what reached Auth0 (the fake's stored user and the
 * PATCH body), not only what the adapter answered.
 */
import { describe, expect, it } from 'vitest';
import { userToJson } from '../../src/core/user.ts';
import { setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed();
const stored = (userId: string) => bed.fake.tenant.users.get(userId);
const lastPatch = () => bed.fake.requests.filter((request) => request.method === 'PATCH').at(-1)?.body;

describe('a user editing their own profile', () => {
  it('writes a user-writable custom attribute to user_metadata, and nothing else', async () => {
    const user = await bed.adapter.updateUser(bed.ids.adminUserId, {
      customAttributes: { bio: 'Writes the docs.' },
    });
    expect(user.profile.customAttributes.bio).toBe('Writes the docs.');
    expect(lastPatch()).toEqual({ user_metadata: { bio: 'Writes the docs.' } });
    expect(stored(bed.ids.adminUserId)?.user_metadata).toEqual({ bio: 'Writes the docs.' });
  });

  it('keeps a number as a JSON number (Auth0 stores JSON), and clears it with null', async () => {
    await bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { years_experience: 12 } });
    expect(stored(bed.ids.adminUserId)?.user_metadata.years_experience).toBe(12);
    const cleared = await bed.adapter.updateUser(bed.ids.adminUserId, {
      customAttributes: { years_experience: null },
    });
    expect(lastPatch()).toEqual({ user_metadata: { years_experience: null } });
    expect(cleared.profile.customAttributes.years_experience).toBeUndefined();
    expect(stored(bed.ids.adminUserId)?.user_metadata).not.toHaveProperty('years_experience');
  });

  it('deletes a free user_metadata key by sending null, leaving the others', async () => {
    await bed.adapter.updateUser(bed.ids.adminUserId, {
      userMetadata: { theme: 'dark', density: 'compact' },
    });
    const after = await bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { theme: null } });
    expect(lastPatch()).toEqual({ user_metadata: { theme: null } });
    expect(after.userMetadata).toEqual({ density: 'compact' });
    expect(stored(bed.ids.adminUserId)?.user_metadata).toEqual({ bio: 'Runs the team.', density: 'compact' });
  });

  it('refuses a free metadata key that holds a profile field, so metadata cannot overwrite it', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { bio: 'sneaky' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { 'userMetadata.bio': expect.stringContaining('bio') },
    });
    await expect(
      bed.adapter.updateUser(bed.ids.memberUserId, { appMetadata: { external_id: 'X' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { 'appMetadata.external_id': expect.any(String) },
    });
  });

  it('refuses keys Auth0 reads as paths or operators before sending', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { userMetadata: { 'a.b': 'x', $set: 'y' } }),
    ).rejects.toMatchObject({
      code: 'validation',
    });
    expect(bed.fake.requests.some((request) => request.method === 'PATCH')).toBe(false);
  });

  it('keeps the name fields at the root, where Auth0 has them', async () => {
    const user = await bed.adapter.updateUser(bed.ids.adminUserId, {
      profile: { givenName: 'Adeline', familyName: null },
    });
    expect(lastPatch()).toEqual({ given_name: 'Adeline', family_name: null });
    expect(user.profile).toMatchObject({ givenName: 'Adeline', familyName: null });
  });
});

describe('an admin editing a member', () => {
  it('writes admin-only attributes and app metadata to app_metadata', async () => {
    const user = await bed.adapter.updateUser(
      bed.ids.memberUserId,
      { customAttributes: { department: 'Operations' }, appMetadata: { tier: 'gold' } },
      { organizationId: bed.ids.organizationId },
    );
    expect(lastPatch()).toEqual({ app_metadata: { department: 'Operations', tier: 'gold' } });
    expect(user.profile.customAttributes.department).toBe('Operations');
    expect(user.appMetadata).toEqual({ tier: 'gold' });
    expect(user.externalId).toBe('EMP-0042');
    expect(stored(bed.ids.memberUserId)?.app_metadata).toEqual({
      external_id: 'EMP-0042',
      department: 'Operations',
      tier: 'gold',
    });
  });

  it('keeps the external ID in app_metadata.external_id, checked against other users first', async () => {
    await bed.adapter.updateUser(bed.ids.adminUserId, { externalId: 'EMP-0001' });
    expect(stored(bed.ids.adminUserId)?.app_metadata.external_id).toBe('EMP-0001');
    expect(bed.fake.requestLines()).toContain(
      `GET /api/v2/users?page=0&per_page=10&include_totals=true&q=${encodeURIComponent('app_metadata.external_id:"EMP-0001"')}&search_engine=v3`,
    );
    const found = await bed.adapter.findUserByExternalId(bed.ids.organizationId, 'EMP-0001');
    expect(found?.id).toBe(bed.ids.adminUserId);
    expect(await bed.adapter.findUserByExternalId(bed.ids.otherOrganizationId, 'EMP-0001')).toBeNull();
  });

  it('refuses an attribute nobody may write, with the definition’s reason', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.idpUserId, { customAttributes: { cost_center: 'CC-9' } }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { cost_center: 'Set by Finance.' } });
  });
});

describe('a field the identity provider manages (Google’s picture)', () => {
  it('is the provider’s value, read-only, with the reason', async () => {
    const user = await bed.adapter.getUser(bed.ids.idpUserId);
    expect(user.profile.picture).toBe('https://lh3.googleusercontent.example/gail.png');
    expect(user.overrides).toEqual({});
    expect(user.identities[0]).toMatchObject({
      provider: 'google-oauth2',
      attributes: { picture: 'https://lh3.googleusercontent.example/gail.png', given_name: 'Gail' },
    });
    await expect(
      bed.adapter.updateUser(bed.ids.idpUserId, { profile: { picture: 'https://me.example/me.png' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { picture: 'Managed by your Google account.' },
    });
  });

  it('takes an override in user_metadata.picture that wins over the provider’s, and falls back when cleared', async () => {
    const overridden = await bed.adapter.updateUser(bed.ids.idpUserId, {
      overrides: { picture: 'https://me.example/me.png' },
    });
    expect(lastPatch()).toEqual({ user_metadata: { picture: 'https://me.example/me.png' } });
    expect(stored(bed.ids.idpUserId)?.picture).toBe('https://lh3.googleusercontent.example/gail.png');
    expect(overridden.overrides).toEqual({ picture: 'https://me.example/me.png' });
    // The override is a profile field, not free metadata.
    expect(overridden.userMetadata).toEqual({});
    const cleared = await bed.adapter.updateUser(bed.ids.idpUserId, { overrides: { picture: null } });
    expect(lastPatch()).toEqual({ user_metadata: { picture: null } });
    expect(cleared.overrides).toEqual({});
    expect(cleared.profile.picture).toBe('https://lh3.googleusercontent.example/gail.png');
  });

  it('refuses an override that is not a valid value for the field', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.idpUserId, { overrides: { picture: 'not a url' } }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { picture: expect.any(String) } });
  });

  it('keeps the locale in user_metadata (Auth0 will not take it at the root), falling back to the provider’s', async () => {
    expect((await bed.adapter.getUser(bed.ids.idpUserId)).profile.locale).toBe('en');
    const german = await bed.adapter.updateUser(bed.ids.idpUserId, { profile: { locale: 'de-DE' } });
    expect(lastPatch()).toEqual({ user_metadata: { locale: 'de-DE' } });
    expect(german.profile.locale).toBe('de-DE');
    const back = await bed.adapter.updateUser(bed.ids.idpUserId, { profile: { locale: null } });
    expect(back.profile.locale).toBe('en');
  });
});

describe('the raw JSON view', () => {
  it('shows both bags, apart from the profile fields they hold', async () => {
    await bed.adapter.updateUser(bed.ids.memberUserId, {
      userMetadata: { theme: 'dark' },
      appMetadata: { tier: 'gold' },
    });
    const json = userToJson(await bed.adapter.getUser(bed.ids.memberUserId)) as Record<string, unknown>;
    expect(json.userMetadata).toEqual({ theme: 'dark' });
    expect(json.appMetadata).toEqual({ tier: 'gold' });
    expect((json.profile as { customAttributes: unknown }).customAttributes).toEqual({ department: 'Sales' });
  });

  it('keeps JSON values Auth0 holds (objects, lists) visible as they are', async () => {
    const user = stored(bed.ids.memberUserId);
    if (user) user.app_metadata = { ...user.app_metadata, flags: { beta: true }, seats: [1, 2] };
    const read = await bed.adapter.getUser(bed.ids.memberUserId);
    expect(read.appMetadata).toEqual({ flags: { beta: true }, seats: [1, 2] });
  });
});

describe('versions', () => {
  it('do not move when only Auth0’s bookkeeping does (updated_at, last_login)', async () => {
    const before = await bed.adapter.getUser(bed.ids.adminUserId);
    const user = stored(bed.ids.adminUserId);
    if (user)
      Object.assign(user, { updated_at: new Date().toISOString(), last_login: new Date().toISOString() });
    expect((await bed.adapter.getUser(bed.ids.adminUserId)).version).toBe(before.version);
  });
});
