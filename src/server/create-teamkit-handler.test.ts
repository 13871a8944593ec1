// @vitest-environment node
/** The handler's own checks: what it refuses before the backend is called, and what its errors carry. */
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { TeamkitError } from '../core/errors.ts';
import { createTeamkitHandler, type TeamkitHandlerOptions } from './create-teamkit-handler.ts';
import type { TeamkitSession } from './session.ts';

const acme = memoryIds.organization;
const admin: TeamkitSession = { userId: memoryIds.admin, organizationId: acme };
const member: TeamkitSession = { userId: memoryIds.member, organizationId: acme };

function setup(session: TeamkitSession | null = admin, options: Partial<TeamkitHandlerOptions> = {}) {
  const adapter: MemoryAdapter = createMemoryAdapter({ seed: 5, memberCount: 20 });
  // The memory backend's own role mapping, as a host hands the same AccessPolicy to both.
  const handler = createTeamkitHandler({
    adapter,
    getSession: () => session,
    policy: memoryAccessPolicy,
    ...options,
  });
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    handler(
      new Request(`http://teamkit.test${path}`, {
        method,
        headers: {
          ...(method === 'GET' ? {} : { 'x-teamkit-request': '1' }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
  const called = (method: string) => adapter.calls.filter((call) => call.method === method).length;
  return { adapter, handler, send, called };
}

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;
const invite = (key: string, email = `${key}@example.com`) => ({ email, idempotencyKey: key });

describe('createTeamkitHandler', () => {
  describe('refusing requests before the backend sees them', () => {
    it('refuses a write without the CSRF header', async () => {
      const { send, called } = setup();
      const response = await send(
        'PATCH',
        `/organizations/${acme}`,
        { patch: { displayName: 'X' } },
        {
          'x-teamkit-request': '',
        },
      );
      expect(response.status).toBe(403);
      expect((await json(response)).message).toMatch(/x-teamkit-request/);
      expect(called('updateOrganization')).toBe(0);
    });

    it('refuses a body that is not JSON by its content type', async () => {
      const { send, called } = setup();
      const response = await send('PATCH', `/organizations/${acme}`, '{"patch":{}}', {
        'content-type': 'text/plain',
      });
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({
        code: 'validation',
        message: expect.stringMatching(/JSON/),
      });
      expect(called('updateOrganization')).toBe(0);
    });

    it('refuses a body that does not parse', async () => {
      const { send } = setup();
      const response = await send('PATCH', `/organizations/${acme}`, '{"patch":');
      expect(await json(response)).toMatchObject({
        code: 'validation',
        message: expect.stringMatching(/not valid JSON/),
      });
    });

    it('refuses a body larger than the limit, declared or streamed', async () => {
      const { handler, send, called } = setup(admin, { maxBodyBytes: 1024 });
      const big = { patch: { displayName: 'x'.repeat(2000) } };
      expect(await json(await send('PATCH', `/organizations/${acme}`, big))).toMatchObject({
        message: expect.stringMatching(/larger than 1024 bytes/),
      });
      // A chunked body declares no length: it is counted as it arrives.
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"patch":{"displayName":"'));
          controller.enqueue(encoder.encode('y'.repeat(2000)));
          controller.enqueue(encoder.encode('"}}'));
          controller.close();
        },
      });
      const response = await handler(
        new Request(`http://teamkit.test/organizations/${acme}`, {
          method: 'PATCH',
          headers: { 'x-teamkit-request': '1', 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit),
      );
      expect(await json(response)).toMatchObject({
        message: expect.stringMatching(/larger than 1024 bytes/),
      });
      expect(called('updateOrganization')).toBe(0);
    });

    it('refuses unknown keys and reserved ones, naming the field', async () => {
      const { send } = setup();
      expect(
        await json(await send('PATCH', `/organizations/${acme}`, { patch: { owner: 'me' } })),
      ).toMatchObject({
        code: 'validation',
        fieldErrors: { body: expect.any(String) },
      });
      const polluted = '{"patch":{"metadata":{"__proto__":"x"}}}';
      expect(await json(await send('PATCH', `/organizations/${acme}`, polluted))).toMatchObject({
        code: 'validation',
        fieldErrors: { 'metadata.__proto__': expect.any(String) },
      });
    });

    it('answers an unknown address with 404 and a known one with the wrong method with 405', async () => {
      const { send } = setup();
      expect((await send('GET', '/nothing-here')).status).toBe(404);
      const response = await send('PUT', `/organizations/${acme}`, {});
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, PATCH');
    });

    it('refuses an address with a malformed escape as the caller’s mistake', async () => {
      const onError = vi.fn();
      const { send } = setup(admin, { onError });
      const response = await send('GET', `/organizations/${acme}/members/%E0%A4%A`);
      expect(response.status).toBe(400);
      expect(onError).not.toHaveBeenCalled();
    });

    it('serves only below its base path', async () => {
      const { send } = setup(admin, { basePath: '/api/teamkit/' });
      expect((await send('GET', '/api/teamkit/capabilities')).status).toBe(200);
      expect((await send('GET', '/capabilities')).status).toBe(404);
    });
  });

  describe('errors', () => {
    it('never carries a stack, a vendor body or a token, and tells the host', async () => {
      const onError = vi.fn();
      const { adapter, send } = setup(admin, { onError });
      const leak = new Error(
        'upstream said: {"access_token":"sk_live_secret"} at Client.request (vendor.js:1)',
      );
      adapter.faults.failNext(leak as never);
      const response = await send('GET', `/organizations/${acme}`);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        code: 'unknown',
        message: expect.stringMatching(/went wrong on our side/),
        fieldErrors: {},
      });
      expect(text).not.toMatch(/sk_live|access_token|vendor\.js|at /);
      // The host's log gets the original (here wrapped by the adapter as the cause of an `unknown`).
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ cause: leak }), expect.any(Request));
    });

    it('does not tell the host of a request the caller abandoned', async () => {
      const onError = vi.fn();
      const { adapter, handler } = setup(admin, { onError });
      const abandon = new AbortController();
      adapter.faults.failNext(new Error('aborted while the backend was asked') as never);
      abandon.abort();
      const response = await handler(
        new Request(`http://teamkit.test/organizations/${acme}`, { signal: abandon.signal }),
      );
      expect(response.status).toBe(500);
      expect(onError).not.toHaveBeenCalled();
    });

    it('replaces the message of a refused server credential with the kit’s own', async () => {
      const { adapter, send } = setup();
      adapter.faults.failNext(new TeamkitError('misconfigured', 'Auth0 said: invalid client secret abc123'));
      const body = await json(await send('GET', `/organizations/${acme}`));
      expect(body.code).toBe('misconfigured');
      expect(body.message).not.toMatch(/abc123/);
    });

    it('passes no field message that looks like a credential, and none at all for an outage', async () => {
      const { adapter, send } = setup();
      const echo = { displayName: 'rejected: Authorization: Bearer eyJhbGciOi.secret', plan: 'Too long.' };
      adapter.faults.failNext(new TeamkitError('unavailable', 'down', { fieldErrors: echo }));
      expect((await json(await send('GET', `/organizations/${acme}`))).fieldErrors).toEqual({});
      adapter.faults.failNext(new TeamkitError('validation', undefined, { fieldErrors: echo }));
      const body = await json(await send('GET', `/organizations/${acme}`));
      expect(body.fieldErrors).toEqual({
        displayName: 'The service did not accept this value.',
        plan: 'Too long.',
      });
    });

    it('passes a caller’s own error through with its field messages and tells the host nothing', async () => {
      const onError = vi.fn();
      const { send } = setup(admin, { onError });
      const response = await send('PATCH', `/organizations/${acme}`, { patch: { displayName: '' } });
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ fieldErrors: { displayName: expect.any(String) } });
      expect(onError).not.toHaveBeenCalled();
    });
  });

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

  it('mounts unchanged in Hono', async () => {
    const { handler } = setup(admin, { basePath: '/api/teamkit' });
    const app = new Hono();
    app.all('/api/teamkit/*', (c) => handler(c.req.raw));
    const response = await app.request(`/api/teamkit/organizations/${acme}`);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ id: acme });
  });
});
