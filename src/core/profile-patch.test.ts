import { describe, expect, it } from 'vitest';
import { testDefinition, testUser } from '../../test/support/core-fixtures.ts';
import { buildProfilePatch, isEmptyPatch } from './profile-patch.ts';
import { readProfileValues } from './profile-values.ts';

const definitions = [
  testDefinition('email', 'email', { write: 'none', source: 'system' }),
  testDefinition('givenName', 'text'),
  testDefinition('familyName', 'text'),
  testDefinition('name', 'text', { write: 'none', source: 'identity_provider', allowOverride: true }),
  testDefinition('team', 'text'),
  testDefinition('years', 'number'),
  testDefinition(
    'skills',
    'multi_select',
    {},
    {
      options: [
        { value: 'math', label: 'Math' },
        { value: 'poetry', label: 'Poetry' },
      ],
    },
  ),
  testDefinition('badge', 'text', { write: 'admin' }),
  testDefinition('cost_center', 'text', { write: 'none', source: 'identity_provider' }),
];
const original = readProfileValues(testUser(), definitions);

describe('buildProfilePatch', () => {
  it('given no change, is empty', () => {
    const patch = buildProfilePatch(definitions, original, { ...original }, 'self');
    expect(patch).toEqual({});
    expect(isEmptyPatch(patch)).toBe(true);
  });

  it('sends only the fields that changed: standard under profile, custom by key', () => {
    const edited = {
      ...original,
      givenName: 'Augusta',
      familyName: '',
      years: 13,
      skills: ['math', 'poetry'],
    };
    expect(buildProfilePatch(definitions, original, edited, 'self')).toEqual({
      profile: { givenName: 'Augusta', familyName: null },
      customAttributes: { years: 13, skills: ['math', 'poetry'] },
    });
  });

  it('treats an empty string and null as the same, and compares lists by content', () => {
    const before = { ...original, team: null };
    expect(buildProfilePatch(definitions, before, { ...before, team: '', skills: ['math'] }, 'self')).toEqual(
      {},
    );
  });

  it('puts identity-provider values the user may override under overrides, null to return to the provider', () => {
    expect(buildProfilePatch(definitions, original, { ...original, name: 'Countess' }, 'self')).toEqual({
      overrides: { name: 'Countess' },
    });
    const overridden = { ...original, name: 'Countess' };
    expect(buildProfilePatch(definitions, overridden, { ...overridden, name: '' }, 'self')).toEqual({
      overrides: { name: null },
    });
  });

  it('leaves out fields the mode may not write, and read-only ones', () => {
    const edited = { ...original, badge: 'gold', cost_center: 'CC-1', email: 'new@example.com' };
    expect(buildProfilePatch(definitions, original, edited, 'self')).toEqual({});
    expect(buildProfilePatch(definitions, original, edited, 'admin')).toEqual({
      customAttributes: { badge: 'gold' },
    });
  });

  it('ignores keys the edited values do not have, and keys no definition describes', () => {
    const { team: _team, ...withoutTeam } = original;
    expect(buildProfilePatch(definitions, original, { ...withoutTeam, unknown_key: 'x' }, 'self')).toEqual(
      {},
    );
  });
});

describe('isEmptyPatch', () => {
  it('is false as soon as any part carries a change, including a cleared external ID', () => {
    expect(isEmptyPatch({ profile: {}, customAttributes: {} })).toBe(true);
    expect(isEmptyPatch({ profile: { givenName: null } })).toBe(false);
    expect(isEmptyPatch({ externalId: null })).toBe(false);
    expect(isEmptyPatch({ displayName: 'Acme' })).toBe(false);
  });
});
