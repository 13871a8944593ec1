// @vitest-environment node
/**
 * The handler's rules on writes: which profile fields a member or an admin may change, the guards on
 * memberships (the last admin, directory-managed members, who sets an invitee's external ID), and
 * invitations (idempotency keys, rate limits per caller and per organization), each checked against
 * the calls the backend got.
 */
import { describe, expect, it } from 'vitest';
import { memoryIds } from '../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { TeamkitError } from '../core/errors.ts';
import { acme, admin, json, member, setup } from './handler-test-setup.ts';

const invite = (key: string, email = `${key}@example.com`) => ({ email, idempotencyKey: key });

describe('createTeamkitHandler', () => {
  describe('profile writes', () => {
    it('lets a member change their own user-writable fields', async () => {
      const { send } = setup(member);
      const response = await send('PATCH', `/users/${memoryIds.member}`, {
        patch: { customAttributes: { bio: 'Hi' } },
      });
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({ profile: { customAttributes: { bio: 'Hi' } } });
    });

    it('refuses a member their external ID, admin metadata and admin-only fields, naming each', async () => {
      const { send, called } = setup(member);
      const response = await send('PATCH', `/users/${memoryIds.member}`, {
        patch: {
          externalId: 'MINE',
          appMetadata: { plan: 'gold' },
          customAttributes: { cost_center: 'CC-1' },
        },
      });
      expect(response.status).toBe(403);
      expect(await json(response)).toMatchObject({
        code: 'permission_denied',
        fieldErrors: {
          externalId: expect.any(String),
          'appMetadata.plan': expect.any(String),
          cost_center: expect.any(String),
        },
      });
      expect(called('updateUser')).toBe(0);
    });

    it('refuses a field the identity provider manages, and checks values with the core rules', async () => {
      const { adapter, send, called } = setup(member);
      const definitions = await adapter.listAttributeDefinitions();
      const managed = definitions.find(
        (d) => d.policy.source === 'identity_provider' && !d.policy.allowOverride,
      );
      const number = definitions.find(
        (d) => d.type === 'number' && d.policy.write === 'user' && d.max != null,
      );
      expect(managed && number).toBeTruthy();
      const refused = await json(
        await send('PATCH', `/users/${memoryIds.member}`, {
          patch: { customAttributes: { [managed?.key ?? '']: 'x' } },
        }),
      );
      expect(refused).toMatchObject({
        code: 'permission_denied',
        fieldErrors: { [managed?.key ?? '']: expect.any(String) },
      });
      const invalid = await json(
        await send('PATCH', `/users/${memoryIds.member}`, {
          patch: { customAttributes: { [number?.key ?? '']: (number?.max ?? 0) + 1 } },
        }),
      );
      expect(invalid).toMatchObject({
        code: 'validation',
        fieldErrors: { [number?.key ?? '']: expect.any(String) },
      });
      expect(called('updateUser')).toBe(0);
    });
  });

  describe('membership guards', () => {
    it('keeps the last admin, even from themselves, without asking the backend to try', async () => {
      const { send, called } = setup(admin);
      const demote = await send('PATCH', `/organizations/${acme}/members/${memoryIds.admin}`, {
        roles: ['member'],
      });
      expect(demote.status).toBe(403);
      expect(await json(demote)).toMatchObject({
        code: 'permission_denied',
        message: expect.stringMatching(/at least one admin/),
      });
      expect((await send('DELETE', `/organizations/${acme}/members/${memoryIds.admin}`)).status).toBe(403);
      expect(called('updateMembership') + called('removeMember')).toBe(0);
    });

    it('lets an admin step down once another admin exists', async () => {
      const { send } = setup(admin);
      await send('PATCH', `/organizations/${acme}/members/${memoryIds.member}`, { roles: ['admin'] });
      const response = await send('PATCH', `/organizations/${acme}/members/${memoryIds.admin}`, {
        roles: ['member'],
      });
      expect(response.status).toBe(200);
    });

    it('refuses to re-role or remove a directory-managed member', async () => {
      const { send, called } = setup(admin);
      const path = `/organizations/${acme}/members/${memoryIds.directoryMember}`;
      expect(await json(await send('PATCH', path, { roles: ['admin'] }))).toMatchObject({
        code: 'permission_denied',
        message: expect.stringMatching(/directory/),
      });
      expect((await send('DELETE', path)).status).toBe(403);
      expect(called('updateMembership') + called('removeMember')).toBe(0);
    });

    it('lets only an admin set an invitee’s external ID or metadata', async () => {
      const { adapter, send } = setup(admin, {
        policy: {
          ...memoryAccessPolicy,
          rolePermissions: { member: { viewMembers: true, inviteMembers: true } },
        },
        getSession: () => member,
      });
      expect(adapter.name).toBe('memory');
      const body = { ...invite('meta-1'), externalId: 'CRM-1' };
      expect(await json(await send('POST', `/organizations/${acme}/invitations`, body))).toMatchObject({
        code: 'permission_denied',
      });
    });
  });

  describe('invitations', () => {
    const path = `/organizations/${acme}/invitations`;

    it('answers the same idempotency key with the first result, once invited', async () => {
      const { send, called } = setup();
      const first = await send('POST', path, invite('key-1'));
      const again = await send('POST', path, invite('key-1'));
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await json(again)).toEqual(await json(first));
      expect(called('inviteMember')).toBe(1);
    });

    it('invites once when the same key arrives twice at the same moment', async () => {
      const { send, called } = setup();
      const responses = await Promise.all([
        send('POST', path, invite('key-2')),
        send('POST', path, invite('key-2')),
      ]);
      expect(called('inviteMember')).toBe(1);
      const statuses = responses.map((r) => r.status).sort();
      // The second either replays the first answer or is told to retry while it runs.
      expect([
        [201, 201],
        [201, 503],
      ]).toContainEqual(statuses);
    });

    it('refuses a key reused for a different invitation', async () => {
      const { send } = setup();
      await send('POST', path, invite('key-3', 'one@example.com'));
      const response = await send('POST', path, invite('key-3', 'two@example.com'));
      expect(await json(response)).toMatchObject({
        code: 'validation',
        fieldErrors: { idempotencyKey: expect.any(String) },
      });
    });

    it('keeps a final refusal under its key, and forgets a passing failure', async () => {
      const { adapter, send, called } = setup();
      adapter.faults.failMethod('inviteMember', new TeamkitError('unavailable'), { times: 1 });
      expect((await send('POST', path, invite('key-4'))).status).toBe(503);
      expect((await send('POST', path, invite('key-4'))).status).toBe(201);
      expect(called('inviteMember')).toBe(2);
      const taken = invite('key-5', (await adapter.getUser(memoryIds.member)).email);
      expect((await send('POST', path, taken)).status).toBe(409);
      expect((await send('POST', path, taken)).headers.get('idempotent-replayed')).toBe('true');
      expect(called('inviteMember')).toBe(3);
    });

    it('limits invitations per caller, with Retry-After', async () => {
      const { send } = setup(admin, { inviteLimits: { perCaller: { limit: 2, windowMs: 60_000 } } });
      await send('POST', path, invite('rate-1'));
      await send('POST', path, invite('rate-2'));
      const response = await send('POST', path, invite('rate-3'));
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await json(response)).toMatchObject({ code: 'rate_limited', retryAfterMs: expect.any(Number) });
    });

    it('lets through no more than the limit from a flood sent all at once', async () => {
      const { send, called } = setup(admin, { inviteLimits: { perCaller: { limit: 10, windowMs: 60_000 } } });
      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, index) => send('POST', path, invite(`flood-${index}`))),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(30);
      expect(called('inviteMember')).toBe(10);
    });

    it('limits invitations per organization, whoever sends them', async () => {
      let session = admin;
      const { adapter, send } = setup(admin, {
        inviteLimits: { perOrganization: { limit: 1, windowMs: 60_000 } },
        getSession: () => session,
      });
      await adapter.updateMembership(acme, memoryIds.member, { roles: ['admin'] });
      expect((await send('POST', path, invite('org-1'))).status).toBe(201);
      session = member;
      expect((await send('POST', path, invite('org-2'))).status).toBe(429);
    });
  });
});
