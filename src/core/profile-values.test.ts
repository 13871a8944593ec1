import { describe, expect, it } from 'vitest';
import { testDefinition, testUser } from '../../test/support/core-fixtures.ts';
import {
  decodeAttributeValue,
  effectiveValue,
  readProfileValues,
  readStoredValue,
} from './profile-values.ts';

describe('decodeAttributeValue', () => {
  it('reads the strings a string-only backend (Scalekit) stores, for every type', () => {
    expect(decodeAttributeValue(testDefinition('years', 'number'), '12.5')).toBe(12.5);
    expect(decodeAttributeValue(testDefinition('years', 'number'), 'twelve')).toBe('twelve');
    expect(decodeAttributeValue(testDefinition('news', 'boolean'), 'true')).toBe(true);
    expect(decodeAttributeValue(testDefinition('news', 'boolean'), 'false')).toBe(false);
    expect(decodeAttributeValue(testDefinition('news', 'boolean'), 'maybe')).toBeNull();
    expect(decodeAttributeValue(testDefinition('skills', 'multi_select'), '["a","b"]')).toEqual(['a', 'b']);
    expect(decodeAttributeValue(testDefinition('skills', 'multi_select'), 'a, b')).toEqual(['a', 'b']);
    expect(decodeAttributeValue(testDefinition('team', 'text'), { nested: 1 })).toBe('{"nested":1}');
  });

  it('passes native values through and reads absence as empty', () => {
    expect(decodeAttributeValue(testDefinition('years', 'number'), 7)).toBe(7);
    expect(decodeAttributeValue(testDefinition('news', 'boolean'), false)).toBe(false);
    expect(decodeAttributeValue(testDefinition('skills', 'multi_select'), ['a', 3, ''])).toEqual(['a']);
    expect(decodeAttributeValue(testDefinition('skills', 'multi_select'), undefined)).toEqual([]);
    expect(decodeAttributeValue(testDefinition('team', 'text'), '')).toBeNull();
  });
});

describe('reading a user’s values', () => {
  const definitions = [
    testDefinition('email', 'email', { write: 'none', source: 'system' }),
    testDefinition('givenName', 'text'),
    testDefinition('name', 'text', { write: 'none', source: 'identity_provider', allowOverride: true }),
    testDefinition('team', 'text'),
    testDefinition('missing', 'multi_select'),
  ];
  const user = testUser({ overrides: { name: 'Countess' } });

  it('readStoredValue reads standard fields, the email and custom attributes', () => {
    expect(definitions.map((definition) => readStoredValue(user, definition))).toEqual([
      'ada@example.com',
      'Ada',
      'Ada Lovelace',
      'Engines',
      [],
    ]);
  });

  it('readProfileValues holds the override for overridable fields', () => {
    expect(readProfileValues(user, definitions)).toEqual({
      email: 'ada@example.com',
      givenName: 'Ada',
      name: 'Countess',
      team: 'Engines',
      missing: [],
    });
    expect(readProfileValues(testUser(), definitions).name).toBeNull();
  });

  it('effectiveValue shows the override when there is one, else the stored value', () => {
    const name = definitions[2]!;
    expect(effectiveValue(user, name)).toBe('Countess');
    expect(effectiveValue(testUser(), name)).toBe('Ada Lovelace');
  });

  it('does not read inherited properties as custom attributes', () => {
    expect(readStoredValue(user, testDefinition('toString', 'text'))).toBeNull();
  });
});
