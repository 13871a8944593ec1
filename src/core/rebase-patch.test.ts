import { describe, expect, it } from 'vitest';
import { checkExpectedRoles, sameRoles } from './expected-roles.ts';
import { canRebasePatch, patchClashes } from './rebase-patch.ts';

const base = {
  externalId: 'EXT-1',
  profile: { givenName: 'Ada', familyName: 'Lovelace', customAttributes: { team: 'core', skills: ['a'] } },
  userMetadata: { theme: 'dark' },
  metadata: { plan: 'starter' },
  displayName: 'Acme',
};

describe('patchClashes', () => {
  it('finds no clash when the patch writes only fields nobody else changed', () => {
    const latest = {
      ...base,
      profile: { ...base.profile, familyName: 'King' },
      userMetadata: { theme: 'light' },
    };
    const patch = {
      profile: { givenName: 'Augusta' },
      customAttributes: { team: 'web' },
      userMetadata: { lang: 'en' },
    };
    expect(patchClashes(patch, base, latest)).toEqual([]);
    expect(canRebasePatch(patch, base, latest)).toBe(true);
  });

  it('names each written field whose stored value moved, with both values', () => {
    const latest = {
      ...base,
      externalId: null,
      displayName: 'Acme Inc.',
      profile: { ...base.profile, customAttributes: { team: 'core', skills: ['a', 'b'] } },
      metadata: {},
    };
    const patch = {
      externalId: 'EXT-2',
      displayName: 'Acme Ltd',
      customAttributes: { skills: ['c'] },
      metadata: { plan: null },
    };
    expect(patchClashes(patch, base, latest)).toEqual([
      { path: ['externalId'], yours: 'EXT-2', theirs: null },
      { path: ['displayName'], yours: 'Acme Ltd', theirs: 'Acme Inc.' },
      { path: ['customAttributes', 'skills'], yours: ['c'], theirs: ['a', 'b'] },
    ]);
    expect(canRebasePatch(patch, base, latest)).toBe(false);
  });

  it('finds no clash where both sides wrote the same value (both removed a key, or set the same name)', () => {
    const latest = { ...base, displayName: 'Acme Ltd', metadata: {} };
    const patch = { displayName: 'Acme Ltd', metadata: { plan: null } };
    expect(patchClashes(patch, base, latest)).toEqual([]);
  });

  it('names a field the patch writes back to its loaded value when the other side changed it', () => {
    // Sending it again would undo their change silently.
    const latest = { ...base, displayName: 'Acme Inc.' };
    expect(patchClashes({ displayName: 'Acme' }, base, latest)).toEqual([
      { path: ['displayName'], yours: 'Acme', theirs: 'Acme Inc.' },
    ]);
  });

  it('treats a key that is absent and one that is null alike, and reads no inherited key', () => {
    expect(
      patchClashes({ metadata: { constructor: 'x' } }, { metadata: {} }, { metadata: { constructor: null } }),
    ).toEqual([]);
  });
});

describe('checkExpectedRoles', () => {
  it('passes the same roles in any order, and no expectation at all', () => {
    expect(sameRoles(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(() => checkExpectedRoles(['a', 'b'], ['b', 'a'])).not.toThrow();
    expect(() => checkExpectedRoles(['a'], undefined)).not.toThrow();
  });

  it('refuses with conflict when the member holds other roles now', () => {
    expect(() => checkExpectedRoles(['admin'], ['member'])).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => checkExpectedRoles(['a', 'b'], ['a'])).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});
