import { describe, expect, it } from 'vitest';
import { auth0Limits, type BackendLimits, scalekitLimits } from './limits.ts';
import { limitsBesideOtherUserBag, validateSharedUserMetadata } from './shared-user-metadata.ts';

const pairs = (count: number, prefix: string) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}_${i}`, 'v']));

describe('validateSharedUserMetadata', () => {
  describe('given Scalekit, whose user has one map of 20 pairs', () => {
    it('counts both bags together: 12 and 9 fit alone, not side by side', () => {
      const bags = { userMetadata: pairs(12, 'user'), appMetadata: pairs(9, 'app') };
      expect(validateSharedUserMetadata(bags, scalekitLimits)).toEqual([
        { code: 'too_many_shared_pairs', max: 20, count: 21 },
      ]);
    });

    it('accepts 20 pairs between them', () => {
      const bags = { userMetadata: pairs(11, 'user'), appMetadata: pairs(9, 'app') };
      expect(validateSharedUserMetadata(bags, scalekitLimits)).toEqual([]);
    });

    it('does not count keys the kit refuses', () => {
      const bags = {
        userMetadata: { ...JSON.parse('{"__proto__":"x"}'), ...pairs(11, 'user') },
        appMetadata: pairs(9, 'app'),
      };
      expect(validateSharedUserMetadata(bags, scalekitLimits)).toEqual([]);
    });
  });

  it('given Auth0, whose bags are stored apart, finds nothing however full both are', () => {
    const bags = { userMetadata: pairs(100, 'user'), appMetadata: pairs(100, 'app') };
    expect(validateSharedUserMetadata(bags, auth0Limits)).toEqual([]);
  });

  it('given a shared map with a byte limit, measures both bags as one', () => {
    const limits: BackendLimits = {
      ...scalekitLimits,
      userMetadata: { ...scalekitLimits.userMetadata, maxBytes: 20 },
    };
    expect(
      validateSharedUserMetadata({ userMetadata: { a: 'bbbb' }, appMetadata: { c: 'dddd' } }, limits),
    ).toEqual([{ code: 'too_many_bytes', max: 20, size: 23 }]);
  });
});

describe('limitsBesideOtherUserBag', () => {
  it('given a shared map, leaves one bag the pairs the other does not use', () => {
    expect(limitsBesideOtherUserBag(scalekitLimits, pairs(6, 'app')).maxPairs).toBe(14);
    expect(limitsBesideOtherUserBag(scalekitLimits, pairs(25, 'app')).maxPairs).toBe(0);
  });

  it('given bags stored apart, returns the limits unchanged', () => {
    expect(limitsBesideOtherUserBag(auth0Limits, pairs(6, 'app'))).toBe(auth0Limits.userMetadata);
  });

  it('given a byte limit, subtracts what the other bag weighs', () => {
    const limits: BackendLimits = {
      ...scalekitLimits,
      userMetadata: { ...scalekitLimits.userMetadata, maxBytes: 100 },
    };
    expect(limitsBesideOtherUserBag(limits, { a: 'b' }).maxBytes).toBe(91);
  });
});
