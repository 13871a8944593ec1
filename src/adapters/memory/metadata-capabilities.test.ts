import { describe, expect, it } from 'vitest';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import { auth0Limits } from '../../core/limits.ts';
import { createMemoryAdapter, memoryIds } from './index.ts';

const org = memoryIds.organization;
const admin = memoryIds.admin; // userMetadata: 2 pairs, appMetadata: 3 pairs

describe('given a memory backend that cannot delete metadata keys', () => {
  const adapter = () => createMemoryAdapter({ capabilities: { metadata: { keyDeletion: false } } });

  it('refuses a null in organization metadata, per key, and stores nothing of the patch', async () => {
    const memory = adapter();
    await expect(
      memory.updateOrganization(org, { metadata: { plan_type: null, region: 'EU' } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
      fieldErrors: {
        'metadata.plan_type':
          '“plan_type” cannot be removed: this backend cannot delete keys. Change its value instead.',
      },
    });
    const stored = await memory.getOrganization(org);
    expect(stored.metadata).toEqual({ plan_type: 'enterprise', billing_customer_id: 'stripe_cus_abc123' });
  });

  it('refuses a null in either user bag, naming the bag', async () => {
    await expect(
      adapter().updateUser(admin, { userMetadata: { theme: null }, appMetadata: { territory: null } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
      fieldErrors: {
        'userMetadata.theme': expect.stringContaining('cannot delete keys'),
        'appMetadata.territory': expect.stringContaining('cannot delete keys'),
      },
    });
  });

  it('refuses a null in membership metadata and in an invitation’s metadata', async () => {
    const memory = adapter();
    await expect(
      memory.updateMembership(org, admin, { metadata: { seat_type: null } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
      fieldErrors: { 'metadata.seat_type': expect.stringContaining('cannot delete keys') },
    });
    await expect(
      memory.inviteMember(org, {
        email: 'new.person@example.com',
        idempotencyKey: 'invite-1',
        metadata: { territory: null },
      }),
    ).rejects.toMatchObject({
      code: 'not_supported',
      fieldErrors: { 'metadata.territory': expect.any(String) },
    });
  });

  it('still refuses __proto__, constructor and prototype as reserved, not as deletions', async () => {
    const patch = JSON.parse('{"__proto__":null,"constructor":null,"prototype":"x"}');
    await expect(adapter().updateOrganization(org, { metadata: patch })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: {
        'metadata.__proto__': '“__proto__” is reserved. Choose another key.',
        'metadata.constructor': '“constructor” is reserved. Choose another key.',
      },
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('accepts a change of value and a new key', async () => {
    const memory = adapter();
    const updated = await memory.updateOrganization(org, { metadata: { plan_type: 'growth', region: 'EU' } });
    expect(updated.metadata).toEqual({
      plan_type: 'growth',
      billing_customer_id: 'stripe_cus_abc123',
      region: 'EU',
    });
  });

  it('is configured by the Scalekit preset too', async () => {
    const memory = createMemoryAdapter({ capabilities: scalekitCapabilities });
    expect(memory.capabilities.metadata.keyDeletion).toBe(false);
    await expect(memory.updateOrganization(org, { metadata: { plan_type: null } })).rejects.toMatchObject({
      code: 'not_supported',
    });
  });
});

describe('given a memory backend with no membership metadata (Auth0)', () => {
  it('refuses any membership metadata, and still changes roles', async () => {
    const memory = createMemoryAdapter({ capabilities: auth0Capabilities, limits: auth0Limits });
    await expect(
      memory.updateMembership(org, admin, { metadata: { seat_type: 'viewer' } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
      fieldErrors: { metadata: 'This backend keeps no metadata on memberships.' },
    });
    const member = await memory.updateMembership(org, memoryIds.member, { roles: ['admin', 'member'] });
    expect(member.roles).toEqual(expect.arrayContaining(['admin', 'member']));
  });
});

describe('given user and app metadata in one map (Scalekit, the default)', () => {
  const pairs = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`extra_${i}`, 'v']));

  it('counts both bags against the 20 pairs: 5 stored + 16 new is refused on the bag being changed', async () => {
    const memory = createMemoryAdapter();
    await expect(memory.updateUser(admin, { userMetadata: pairs(16) })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: {
        userMetadata:
          'User and app metadata share one map of at most 20 pairs; together they hold 21. Remove 1.',
      },
    });
    const updated = await memory.updateUser(admin, { userMetadata: pairs(15) });
    expect(Object.keys(updated.userMetadata)).toHaveLength(17);
  });

  it('lets a change to both bags make room in one while filling the other', async () => {
    const memory = createMemoryAdapter();
    const updated = await memory.updateUser(admin, {
      userMetadata: { theme: null, timezone: null },
      appMetadata: pairs(17),
    });
    expect(Object.keys(updated.appMetadata)).toHaveLength(20);
  });

  it('keeps the per-bag message where one bag alone is over the limit', async () => {
    await expect(createMemoryAdapter().updateUser(admin, { appMetadata: pairs(21) })).rejects.toMatchObject({
      fieldErrors: { appMetadata: expect.stringMatching(/^At most 20 pairs/) },
    });
  });

  it('with Auth0’s limits, counts each bag on its own', async () => {
    const memory = createMemoryAdapter({ limits: auth0Limits });
    const updated = await memory.updateUser(admin, { userMetadata: pairs(30), appMetadata: pairs(30) });
    expect(Object.keys(updated.userMetadata)).toHaveLength(32);
  });
});
