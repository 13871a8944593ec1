// @vitest-environment node
/**
 * The handler's own checks: what it refuses before the backend is called, what its errors carry,
 * and mounting it in a router. Its rules on writes (profile fields, membership guards, invitations)
 * are in create-teamkit-handler.writes.test.ts.
 */
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { TeamkitError } from '../core/errors.ts';
import { acme, admin, json, setup } from './handler-test-setup.ts';

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

  it('mounts unchanged in Hono', async () => {
    const { handler } = setup(admin, { basePath: '/api/teamkit' });
    const app = new Hono();
    app.all('/api/teamkit/*', (c) => handler(c.req.raw));
    const response = await app.request(`/api/teamkit/organizations/${acme}`);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ id: acme });
  });
});
