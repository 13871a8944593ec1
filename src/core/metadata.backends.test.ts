import { describe, expect, it } from 'vitest';
import { auth0Limits, type MetadataLimits, scalekitLimits } from './limits.ts';
import {
  entriesToMetadata,
  isBagIssue,
  metadataByteSize,
  validateMetadataEntries,
  validateMetadataPatch,
} from './metadata.ts';

// The metadata rules that differ by backend, each declared in its limits: Auth0's forbidden key
// characters, a byte limit on the whole bag, a backend that cannot delete keys, and Auth0's limits.

const limits = scalekitLimits.membershipMetadata; // 20 pairs, keys 3–25, values 1–256

describe('given a key rule of forbidden characters (Auth0: no "." or "$")', () => {
  const auth0 = auth0Limits.organizationMetadata;

  it('names the first forbidden character of each key', () => {
    expect(
      validateMetadataEntries(
        [
          { key: 'preference.color', value: 'pink' },
          { key: '$where', value: 'x' },
          { key: 'a.b$c', value: 'x' },
          { key: 'preference_color', value: 'light.blue' },
        ],
        auth0,
      ),
    ).toEqual([
      { code: 'key_forbidden_character', index: 0, character: '.' },
      { code: 'key_forbidden_character', index: 1, character: '$' },
      { code: 'key_forbidden_character', index: 2, character: '.' },
    ]);
  });

  it('allows any character where the limits forbid none (Scalekit checks only lengths)', () => {
    expect(validateMetadataEntries([{ key: 'pref.color$', value: 'x' }], limits)).toEqual([]);
  });

  it('still refuses __proto__, constructor and prototype before any other rule', () => {
    const rows = ['__proto__', 'constructor', 'prototype'].map((key) => ({ key, value: 'x' }));
    expect(validateMetadataEntries(rows, auth0).map((issue) => issue.code)).toEqual([
      'key_reserved',
      'key_reserved',
      'key_reserved',
    ]);
    expect(validateMetadataPatch({}, JSON.parse('{"__proto__":"x"}'), auth0)).toEqual([
      { code: 'key_reserved', index: -1, key: '__proto__' },
    ]);
  });

  it('judges a forbidden character in the patch only, not in keys the backend already holds', () => {
    expect(validateMetadataPatch({ 'legacy.key': 'x' }, { plan: 'y' }, auth0)).toEqual([]);
    expect(validateMetadataPatch({}, { 'new.key': 'y' }, auth0)).toEqual([
      { code: 'key_forbidden_character', index: 0, character: '.' },
    ]);
  });
});

describe('given a byte limit on the bag', () => {
  const small: MetadataLimits = { ...limits, maxBytes: 40 };

  it('measures the bag as JSON in UTF-8 bytes, so non-Latin text counts for what it weighs', () => {
    expect(metadataByteSize({})).toBe(2);
    expect(metadataByteSize({ a: 'b' })).toBe(9);
    expect(metadataByteSize({ a: 'é' })).toBe(10);
    expect(metadataByteSize({ a: '😀' })).toBe(12);
  });

  it('reports the size of the whole bag when it is over the limit, once, as a bag issue', () => {
    const rows = [
      { key: 'plan', value: 'enterprise' },
      { key: 'note', value: 'ü'.repeat(10) },
    ];
    const issues = validateMetadataEntries(rows, small);
    expect(issues).toEqual([{ code: 'too_many_bytes', max: 40, size: 51 }]);
    expect(issues.every(isBagIssue)).toBe(true);
  });

  it('is silent at the limit exactly', () => {
    const rows = [{ key: 'plan', value: 'x'.repeat(40 - metadataByteSize({ plan: '' })) }];
    expect(metadataByteSize(entriesToMetadata(rows))).toBe(40);
    expect(validateMetadataEntries(rows, small)).toEqual([]);
  });

  it('counts the JSON values a backend stored, which the kit never edits', () => {
    expect(validateMetadataPatch({ blob: { deep: 'x'.repeat(50) } }, { plan: 'y' }, small)).toEqual([
      { code: 'too_many_bytes', max: 40, size: 81 },
    ]);
  });

  it('has none on Scalekit, 16 MiB per user bag on Auth0', () => {
    expect(scalekitLimits.userMetadata.maxBytes).toBeUndefined();
    expect(auth0Limits.userMetadata.maxBytes).toBe(16 * 1024 * 1024);
  });
});

describe('given a backend that cannot delete keys', () => {
  const noDeletion = { keyDeletion: false };

  it('refuses every null in a patch, naming the key, and judges nothing else', () => {
    expect(
      validateMetadataPatch(
        { plan: 'starter', region: 'eu' },
        { plan: null, region: null, seats: '5' },
        limits,
        noDeletion,
      ),
    ).toEqual([
      { code: 'key_not_deletable', index: -1, key: 'plan' },
      { code: 'key_not_deletable', index: -1, key: 'region' },
    ]);
  });

  it('accepts sets and changes', () => {
    expect(
      validateMetadataPatch({ plan: 'starter' }, { plan: 'growth', seats: '5' }, limits, noDeletion),
    ).toEqual([]);
  });

  it('still refuses a reserved key first', () => {
    expect(validateMetadataPatch({}, JSON.parse('{"constructor":null}'), limits, noDeletion)).toEqual([
      { code: 'key_reserved', index: -1, key: 'constructor' },
    ]);
  });

  it('is the default nowhere: a backend that can delete keys takes a null', () => {
    expect(validateMetadataPatch({ plan: 'starter' }, { plan: null }, limits)).toEqual([]);
    expect(validateMetadataPatch({ plan: 'starter' }, { plan: null }, limits, { keyDeletion: true })).toEqual(
      [],
    );
  });
});

describe('auth0Limits', () => {
  it('holds organization metadata to 25 string properties of at most 255 characters', () => {
    const org = auth0Limits.organizationMetadata;
    expect([org.maxPairs, org.valueMaxLength, org.keyForbiddenCharacters]).toEqual([25, 255, '.$']);
    expect(validateMetadataEntries([{ key: 'tier', value: 'v'.repeat(256) }], org)).toEqual([
      { code: 'value_too_long', index: 0, max: 255 },
    ]);
    const rows = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(validateMetadataEntries(rows, org)).toEqual([{ code: 'too_many_pairs', max: 25, count: 26 }]);
  });

  it('keeps the user bags apart and leaves no room on memberships, which Auth0 does not have', () => {
    expect(auth0Limits.sharedUserMetadata).toBe(false);
    expect(scalekitLimits.sharedUserMetadata).toBe(true);
    expect(auth0Limits.membershipMetadata.maxPairs).toBe(0);
  });
});
