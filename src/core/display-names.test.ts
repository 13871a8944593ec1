import { describe, expect, it } from 'vitest';
import { testUser } from '../../test/support/core-fixtures.ts';
import { memberDisplayName, memberInitials } from './member.ts';
import { userDisplayName, userToJson } from './user.ts';

const person = (
  name: string | null,
  givenName: string | null,
  familyName: string | null,
  email = 'li.wei@example.com',
) => ({
  name,
  givenName,
  familyName,
  email,
});

describe('memberDisplayName', () => {
  it('prefers the display name, then given and family name, then the email', () => {
    expect(memberDisplayName(person('  Ada L. ', 'Ada', 'Lovelace'))).toBe('Ada L.');
    expect(memberDisplayName(person('  ', 'Ada', null))).toBe('Ada');
    expect(memberDisplayName(person(null, null, null))).toBe('li.wei@example.com');
  });
});

describe('memberInitials', () => {
  it('takes the first letters of the first and last words, whole characters in any script', () => {
    expect(memberInitials(person('Ada Byron Lovelace', null, null))).toBe('AL');
    expect(memberInitials(person('ليلى حداد', null, null))).toBe('لح');
    expect(memberInitials(person('𝒜da Lovelace', null, null))).toBe('𝒜L');
    expect(memberInitials(person(null, null, null))).toBe('LW');
  });
});

describe('userDisplayName and userToJson', () => {
  it('names a user like a member, and gives plain JSON of every field', () => {
    const user = testUser();
    expect(userDisplayName(user)).toBe('Ada Lovelace');
    expect(userDisplayName({ ...user, profile: { ...user.profile, name: null } })).toBe('Ada Lovelace');
    expect(userToJson(user)).toEqual(JSON.parse(JSON.stringify(user)));
  });
});
