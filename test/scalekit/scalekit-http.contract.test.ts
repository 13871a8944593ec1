// @vitest-environment node
/**
 * The conformance suite over the whole path a host on Scalekit runs, every hop a real server on
 * 127.0.0.1: the HTTP adapter, a node:http server with `createTeamkitHandler`, the Scalekit adapter
 * behind it, and the fake Scalekit. The session names the viewer per request (AsyncLocalStorage, as a
 * host would), and the handler and the adapter decide with one policy (`scalekitAccessPolicy`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { scalekitAccessPolicy } from '../../src/adapters/scalekit/index.ts';
import { resolveCapabilities, scalekitCapabilities } from '../../src/core/capabilities.ts';
import { createMemoryIdempotencyStore } from '../../src/core/idempotency-store.ts';
import { createTeamkitHandler, type TeamkitSession } from '../../src/server/index.ts';
import { describeAdapterContract } from '../adapter-contract.ts';
import { setUpTeamkitTestServer } from '../support/teamkit-test-server.ts';
import { setUpScalekitContract } from './scalekit-contract.ts';

const bed = setUpScalekitContract();
const server = setUpTeamkitTestServer();

/** One policy for the handler and the adapter: the adapter's defaults, as the host would share them. */
const policy = scalekitAccessPolicy({});

/** The handler over a seeded Scalekit adapter; the viewer is whoever the request's session names. */
async function overHttp(options: Parameters<typeof bed.seededAdapter>[0] = {}) {
  const caller = new AsyncLocalStorage<TeamkitSession>();
  const {
    adapter: scalekit,
    ids,
    seed,
  } = bed.seededAdapter({
    ...options,
    policy,
    viewerUserId: () => caller.getStore()?.userId ?? '',
  });
  const session: TeamkitSession = { userId: ids.adminUserId, organizationId: ids.organizationId };
  const handler = createTeamkitHandler({ adapter: scalekit, getSession: () => session, policy });
  server.use((request) => caller.run(session, () => handler(request)));
  /** Runs `work` as the session's viewer, outside any request (the direct adapter's calls). */
  const asViewer = <T>(work: () => Promise<T>) => caller.run(session, work);
  return { adapter: await createHttpAdapter({ baseUrl: server.url }), ids, seed, scalekit, asViewer };
}

describeAdapterContract('http -> handler -> scalekit -> fake Scalekit', scalekitCapabilities, overHttp);
describeAdapterContract(
  'http -> handler -> scalekit (with an idempotency store) -> fake Scalekit',
  resolveCapabilities({ invitations: { idempotent: true } }, scalekitCapabilities),
  () => overHttp({ idempotencyStore: createMemoryIdempotencyStore() }),
);

describe('http -> handler -> scalekit: one policy on both sides', () => {
  it('gives every row the same actions over HTTP as the adapter decides directly', async () => {
    const { adapter, ids, scalekit, asViewer } = await overHttp();
    const query = { organizationId: ids.organizationId, limit: 100 };
    const remote = await adapter.listMembers(query);
    const direct = await asViewer(() => scalekit.listMembers(query));
    const actionsOf = (page: typeof remote) => page.members.map((member) => [member.userId, member.actions]);
    expect(remote.members).toHaveLength(14);
    expect(actionsOf(remote)).toEqual(actionsOf(direct));
    // The seed's rows cover every kind of decision: last admin, directory, invitations, plain members.
    const reasons = new Set(
      remote.members.flatMap((member) =>
        Object.values(member.actions).map((action) => (action.allowed ? 'allowed' : action.reason)),
      ),
    );
    expect([...reasons].sort()).toEqual([
      'allowed',
      'last_admin',
      'managed_by_directory',
      'not_an_invitation',
    ]);
  });
});

describe('http -> handler -> scalekit: Scalekit’s errors reach the page typed', () => {
  it('a refused credential is misconfigured at the page, with the kit’s sentence and not Scalekit’s', async () => {
    const { adapter, ids } = await overHttp();
    bed.fake.injectFault({
      status: 403,
      body: { code: 7, message: 'client skc_fake_client lacks scope', details: [] },
      match: /^GET \/api\/v1\/organizations\//,
    });
    const error = await adapter.getOrganization(ids.organizationId).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'misconfigured' });
    expect(String((error as Error).message)).not.toContain('skc_fake_client');
  });

  it('a 429 on a write is rate_limited at the page with Scalekit’s Retry-After, and not repeated', async () => {
    const { adapter, ids } = await overHttp();
    bed.fake.injectFault({
      status: 429,
      body: { code: 8, message: 'rate limited', details: [] },
      headers: { 'Retry-After': '3' },
      match: /^PATCH \/api\/v1\/organizations\//,
    });
    await expect(
      adapter.updateOrganization(ids.organizationId, { displayName: 'Acme 2' }),
    ).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 3000 });
    expect(bed.fake.requestLines().filter((line) => line.startsWith('PATCH '))).toHaveLength(1);
  });

  it('Scalekit’s field violations land on the page’s fields', async () => {
    const { adapter, ids } = await overHttp();
    bed.fake.injectFault({
      status: 400,
      body: {
        code: 3,
        message: 'Validation error',
        details: [
          {
            error_code: 'INVALID_ARGUMENT',
            validation_error_info: {
              field_violations: [{ field: 'organization.metadata["billing"]', description: 'bad value' }],
            },
          },
        ],
      },
      match: /^PATCH /,
    });
    await expect(
      adapter.updateOrganization(ids.organizationId, { metadata: { billing: 'x-1' } }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { 'metadata.billing': 'bad value' } });
  });
});
