import { describe, expect, it } from 'vitest';
import { scalekitLimits } from './limits.ts';
import {
  applyMetadataPatch,
  buildMetadataPatch,
  describeMetadataIssue,
  type MetadataIssue,
  metadataToEntries,
  validateMetadataEntries,
  validateMetadataPatch,
} from './metadata.ts';

// The metadata rules every backend shares, on Scalekit's limits; the rules that differ by backend
// (Auth0's key characters, a byte limit on the bag, no key deletion) are in metadata.backends.test.ts.

const limits = scalekitLimits.membershipMetadata; // 20 pairs, keys 3–25, values 1–256

describe('validateMetadataEntries', () => {
  it('given valid rows, finds nothing', () => {
    expect(validateMetadataEntries([{ key: 'plan_type', value: 'enterprise' }], limits)).toEqual([]);
  });

  it('reports each issue code with the row and the numbers a message needs', () => {
    const issues = validateMetadataEntries(
      [
        { key: '  ', value: 'x' },
        { key: 'ab', value: 'x' },
        { key: 'k'.repeat(26), value: 'x' },
        { key: '__proto__', value: 'x' },
        { key: 'plan', value: '' },
        { key: 'plan', value: 'v'.repeat(257) },
      ],
      limits,
    );
    expect(issues).toEqual([
      { code: 'key_empty', index: 0 },
      { code: 'key_too_short', index: 1, min: 3 },
      { code: 'key_too_long', index: 2, max: 25 },
      { code: 'key_reserved', index: 3, key: '__proto__' },
      { code: 'value_empty', index: 4 },
      { code: 'key_duplicate', index: 5, key: 'plan' },
      { code: 'value_too_long', index: 5, max: 256 },
    ]);
  });

  it('counts pairs against the limit', () => {
    const rows = Array.from({ length: 11 }, (_, i) => ({ key: `key_${i}`, value: 'v' }));
    expect(validateMetadataEntries(rows, scalekitLimits.organizationMetadata)).toEqual([
      { code: 'too_many_pairs', max: 10, count: 11 },
    ]);
  });

  it('checks the length of string values only: other JSON came from the backend', () => {
    expect(validateMetadataEntries([{ key: 'nested', value: { deep: 'x'.repeat(500) } }], limits)).toEqual(
      [],
    );
  });

  it('trims keys before checking them', () => {
    expect(validateMetadataEntries([{ key: '  plan  ', value: 'x' }], limits)).toEqual([]);
  });
});

describe('describeMetadataIssue', () => {
  it('says what to do for every code', () => {
    const issues: MetadataIssue[] = [
      { code: 'key_empty', index: 0 },
      { code: 'key_too_short', index: 0, min: 3 },
      { code: 'key_too_long', index: 0, max: 25 },
      { code: 'key_reserved', index: 0, key: 'constructor' },
      { code: 'key_duplicate', index: 0, key: 'plan' },
      { code: 'value_empty', index: 0 },
      { code: 'value_too_long', index: 0, max: 256 },
      { code: 'too_many_pairs', max: 10, count: 12 },
      { code: 'key_forbidden_character', index: 0, character: '$' },
      { code: 'key_not_deletable', index: -1, key: 'plan' },
      { code: 'too_many_shared_pairs', max: 20, count: 23 },
      { code: 'too_many_bytes', max: 100, size: 140 },
    ];
    expect(issues.map(describeMetadataIssue)).toEqual([
      'Enter a key.',
      'Use at least 3 characters for the key.',
      'Use at most 25 characters for the key.',
      '“constructor” is reserved. Choose another key.',
      'The key “plan” is used more than once. Keys must be unique.',
      'Enter a value, or remove the row.',
      'Use at most 256 characters for the value.',
      'At most 10 pairs are allowed; there are 12. Remove 2.',
      'Keys cannot contain “$”. Use another character, such as “_”.',
      '“plan” cannot be removed: this backend cannot delete keys. Change its value instead.',
      'User and app metadata share one map of at most 20 pairs; together they hold 23. Remove 3.',
      'The metadata may take at most 100 bytes; it takes 140. Shorten or remove some values.',
    ]);
  });
});

describe('metadataToEntries', () => {
  it('lists rows in key order, skipping reserved keys and tolerating no metadata', () => {
    const metadata = JSON.parse('{"zeta":"z","alpha":"a","__proto__":"x","count":3}');
    expect(metadataToEntries(metadata)).toEqual([
      { key: 'alpha', value: 'a' },
      { key: 'count', value: 3 },
      { key: 'zeta', value: 'z' },
    ]);
    expect(metadataToEntries(null)).toEqual([]);
    expect(metadataToEntries(undefined)).toEqual([]);
  });
});

describe('buildMetadataPatch', () => {
  const original = { plan: 'starter', region: 'eu', settings: { nested: true } };

  it('given no edits, is empty', () => {
    expect(buildMetadataPatch(original, metadataToEntries(original))).toEqual({});
  });

  it('sets changed and added keys, removes dropped ones, and leaves the rest out', () => {
    const edited = [
      { key: 'plan', value: 'enterprise' },
      { key: 'settings', value: { nested: true } },
      { key: ' seats ', value: '25' },
    ];
    expect(buildMetadataPatch(original, edited)).toEqual({ plan: 'enterprise', seats: '25', region: null });
  });

  it('never sends a non-string value it kept, but removes one that was dropped', () => {
    expect(
      buildMetadataPatch(original, [
        { key: 'plan', value: 'starter' },
        { key: 'region', value: 'eu' },
      ]),
    ).toEqual({
      settings: null,
    });
  });

  it('returns a plain object', () => {
    expect(Object.getPrototypeOf(buildMetadataPatch(original, []))).toBe(Object.prototype);
  });
});

describe('applyMetadataPatch', () => {
  it('merges by key: a string sets, null removes, unnamed keys stay, and the input is not changed', () => {
    const metadata = Object.freeze({ plan: 'starter', region: 'eu' });
    expect(applyMetadataPatch(metadata, { plan: 'enterprise', region: null, seats: '5' })).toEqual({
      plan: 'enterprise',
      seats: '5',
    });
    expect(metadata).toEqual({ plan: 'starter', region: 'eu' });
  });
});

describe('validateMetadataPatch', () => {
  it('judges only the keys the patch sets, not rows the backend already held', () => {
    const current = { ab: 'a legacy key shorter than allowed' };
    expect(validateMetadataPatch(current, { plan: 'x' }, limits)).toEqual([]);
    expect(validateMetadataPatch(current, { pl: 'x' }, limits)).toEqual([
      { code: 'key_too_short', index: 1, min: 3 },
    ]);
  });

  it('counts pairs after merging, so removals make room', () => {
    const current = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`key_${i}`, 'v']));
    const orgLimits = scalekitLimits.organizationMetadata;
    expect(validateMetadataPatch(current, { extra: 'v' }, orgLimits)).toEqual([
      { code: 'too_many_pairs', max: 10, count: 11 },
    ]);
    expect(validateMetadataPatch(current, { extra: 'v', key_0: null }, orgLimits)).toEqual([]);
  });

  it('refuses reserved keys anywhere in the patch, even as removals', () => {
    const patch = JSON.parse('{"__proto__":"x","constructor":null}');
    expect(validateMetadataPatch({}, patch, limits)).toEqual([
      { code: 'key_reserved', index: -1, key: '__proto__' },
      { code: 'key_reserved', index: -1, key: 'constructor' },
    ]);
  });

  it('refuses an empty value: Scalekit cannot store one', () => {
    expect(validateMetadataPatch({}, { plan: '' }, limits)).toEqual([{ code: 'value_empty', index: 0 }]);
  });
});
