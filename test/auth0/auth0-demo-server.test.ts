// @vitest-environment node
/**
 * The full-stack demo's server over the fake Auth0 (`npm run demo:auth0`) on 127.0.0.1: the Auth0
 * adapter asks as whoever the request's session names, the session confines each person to their
 * organization, and a provider-managed name takes an override the server stores in user_metadata.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../demo/server/start-demo-server.ts';

let dist: string;
let server: DemoServer;
beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'teamkit-auth0-demo-'));
  writeFileSync(path.join(dist, 'fullstack.html'), '<!doctype html><title>full stack</title>');
  server = await startDemoServer({ backend: 'auth0', port: 0, page: { mode: 'dist', dir: dist } });
}, 30_000);
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A client that keeps the session cookie, like a browser. */
function browser() {
  let cookie = '';
  const send = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === 'GET' ? {} : { 'x-teamkit-request': '1' }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
  return { send, signIn: (person: string) => send('POST', '/demo-api/session', { person }) };
}

describe('the demo server over the fake Auth0', () => {
  it('offers an admin, a member, a Google user and another organization’s admin', async () => {
    const state = await (await fetch(`${server.url}/demo-api/session`)).json();
    expect(state.backend).toBe('Auth0 (a local fake Auth0 tenant)');
    expect(state.people.map((person: { key: string }) => person.key)).toEqual([
      'admin',
      'member',
      'google',
      'other-organization',
    ]);
  });

  it('asks Auth0 as whoever the session names, and confines each to their organization', async () => {
    const [admin, member, , other] = server.backend.people;
    if (!admin || !member || !other) throw new Error('the Auth0 backend offers four people');
    const client = browser();
    await client.signIn('member');
    expect(
      await (await client.send('GET', `/api/teamkit/organizations/${member.organizationId}/viewer`)).json(),
    ).toMatchObject({
      userId: member.userId,
      permissions: { viewMembers: true, inviteMembers: false },
    });
    await client.signIn('admin');
    const page = await (
      await client.send('GET', `/api/teamkit/organizations/${admin.organizationId}/members`)
    ).json();
    expect(page.totalCount).toBeNull();
    expect(page.members.some((row: { userId: string | null }) => row.userId === null)).toBe(true);
    await client.signIn('other-organization');
    expect(
      (await client.send('GET', `/api/teamkit/organizations/${admin.organizationId}/members`)).status,
    ).toBe(403);
  });

  it('keeps a Google user’s own display name as an override over the provider’s', async () => {
    const client = browser();
    await client.signIn('google');
    const me = await (await client.send('GET', '/api/teamkit/me')).json();
    expect(me.profile.name).toBe('Gail Google');
    const saved = await client.send('PATCH', `/api/teamkit/users/${encodeURIComponent(me.id)}`, {
      patch: { overrides: { name: 'Gail G.' } },
      expectedVersion: me.version,
    });
    const body = await saved.json();
    expect(saved.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ profile: { name: 'Gail Google' }, overrides: { name: 'Gail G.' } });
  });
});
