import type {
  AttributeDefinition,
  AttributePolicy,
  AttributeType,
} from '../../src/core/attribute-definition.ts';
import type { User } from '../../src/core/user.ts';

/** A definition for core tests: only what a test cares about needs saying. */
export function testDefinition(
  key: string,
  type: AttributeType,
  policy: Partial<AttributePolicy> = {},
  extra: Partial<AttributeDefinition> = {},
): AttributeDefinition {
  const standard = ['givenName', 'familyName', 'name', 'locale', 'phoneNumber', 'picture', 'email'].includes(
    key,
  );
  return {
    key,
    scope: standard ? 'standard' : 'custom',
    label: key,
    type,
    required: false,
    order: 0,
    policy: { write: 'user', source: 'user', ...policy },
    ...extra,
  };
}

/** A user for core tests. */
export function testUser(overrides: Partial<User> = {}): User {
  return {
    id: 'usr_1',
    email: 'ada@example.com',
    emailVerified: true,
    externalId: null,
    profile: {
      givenName: 'Ada',
      familyName: 'Lovelace',
      name: 'Ada Lovelace',
      locale: 'en-GB',
      phoneNumber: null,
      phoneNumberVerified: false,
      picture: null,
      customAttributes: { team: 'Engines', years: 12, skills: ['math'] },
    },
    userMetadata: { theme: 'dark' },
    appMetadata: { tier: 'gold' },
    overrides: {},
    identities: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    lastLoginAt: null,
    version: '1',
    ...overrides,
  };
}
