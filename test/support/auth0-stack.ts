/**
 * The whole server side of a host on Auth0, for tests in Chromium: the fake Auth0, the Auth0 adapter
 * over it, and `createTeamkitHandler` at `/api/teamkit` on a real `node:http` server on 127.0.0.1.
 * The page under test (served by Vitest from another port) reaches it with CORS; `/__test/…` routes
 * reset and seed the tenant (as a chosen viewer) and read what Auth0 stored, so a test can check the
 * bags a form wrote. Test support only: nothing here ships.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuth0Adapter } from '../../src/adapters/auth0/index.ts';
import { createTeamkitHandler } from '../../src/server/index.ts';
import { toNodeListener } from '../../src/server/node-listener.ts';
import { auth0AdapterOptions } from '../auth0/auth0-fixture.ts';
import { type FakeAuth0, startFakeAuth0 } from '../fakes/auth0/fake-auth0.ts';
import { type Auth0Seed, seedAuth0 } from '../fakes/auth0/seed.ts';

/** A running stack. */
export interface Auth0Stack {
  /** `http://127.0.0.1:<port>`; the handler is at `/api/teamkit`. */
  url: string;
  fake: FakeAuth0;
  close(): Promise<void>;
}

const corsHeaders = (origin: string | null): Record<string, string> => ({
  'access-control-allow-origin': origin ?? '*',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
  'access-control-allow-headers': 'content-type, accept, x-teamkit-request',
  'access-control-max-age': '600',
  vary: 'origin',
});

const json = (body: unknown, origin: string | null, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...corsHeaders(origin) },
  });

/** Starts the stack with the seeded tenant, the seeded admin signed in. */
export async function startAuth0Stack(): Promise<Auth0Stack> {
  const fake = await startFakeAuth0();
  let handler: ((request: Request) => Promise<Response>) | null = null;
  let ids: Auth0Seed | null = null;

  function reset(viewer: string | null): Auth0Seed {
    fake.reset();
    const seeded = seedAuth0(fake);
    const viewerId = viewer ?? seeded.adminUserId;
    handler = createTeamkitHandler({
      adapter: createAuth0Adapter({ ...auth0AdapterOptions(fake, seeded), viewerUserId: () => viewerId }),
      getSession: () => ({ userId: viewerId, organizationId: seeded.organizationId }),
      basePath: '/api/teamkit',
      policy: { adminRoles: ['admin'], unmappedRolePermissions: { viewMembers: true } },
    });
    ids = seeded;
    return seeded;
  }
  reset(null);

  async function serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    if (request.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: corsHeaders(origin) });
    if (url.pathname === '/__test/reset' && request.method === 'POST') {
      return json(reset(url.searchParams.get('viewer')), origin);
    }
    const stored = /^\/__test\/users\/(.+)$/.exec(url.pathname);
    if (stored) return json(fake.tenant.users.get(decodeURIComponent(stored[1] ?? '')) ?? null, origin);
    if (url.pathname === '/__test/invitations') {
      return json(fake.tenant.invitations.get(ids?.organizationId ?? '') ?? [], origin);
    }
    if (!handler) return json({ message: 'not ready' }, origin, 503);
    const response = await handler(request);
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(corsHeaders(origin))) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  }

  const server: Server = createServer(toNodeListener(serve));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fake,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}
