// @vitest-environment node
/**
 * No response carries a secret or a token: a whole session through the HTTP adapter, the fault
 * proxy and the handler over the Scalekit adapter (which holds a client secret and an access token),
 * where the fake Scalekit's errors echo both in every place an error body has (message, error code,
 * field violations). Every answer the handler sent is captured at the proxy and scanned, and so is
 * everything the kit wrote to the console.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createScalekitAdapter } from '../src/adapters/scalekit/index.ts';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import { createTeamkitHandler } from '../src/server/index.ts';
import { type FakeScalekit, startFakeScalekit } from './fakes/scalekit/fake-scalekit.ts';
import { type ScalekitSeed, scalekitTestDefinitions, seedScalekit } from './fakes/scalekit/seed.ts';
import { findSecrets } from './support/browser-graph.ts';
import { type FaultServer, startFaultServer } from './support/fault-server.ts';

let fake: FakeScalekit;
let ids: ScalekitSeed;
let proxy: FaultServer;
let page: TeamkitAdapter;
const hostErrors: unknown[] = [];

beforeAll(async () => {
  fake = await startFakeScalekit({ clientSecret: 'sk_live_chaos_Zq8wX4vB7nM2kL9pR3tY' });
  ids = seedScalekit(fake);
  const backend = createScalekitAdapter({
    environmentUrl: fake.url,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    definitions: scalekitTestDefinitions,
    viewerUserId: () => ids.adminUserId,
  });
  const handler = createTeamkitHandler({
    adapter: backend,
    getSession: () => ({ userId: ids.adminUserId, organizationId: ids.organizationId }),
    onError: (error) => hostErrors.push(error),
  });
  proxy = await startFaultServer({ target: handler });
  page = await createHttpAdapter({ baseUrl: proxy.url, retries: 0 });
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await fake?.close();
});

/** Every secret the server side holds right now: the client secret and each token it was issued. */
const secrets = () => [fake.clientSecret, ...fake.issuedTokens];

/** A Scalekit error body that repeats both secrets everywhere it can hold text. */
function echoing(status: number, grpcCode: number): { status: number; body: unknown } {
  const both = `client_secret=${fake.clientSecret} Authorization: Bearer ${fake.issuedTokens.at(-1) ?? ''}`;
  return {
    status,
    body: {
      code: grpcCode,
      message: `request failed: ${both}`,
      details: [
        {
          '@type': 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo',
          error_code: `E_${both}`,
          validation_error_info: {
            field_violations: [
              { field: 'display_name', description: `bad value (${both})` },
              { field: 'user_profile.given_name', description: `bad value (${both})` },
              { field: 'external_id', description: `taken (${both})` },
            ],
          },
        },
      ],
    },
  };
}

describe('a session whose backend errors echo the server’s secrets', () => {
  it('answers nothing, to any call, that carries the secret or a token', async () => {
    const console_ = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    const org = ids.organizationId;
    // Successes first, so a token exists and the echoes carry it.
    await page.getViewer(org);
    await page.getCurrentUser();
    await page.listMembers({ organizationId: org });
    const organization = await page.getOrganization(org);
    await page.listRoles(org);

    const calls: [number, number, () => Promise<unknown>][] = [
      [
        400,
        3,
        () => page.updateOrganization(org, { displayName: 'X' }, { expectedVersion: organization.version }),
      ],
      [400, 3, () => page.updateUser(ids.adminUserId, { profile: { givenName: 'Y' } })],
      [409, 6, () => page.updateOrganization(org, { externalId: 'TAKEN' })],
      [409, 6, () => page.inviteMember(org, { email: 'new@example.com', idempotencyKey: 'k-1' })],
      [404, 5, () => page.getMember(org, ids.memberUserId)],
      [403, 7, () => page.listMembers({ organizationId: org })],
      [401, 16, () => page.getOrganization(org)],
      [429, 8, () => page.listRoles(org)],
      [500, 13, () => page.getUser(ids.memberUserId)],
      [503, 14, () => page.updateMembership(org, ids.memberUserId, { roles: ['admin'] })],
    ];
    for (const [status, grpc, call] of calls) {
      fake.injectFault({ ...echoing(status, grpc), match: /^(?!POST \/oauth)/ });
      await call().catch(() => undefined);
      fake.injectFault({ ...echoing(status, grpc) });
      await call().catch(() => undefined);
    }
    // A refused token request, echoing the secret it was sent.
    fake.revokeTokens();
    fake.injectFault({ ...echoing(401, 16), match: /^POST \/oauth/ });
    await page.getOrganization(org).catch(() => undefined);

    expect(fake.issuedTokens.length).toBeGreaterThan(0);
    const answers = proxy.log.map((entry) => entry.handlerBody ?? '');
    expect(answers.length).toBeGreaterThan(25);
    const leaks = answers.filter((body) => secrets().some((secret) => body.includes(secret)));
    expect(leaks).toEqual([]);
    expect(answers.flatMap(findSecrets)).toEqual([]);
    const written = [...console_.mock.calls, ...warn.mock.calls, ...log.mock.calls].map((args) =>
      args.map(String).join(' '),
    );
    expect(written.filter((line) => secrets().some((secret) => line.includes(secret)))).toEqual([]);
    // What the host is handed for its own log names the failure, never the secret or a token.
    const handed = hostErrors.map((error) => {
      const parts: string[] = [];
      for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message, e.stack ?? '');
      return parts.join('\n');
    });
    expect(handed.length).toBeGreaterThan(0);
    expect(handed.filter((text) => secrets().some((secret) => text.includes(secret)))).toEqual([]);
  });
});
