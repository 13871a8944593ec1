import { describe, expect, it } from 'vitest';
import { testDefinition } from '../../test/support/core-fixtures.ts';
import {
  canOverride,
  canWrite,
  groupDefinitions,
  isHiddenInMode,
  sortDefinitions,
} from './attribute-definition.ts';
import { attributeValuesEqual, encodeAttributeValue } from './attribute-value.ts';

describe('write rules', () => {
  const userField = testDefinition('team', 'text');
  const adminField = testDefinition('badge', 'text', { write: 'admin' });
  const systemField = testDefinition('created', 'text', { write: 'none', source: 'system' });
  const idpOverridable = testDefinition('name', 'text', {
    write: 'none',
    source: 'identity_provider',
    allowOverride: true,
  });
  const idpFixed = testDefinition('cost_center', 'text', { write: 'none', source: 'identity_provider' });

  it('canWrite: users write user fields, admins also admin fields, nobody none or degraded ones', () => {
    expect([canWrite(userField, 'self'), canWrite(userField, 'admin')]).toEqual([true, true]);
    expect([canWrite(adminField, 'self'), canWrite(adminField, 'admin')]).toEqual([false, true]);
    expect([
      canWrite(systemField, 'admin'),
      canWrite({ ...userField, degradedBecause: 'x' }, 'admin'),
    ]).toEqual([false, false]);
  });

  it('canOverride: only identity-provider fields that allow it, never an email', () => {
    expect(canOverride(idpOverridable)).toBe(true);
    expect(canOverride(idpFixed)).toBe(false);
    expect(canOverride(userField)).toBe(false);
    expect(canOverride({ ...idpOverridable, type: 'email' })).toBe(false);
    expect(canOverride({ ...idpOverridable, degradedBecause: 'x' })).toBe(false);
  });

  it('isHiddenInMode: admin-only fields are hidden from a user’s own profile, unless they come from the provider', () => {
    expect(isHiddenInMode(adminField, 'self')).toBe(true);
    expect(isHiddenInMode(adminField, 'admin')).toBe(false);
    expect(
      isHiddenInMode({ ...adminField, policy: { write: 'admin', source: 'identity_provider' } }, 'self'),
    ).toBe(false);
    expect(isHiddenInMode(systemField, 'self')).toBe(false);
  });
});

describe('ordering', () => {
  const definitions = [
    testDefinition('b', 'text', {}, { group: 'Work', order: 2, label: 'B' }),
    testDefinition('a', 'text', {}, { group: 'Personal', order: 1, label: 'A' }),
    testDefinition('c', 'text', {}, { group: 'Work', order: 1, label: 'C' }),
    testDefinition('d', 'text', {}, { group: null, order: 0, label: 'D' }),
    testDefinition('e', 'text', {}, { group: 'Work', order: 1, label: 'Alpha' }),
  ];

  it('sortDefinitions: groups in first-seen order, then order, then label', () => {
    expect(sortDefinitions(definitions).map((d) => d.key)).toEqual(['e', 'c', 'b', 'a', 'd']);
  });

  it('groupDefinitions: one section per group, ungrouped as null', () => {
    expect(
      groupDefinitions(definitions).map(({ group, definitions: list }) => [group, list.map((d) => d.key)]),
    ).toEqual([
      ['Work', ['e', 'c', 'b']],
      ['Personal', ['a']],
      [null, ['d']],
    ]);
  });
});

describe('attribute values', () => {
  it('encodeAttributeValue writes strings for a string-only backend', () => {
    expect(encodeAttributeValue(['a', 'b'])).toBe('["a","b"]');
    expect(encodeAttributeValue(true)).toBe('true');
    expect(encodeAttributeValue(1.5)).toBe('1.5');
    expect(encodeAttributeValue('x')).toBe('x');
    expect(encodeAttributeValue(null)).toBeNull();
  });

  it('attributeValuesEqual treats empty as null and compares lists item by item', () => {
    expect(attributeValuesEqual('', null)).toBe(true);
    expect(attributeValuesEqual(undefined, null)).toBe(true);
    expect(attributeValuesEqual(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(attributeValuesEqual(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(attributeValuesEqual(1, '1')).toBe(false);
  });
});
