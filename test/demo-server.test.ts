// @vitest-environment node
/**
 * The full-stack demo's server (demo/server) on a real 127.0.0.1 port: its sign-in (signed cookie,
 * CSRF header, clear refusals), the kit's handler behind it confined to the signed-in person's
 * organization, the page files, the backend chooser, and the Scalekit backend's per-request viewer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseDemoBackend, demoBackends } from '../demo/server/backend-registry.ts';
import { globexMemberId } from '../demo/server/backends/memory.ts';
import { type DemoServer, startDemoServer } from '../demo/server/start-demo-server.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'teamkit-demo-dist-'));
  writeFileSync(path.join(dist, 'fullstack.html'), '<!doctype html><title>full stack</title>');
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(`${dist}-beside.txt`, { force: true });
});

/** A client that keeps the session cookie, like a browser. */
function client(server: DemoServer) {
  let cookie = '';
  const send = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
  const signIn = (person: string) =>
    send('POST', '/demo-api/session', { person }, { 'x-teamkit-request': '1' });
  return { send, signIn, cookie: () => cookie, setCookie: (value: string) => (cookie = value) };
}

describe('the demo server over the memory backend', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ backend: 'memory', port: 0, page: { mode: 'dist', dir: dist } });
  });
  afterAll(() => server.close());

  it('offers the switcher’s people without their IDs, nobody signed in', async () => {
    const state = await (await fetch(`${server.url}/demo-api/session`)).json();
    expect(state).toEqual({
      backend: 'In-memory backend',
      people: [
        { key: 'admin', name: 'Maya Okafor', description: 'Admin at Acme Corporation' },
        { key: 'member', name: 'Jonas Müller', description: 'Member at Acme Corporation' },
        { key: 'other-organization', name: 'Frank Grimes', description: 'Member at Globex Inc' },
      ],
      current: null,
      organizationId: null,
    });
  });

  it('refuses a sign-in without the CSRF header, for nobody listed, or not in JSON, saying what to send', async () => {
    const { send } = client(server);
    const noHeader = await send('POST', '/demo-api/session', { person: 'admin' });
    expect(noHeader.status).toBe(403);
    expect(noHeader.headers.get('set-cookie')).toBeNull();
    const nobody = await send('POST', '/demo-api/session', { person: 'root' }, { 'x-teamkit-request': '1' });
    expect(nobody.status).toBe(400);
    expect((await nobody.json()).message).toBe(
      'Choose someone to sign in as: one of admin, member, other-organization.',
    );
    const notJson = await send('POST', '/demo-api/session', '{person', { 'x-teamkit-request': '1' });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).message).toMatch(/JSON body/);
    expect((await send('PUT', '/demo-api/session')).status).toBe(405);
    expect((await send('GET', '/demo-api/other')).status).toBe(404);
  });

  it('signs a member in with an HttpOnly cookie the handler reads, and out again', async () => {
    const browser = client(server);
    const signedIn = await browser.signIn('member');
    expect(signedIn.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await signedIn.json()).current).toBe('member');
    const me = await (await browser.send('GET', '/api/teamkit/me')).json();
    expect(me.id).toBe(memoryIds.member);

    const out = await browser.send('DELETE', '/demo-api/session', undefined, { 'x-teamkit-request': '1' });
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await browser.send('GET', '/api/teamkit/me')).status).toBe(401);
  });

  it('treats a forged or tampered cookie as nobody signed in', async () => {
    const browser = client(server);
    await browser.signIn('member');
    const [, signature] = browser.cookie().split('.');
    browser.setCookie(`teamkit_demo_session=admin.${signature}`);
    expect((await browser.send('GET', '/api/teamkit/me')).status).toBe(401);
    browser.setCookie('teamkit_demo_session=admin');
    expect((await browser.send('GET', '/api/teamkit/me')).status).toBe(401);
  });

  it('confines another organization’s member to theirs', async () => {
    const browser = client(server);
    await browser.signIn('other-organization');
    const acme = await browser.send('GET', `/api/teamkit/organizations/${memoryIds.organization}/members`);
    expect(acme.status).toBe(403);
    const globex = await browser.send(
      'GET',
      `/api/teamkit/organizations/${memoryIds.otherOrganization}/members`,
    );
    const page = (await globex.json()) as { members: { userId: string; organizationId: string }[] };
    expect(page.members.map((m) => m.userId).sort()).toEqual([globexMemberId, 'usr_96194455173800099']);
    expect(new Set(page.members.map((m) => m.organizationId))).toEqual(
      new Set([memoryIds.otherOrganization]),
    );
    // Each organization's lookup answers only from its own backend.
    const lookup = await browser.send('GET', '/api/teamkit/organization-lookup?externalId=CUST-67890-GLOBEX');
    expect((await lookup.json()).organization.id).toBe(memoryIds.otherOrganization);
  });

  it('lists the admin’s organizations and lets them switch to Initech, accept Umbrella, not enter Globex', async () => {
    const browser = client(server);
    await browser.signIn('admin');
    const page = await (await browser.send('GET', '/api/teamkit/viewer/organizations')).json();
    expect(page.organizations.map((o: { id: string }) => o.id).sort()).toEqual(
      [memoryIds.organization, memoryIds.memberOrganization].sort(),
    );
    const [invitation] = page.invitations;
    expect(invitation.id).toBe(memoryIds.invitingOrganization);
    const initech = await browser.send(
      'GET',
      `/api/teamkit/organizations/${memoryIds.memberOrganization}/viewer`,
    );
    expect((await initech.json()).organizationId).toBe(memoryIds.memberOrganization);
    expect(
      (await browser.send('GET', `/api/teamkit/organizations/${memoryIds.invitingOrganization}`)).status,
    ).toBe(403);
    const accepted = await browser.send(
      'POST',
      '/api/teamkit/viewer/invitation-acceptances',
      { organizationId: invitation.id, invitationId: invitation.invitationId },
      { 'x-teamkit-request': '1' },
    );
    expect((await accepted.json()).status).toBe('member');
    expect(
      (await browser.send('GET', `/api/teamkit/organizations/${memoryIds.invitingOrganization}`)).status,
    ).toBe(200);
    expect(
      (await browser.send('GET', `/api/teamkit/organizations/${memoryIds.otherOrganization}`)).status,
    ).toBe(403);
  });

  it('lists a one-organization member’s only organization, and nobody else’s', async () => {
    const browser = client(server);
    await browser.signIn('other-organization');
    const page = await (await browser.send('GET', '/api/teamkit/viewer/organizations')).json();
    expect(page).toMatchObject({ invitations: [], nextCursor: null, totalCount: 1 });
    expect(page.organizations).toEqual([
      expect.objectContaining({ id: memoryIds.otherOrganization, status: 'member', roles: ['member'] }),
    ]);
    const none = await (await browser.send('GET', '/api/teamkit/viewer/organizations?search=acme')).json();
    expect(none.organizations).toEqual([]);
    const stale = await browser.send('GET', '/api/teamkit/viewer/organizations?cursor=x');
    expect(stale.status).toBe(400);
    const theirs = await browser.send(
      'POST',
      '/api/teamkit/viewer/invitation-acceptances',
      { organizationId: memoryIds.invitingOrganization, invitationId: 'inv_any' },
      { 'x-teamkit-request': '1' },
    );
    expect(theirs.status).toBe(404);
  });

  it('serves the full-stack page at / and nothing outside the built demo', async () => {
    expect(await (await fetch(`${server.url}/`)).text()).toContain('full stack');
    // Sent as written (fetch would normalize the dots away): a file beside the built demo stays unserved.
    writeFileSync(path.join(dist, '..', `${path.basename(dist)}-beside.txt`), 'not for the page');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      get({ hostname, port, path: `/../${path.basename(dist)}-beside.txt` }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(404);
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
  });
});

describe('choosing the demo backend', () => {
  it('reads --backend, --backend=, then TEAMKIT_DEMO_BACKEND, then memory', () => {
    expect(chooseDemoBackend(['--backend', 'scalekit'], {})).toBe('scalekit');
    expect(chooseDemoBackend(['--backend=scalekit'], { TEAMKIT_DEMO_BACKEND: 'memory' })).toBe('scalekit');
    expect(chooseDemoBackend([], { TEAMKIT_DEMO_BACKEND: 'scalekit' })).toBe('scalekit');
    expect(chooseDemoBackend([], {})).toBe('memory');
  });

  it('refuses a backend nobody registered, listing the ones there are', () => {
    expect(() => chooseDemoBackend(['--backend', 'okta'], {})).toThrow(
      `There is no demo backend called "okta". Choose one of: ${Object.keys(demoBackends).join(', ')}.`,
    );
  });
});

describe('the demo server over the fake Scalekit', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ backend: 'scalekit', port: 0, page: { mode: 'dist', dir: dist } });
  }, 30_000);
  afterAll(() => server.close());

  it('asks Scalekit as whoever the request’s session names', async () => {
    const [admin, member, other] = server.backend.people;
    if (!admin || !member || !other) throw new Error('the Scalekit backend offers three people');
    const browser = client(server);
    await browser.signIn('member');
    const viewer = await (
      await browser.send('GET', `/api/teamkit/organizations/${member.organizationId}/viewer`)
    ).json();
    expect(viewer).toMatchObject({
      userId: member.userId,
      permissions: { viewMembers: true, inviteMembers: false },
    });

    await browser.signIn('admin');
    const members = await browser.send('GET', `/api/teamkit/organizations/${admin.organizationId}/members`);
    expect(members.status).toBe(200);
    await browser.signIn('other-organization');
    expect(
      (await browser.send('GET', `/api/teamkit/organizations/${admin.organizationId}/members`)).status,
    ).toBe(403);
  });
});
