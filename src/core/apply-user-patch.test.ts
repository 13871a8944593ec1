import { describe, expect, it } from 'vitest';
import { testUser } from '../../test/support/core-fixtures.ts';
import { applyUserPatch } from './apply-user-patch.ts';

describe('applyUserPatch', () => {
  const user = testUser({ overrides: { name: 'Countess' }, externalId: 'EXT-1' });

  it('given an empty patch, returns the same values', () => {
    expect(applyUserPatch(user, {})).toEqual(user);
  });

  it('sets and clears standard fields, leaving the others', () => {
    const next = applyUserPatch(user, { profile: { givenName: 'Augusta', locale: null } });
    expect(next.profile).toMatchObject({ givenName: 'Augusta', locale: null, familyName: 'Lovelace' });
  });

  it('merges custom attributes, overrides and both metadata bags by key; null removes', () => {
    const next = applyUserPatch(user, {
      customAttributes: { team: null, years: 13, newsletter: true },
      overrides: { name: null, picture: 'https://example.com/a.png' },
      userMetadata: { theme: null, timezone: 'UTC' },
      appMetadata: { tier: 'platinum' },
    });
    expect(next.profile.customAttributes).toEqual({ years: 13, skills: ['math'], newsletter: true });
    expect(next.overrides).toEqual({ picture: 'https://example.com/a.png' });
    expect(next.userMetadata).toEqual({ timezone: 'UTC' });
    expect(next.appMetadata).toEqual({ tier: 'platinum' });
  });

  it('sets and clears the external ID, and leaves it when absent', () => {
    expect(applyUserPatch(user, { externalId: 'EXT-2' }).externalId).toBe('EXT-2');
    expect(applyUserPatch(user, { externalId: null }).externalId).toBeNull();
    expect(applyUserPatch(user, { profile: {} }).externalId).toBe('EXT-1');
  });

  it('never changes the user it was given', () => {
    const frozen = structuredClone(user);
    applyUserPatch(user, {
      customAttributes: { team: null },
      userMetadata: { theme: null },
      overrides: { name: null },
    });
    expect(user).toEqual(frozen);
  });
});
