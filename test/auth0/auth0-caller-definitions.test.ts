// @vitest-environment node
/**
 * The Auth0 adapter given the caller's definitions (`UserCallOptions.definitions`, what the handler
 * passes from a host's store): the custom attributes its own definitions lack are kept in the bag
 * their write policy names, within Auth0's bag size, and what cannot be placed is refused with why.
 * Each test checks what reached the fake Auth0, not only what the adapter answered.
 */
import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../../src/core/attribute-definition.ts';
import { auth0Limits } from '../../src/core/limits.ts';
import { auth0TestDefinitions } from '../fakes/auth0/seed.ts';
import { setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed();
const patches = () => bed.fake.requests.filter((request) => request.method === 'PATCH');

function custom(key: string, policy: AttributeDefinition['policy']): AttributeDefinition {
  return { key, scope: 'custom', label: key, type: 'text', required: false, order: 50, policy };
}

const deskNumber = custom('desk_number', { write: 'user', source: 'user' });
const withDesk = [...auth0TestDefinitions, deskNumber];

describe('the Auth0 adapter given the caller’s definitions', () => {
  it('refuses the same key without them, as before: its own definitions do not describe it', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.memberUserId, { customAttributes: { desk_number: 'B-12' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { desk_number: 'No attribute definition describes this field.' },
    });
    expect(patches()).toEqual([]);
  });

  it('refuses a value that would make the bag larger than Auth0 keeps, before sending it', async () => {
    const { maxBytes } = auth0Limits.userMetadata;
    const error = bed.adapter.updateUser(
      bed.ids.memberUserId,
      { customAttributes: { desk_number: 'x'.repeat(maxBytes ?? 0) } },
      { definitions: withDesk },
    );
    await expect(error).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: {
        desk_number: expect.stringMatching(
          /^Auth0 keeps at most 16777216 bytes in user_metadata; with this value it would take 167772\d\d\. Shorten it\.$/,
        ),
      },
    });
    expect(patches()).toEqual([]);
  });

  it('keeps its own definition of a key over the caller’s: the value stays where it always was', async () => {
    const adminBio = custom('bio', { write: 'admin', source: 'user' });
    const user = await bed.adapter.updateUser(
      bed.ids.memberUserId,
      { customAttributes: { bio: 'Still mine.' } },
      { definitions: [...auth0TestDefinitions.filter((d) => d.key !== 'bio'), adminBio] },
    );
    expect(patches().at(-1)?.body).toEqual({ user_metadata: { bio: 'Still mine.' } });
    expect(user.profile.customAttributes.bio).toBe('Still mine.');
  });

  it('refuses a caller’s attribute an identity provider would assert, or whose key breaks the rule', async () => {
    const definitions = [
      ...auth0TestDefinitions,
      custom('nickname', { write: 'none', source: 'identity_provider' }),
      custom('ab', { write: 'user', source: 'user' }),
    ];
    const read = await bed.adapter.getUser(bed.ids.adminUserId, { definitions });
    expect(read.profile.customAttributes).not.toHaveProperty('nickname');
    await expect(
      bed.adapter.updateUser(
        bed.ids.adminUserId,
        { customAttributes: { nickname: 'Ada', ab: 'x' } },
        { definitions },
      ),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: {
        nickname:
          'An identity provider’s field must be named in the Auth0 adapter’s own definitions; it cannot be added here.',
        ab: 'Auth0 cannot keep this field under its key: Use at least 3 characters for the key.',
      },
    });
    expect(patches()).toEqual([]);
  });

  it('refuses a key that differs from a field’s place only in letter case', async () => {
    const definitions = [...auth0TestDefinitions, custom('Locale', { write: 'user', source: 'user' })];
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { Locale: 'fr' } }, { definitions }),
    ).rejects.toMatchObject({
      fieldErrors: {
        Locale: 'Auth0 keeps the locale field under this key in user_metadata; give this field another key.',
      },
    });
    expect(patches()).toEqual([]);
  });
});
