import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attributeTypes } from '../../core/attribute-definition.ts';
import { membershipStatuses } from '../../core/member.ts';
import { sanitizeAttributeDefinitions } from '../../core/sanitize-definitions.ts';
import { createMemoryAdapter, memoryExternalIds, memoryIds } from './index.ts';
import { mulberry32 } from './prng.ts';
import { createSeedData } from './seed-data.ts';

const now = Date.parse('2026-03-10T12:00:00Z');

describe('the seed', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('given the same seed', () => {
    it('builds the same data every time', () => {
      expect(createMemoryAdapter({ seed: 3 }).snapshot()).toEqual(
        createMemoryAdapter({ seed: 3 }).snapshot(),
      );
    });

    it('and a different seed builds a different crowd around the same fixtures', () => {
      const a = createSeedData({ seed: 3, memberCount: 50, now });
      const b = createSeedData({ seed: 4, memberCount: 50, now });
      expect(a).not.toEqual(b);
      expect(a.users[memoryIds.admin]).toEqual(b.users[memoryIds.admin]);
    });
  });

  it('uses a deterministic PRNG (no Math.random)', () => {
    const spy = vi.spyOn(Math, 'random');
    createMemoryAdapter({ seed: 9, memberCount: 200 });
    expect(spy).not.toHaveBeenCalled();
    const first = mulberry32(42);
    const second = mulberry32(42);
    expect([first(), first(), first()]).toEqual([second(), second(), second()]);
  });

  it('seeds Acme Corporation with its external ID, metadata and three roles', async () => {
    const adapter = createMemoryAdapter();
    const organization = await adapter.getOrganization(memoryIds.organization);
    expect(organization).toMatchObject({
      id: 'org_acme',
      displayName: 'Acme Corporation',
      externalId: 'CUST-12345-ACME',
      metadata: { plan_type: 'enterprise', billing_customer_id: 'stripe_cus_abc123' },
    });
    const roles = await adapter.listRoles(memoryIds.organization);
    expect(roles.map((role) => role.name)).toEqual(['admin', 'member', 'billing_manager']);
    expect(roles.filter((role) => role.isAdmin).map((role) => role.name)).toEqual(['admin']);
    expect(roles.filter((role) => role.isDefault).map((role) => role.name)).toEqual(['member']);
  });

  it('gives Acme memberCount members (50 by default) in every status and provisioning method', () => {
    const data = createMemoryAdapter().snapshot();
    const acme = data.memberships.filter((m) => m.organizationId === memoryIds.organization);
    expect(acme).toHaveLength(50);
    expect(new Set(acme.map((m) => m.status))).toEqual(new Set(membershipStatuses));
    expect(new Set(acme.map((m) => m.provisioning))).toEqual(
      new Set(['invitation', 'dashboard', 'jit_sso', 'scim', 'api']),
    );
    expect(
      createMemoryAdapter({ memberCount: 20 })
        .snapshot()
        .memberships.filter((m) => m.organizationId === 'org_acme'),
    ).toHaveLength(20);
  });

  it('gives every invitation an ID of its own, the same on every load, and no ID to other memberships', () => {
    const { memberships } = createMemoryAdapter({ memberCount: 500 }).snapshot();
    const invitations = memberships.filter(
      (m) => m.status === 'pending_invite' || m.status === 'invite_expired',
    );
    const invitationIds = invitations.map((m) => m.invitationId);
    expect(invitationIds.every((id) => typeof id === 'string' && id.startsWith('inv_'))).toBe(true);
    expect(new Set(invitationIds).size).toBe(invitations.length);
    expect(memberships.filter((m) => !invitations.includes(m)).every((m) => m.invitationId === null)).toBe(
      true,
    );
    const again = createMemoryAdapter({ memberCount: 500 }).snapshot().memberships;
    expect(again.map((m) => m.invitationId)).toEqual(memberships.map((m) => m.invitationId));
  });

  it('keeps every named fixture even when memberCount is smaller', () => {
    const data = createMemoryAdapter({ memberCount: 0 }).snapshot();
    for (const id of Object.values(memoryIds).filter((id) => id.startsWith('usr_'))) {
      expect(data.users[id]).toBeDefined();
    }
  });

  it('names people in many scripts, including right-to-left, very long and HTML-looking names', () => {
    const names = Object.values(createMemoryAdapter({ memberCount: 300 }).snapshot().users).map(
      (user) => user.profile.name ?? '',
    );
    expect(names.some((name) => /[\u0600-\u06ff]/.test(name))).toBe(true); // Arabic
    expect(names.some((name) => /[\u0590-\u05ff]/.test(name))).toBe(true); // Hebrew
    expect(names.some((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true); // Han
    expect(names.some((name) => name.length > 60)).toBe(true);
    expect(names).toContain('<b>bold</b> <script>alert("hi")</script>');
  });

  it('gives the admin a full profile and the Okta user an Okta identity', () => {
    const data = createMemoryAdapter().snapshot();
    const admin = data.users[memoryIds.admin];
    const custom = sanitizeAttributeDefinitions(data.definitions).definitions.filter(
      (d) => d.scope === 'custom',
    );
    expect(Object.keys(admin?.profile.customAttributes ?? {}).sort()).toEqual(
      custom.map((d) => d.key).sort(),
    );
    expect(admin?.profile).toMatchObject({
      givenName: 'Maya',
      familyName: 'Okafor',
      phoneNumber: '+14155552671',
    });
    const idpUser = data.users[memoryIds.idpUser];
    expect(idpUser?.identities[0]).toMatchObject({ provider: 'okta', displayName: 'Okta' });
    expect(data.users[memoryIds.member]?.externalId).toBe(memoryExternalIds.member);
  });

  it('defines attributes of every type and every write policy, all sanitizing cleanly', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions(
      createMemoryAdapter().snapshot().definitions,
    );
    expect(problems).toEqual([]);
    expect(new Set(definitions.map((d) => d.type))).toEqual(new Set(attributeTypes));
    expect(new Set(definitions.map((d) => d.policy.write))).toEqual(new Set(['user', 'admin', 'none']));
    const name = definitions.find((d) => d.key === 'name');
    expect(name?.policy).toMatchObject({
      source: 'identity_provider',
      readOnlyReason: 'Managed by Okta',
      allowOverride: true,
    });
    expect(definitions.find((d) => d.key === 'cost_center')?.policy).toMatchObject({
      source: 'identity_provider',
      write: 'none',
      readOnlyReason: 'Synced from Workday',
    });
    expect(new Set(definitions.map((d) => d.group))).toEqual(new Set(['Personal', 'Work', 'Preferences']));
  });

  it('keeps pending invitations pending and expired ones expired relative to the clock', () => {
    const data = createMemoryAdapter({ memberCount: 500 }).snapshot();
    for (const membership of data.memberships) {
      if (membership.status === 'pending_invite')
        expect(Date.parse(membership.expiresAt ?? '')).toBeGreaterThan(now);
      if (membership.status === 'invite_expired')
        expect(Date.parse(membership.expiresAt ?? '')).toBeLessThanOrEqual(now);
    }
  });

  it('given 10,000 members, lists them in pages with the right total', async () => {
    const adapter = createMemoryAdapter({ memberCount: 10_000 });
    const page = await adapter.listMembers({ organizationId: memoryIds.organization, limit: 100 });
    expect(page.totalCount).toBe(10_000);
    expect(page.members).toHaveLength(100);
    const users = Object.values(adapter.snapshot().users);
    expect(new Set(users.map((user) => user.email)).size).toBe(users.length);
  });
});
