// @vitest-environment node
/** The HTTP adapter's transport against a scripted fetch: retries, Retry-After, timeouts, aborts and bodies. */
import { describe, expect, it } from 'vitest';
import { fullCapabilities } from '../../core/capabilities.ts';
import { TeamkitError } from '../../core/errors.ts';
import { scalekitLimits } from '../../core/limits.ts';
import { createHttpAdapter, type HttpAdapterOptions } from './create-http-adapter.ts';

type Answer = Response | Error | ((init: RequestInit) => Promise<Response>);

const description = { name: 'memory', limits: scalekitLimits, capabilities: fullCapabilities };
const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const organization = { id: 'org_1', displayName: 'Acme' };

/** An adapter whose fetch answers `/capabilities` and then each later call from `answers`, in order. */
async function scripted(answers: Answer[], options: Partial<HttpAdapterOptions> = {}) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    seen.push({ url: String(url), init });
    if (String(url).endsWith('/capabilities')) return jsonAnswer(200, description);
    const next = answers.shift();
    if (!next) throw new Error('No more scripted answers');
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next(init);
    return next;
  };
  const adapter = await createHttpAdapter({
    baseUrl: 'https://app.test/api/',
    fetch,
    retryDelayMs: 1,
    ...options,
  });
  const calls = () => seen.filter((call) => !call.url.endsWith('/capabilities'));
  return { adapter, seen, calls };
}

const never = (init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('createHttpAdapter', () => {
  it('reads the capabilities and limits once, before the first call', async () => {
    const { adapter, seen } = await scripted([jsonAnswer(200, organization), jsonAnswer(200, organization)]);
    expect(adapter.capabilities).toEqual(fullCapabilities);
    expect(adapter.limits).toEqual(scalekitLimits);
    await adapter.getOrganization('org_1');
    await adapter.getOrganization('org_1');
    expect(seen.map((call) => new URL(call.url).pathname)).toEqual([
      '/api/capabilities',
      '/api/organizations/org_1',
      '/api/organizations/org_1',
    ]);
  });

  it('fails to start with unavailable when the server’s description is not JSON', async () => {
    const fetch = async () => new Response('<html>Bad gateway</html>', { status: 200 });
    await expect(createHttpAdapter({ baseUrl: '/api', fetch, retries: 0 })).rejects.toMatchObject({
      code: 'unavailable',
    });
  });

  it('sends the CSRF header and a JSON body on writes only, with the host’s headers and credentials', async () => {
    const { adapter, calls } = await scripted(
      [jsonAnswer(200, organization), jsonAnswer(200, organization)],
      {
        headers: () => ({ authorization: 'Bearer from-host' }),
        credentials: 'include',
      },
    );
    await adapter.getOrganization('org_1');
    await adapter.updateOrganization('org_1', { displayName: 'New' }, { expectedVersion: 'v1' });
    const [read, write] = calls().map((call) => ({ ...call.init, headers: new Headers(call.init.headers) }));
    expect(read?.headers.get('x-teamkit-request')).toBeNull();
    expect(write?.headers.get('x-teamkit-request')).toBe('1');
    expect(write?.headers.get('content-type')).toBe('application/json');
    expect(write?.headers.get('authorization')).toBe('Bearer from-host');
    expect(write?.credentials).toBe('include');
    expect(JSON.parse(String(write?.body))).toEqual({ patch: { displayName: 'New' }, expectedVersion: 'v1' });
  });

  it('retries a read after 503 and a dropped connection, then answers', async () => {
    const { adapter, calls } = await scripted([
      jsonAnswer(503, { code: 'unavailable', message: 'Down', fieldErrors: {} }),
      new TypeError('fetch failed'),
      jsonAnswer(200, organization),
    ]);
    expect(await adapter.getOrganization('org_1')).toEqual(organization);
    expect(calls()).toHaveLength(3);
  });

  it('gives up on a read after its retries with the last error', async () => {
    const { adapter, calls } = await scripted(Array.from({ length: 3 }, () => new TypeError('fetch failed')));
    await expect(adapter.getOrganization('org_1')).rejects.toMatchObject({ code: 'network', attempts: 3 });
    expect(calls()).toHaveLength(3);
  });

  it('waits as long as Retry-After says on 429, and fails at once when that is too long', async () => {
    const slow = await scripted([
      jsonAnswer(
        429,
        { code: 'rate_limited', message: 'Slow down', fieldErrors: {} },
        { 'retry-after': '0.2' },
      ),
      jsonAnswer(200, organization),
    ]);
    const started = performance.now();
    await slow.adapter.getOrganization('org_1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);

    const long = await scripted([
      jsonAnswer(
        429,
        { code: 'rate_limited', message: 'Slow down', fieldErrors: {} },
        { 'retry-after': '120' },
      ),
    ]);
    await expect(long.adapter.getOrganization('org_1')).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 120_000,
    });
    expect(long.calls()).toHaveLength(1);
  });

  it('never repeats a write, even after a passing failure', async () => {
    const { adapter, calls } = await scripted([
      jsonAnswer(503, { code: 'unavailable', message: 'Down', fieldErrors: {} }),
    ]);
    await expect(adapter.removeMember('org_1', 'usr_1')).rejects.toMatchObject({ code: 'unavailable' });
    expect(calls()).toHaveLength(1);
  });

  it('repeats an invitation with the same idempotency key', async () => {
    const member = { userId: 'usr_9', email: 'a@example.com' };
    const { adapter, calls } = await scripted([new TypeError('fetch failed'), jsonAnswer(201, member)]);
    expect(await adapter.inviteMember('org_1', { email: 'a@example.com', idempotencyKey: 'k-1' })).toEqual(
      member,
    );
    const bodies = calls().map((call) => JSON.parse(String(call.init.body)).idempotencyKey);
    expect(bodies).toEqual(['k-1', 'k-1']);
  });

  it('maps an error body to a TeamkitError with the server’s message and field messages', async () => {
    const { adapter } = await scripted([
      jsonAnswer(400, {
        code: 'validation',
        message: 'Check the name.',
        fieldErrors: { displayName: 'Enter a name.', bad: 3 },
      }),
    ]);
    const error = await adapter.updateOrganization('org_1', { displayName: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamkitError);
    expect(error).toMatchObject({
      code: 'validation',
      message: 'Check the name.',
      fieldErrors: { displayName: 'Enter a name.' },
    });
  });

  it('maps a proxy’s HTML error page by its status, and a 2xx that is not JSON to unavailable', async () => {
    const html = (status: number) =>
      new Response('<html><body>Bad gateway</body></html>', {
        status,
        headers: { 'content-type': 'text/html' },
      });
    const { adapter } = await scripted(
      [
        html(502),
        html(502),
        html(502),
        html(403),
        ...Array.from({ length: 3 }, () => new Response('{"id":', { status: 200 })),
      ],
      {},
    );
    await expect(adapter.getOrganization('org_1')).rejects.toMatchObject({ code: 'unavailable' });
    await expect(adapter.getOrganization('org_1')).rejects.toMatchObject({ code: 'permission_denied' });
    await expect(adapter.getOrganization('org_1')).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/could not be read/),
    });
  });

  it('ends an attempt that takes longer than the timeout with network, and retries it as a read', async () => {
    const { adapter, calls } = await scripted([never, jsonAnswer(200, organization)], { timeoutMs: 50 });
    expect(await adapter.getOrganization('org_1')).toEqual(organization);
    expect(calls()).toHaveLength(2);
    const write = await scripted([never], { timeoutMs: 50 });
    await expect(write.adapter.removeMember('org_1', 'usr_1')).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/did not answer in time/),
    });
  });

  it('rejects with the caller’s abort reason and does not retry', async () => {
    const { adapter, calls } = await scripted([never, jsonAnswer(200, organization)]);
    const controller = new AbortController();
    const pending = adapter.getOrganization('org_1', { signal: controller.signal });
    const reason = new DOMException('Left the page', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(calls()).toHaveLength(1);
  });

  it('addresses members and invitations by encoded IDs and sends list queries as parameters', async () => {
    const page = { members: [], nextCursor: null, totalCount: 0 };
    const { adapter, calls } = await scripted([jsonAnswer(200, page), new Response(null, { status: 204 })]);
    await adapter.listMembers({
      organizationId: 'org 1',
      search: 'ada',
      statuses: ['active', 'pending_invite'],
      roles: ['admin'],
      sort: { field: 'email', direction: 'desc' },
      cursor: 'c1',
      limit: 25,
    });
    expect(await adapter.revokeInvitation('org 1', 'inv/1')).toBeUndefined();
    const [list, revoke] = calls().map((call) => new URL(call.url));
    expect(list?.pathname).toBe('/api/organizations/org%201/members');
    expect(list?.search).toBe(
      '?search=ada&status=active&status=pending_invite&role=admin&sort=email&direction=desc&cursor=c1&limit=25',
    );
    expect(revoke?.pathname).toBe('/api/organizations/org%201/invitations/inv%2F1');
  });

  it('answers a conflict with the record when it already holds the whole change (an earlier lost answer landed)', async () => {
    const conflict = () =>
      jsonAnswer(409, { code: 'conflict', message: 'Changed elsewhere.', fieldErrors: {} });
    const stored = { ...organization, version: 'v2', externalId: null, metadata: { plan: 'growth' } };
    const { adapter, calls } = await scripted([conflict(), jsonAnswer(200, stored)]);
    const saved = await adapter.updateOrganization(
      'org_1',
      { displayName: 'Acme', metadata: { plan: 'growth' } },
      { expectedVersion: 'v1' },
    );
    expect(saved).toEqual(stored);
    expect(calls().map((call) => call.init.method)).toEqual(['PATCH', 'GET']);

    // Someone else saved another value: the conflict stands, and nothing is written again.
    const other = { ...stored, metadata: { plan: 'enterprise' } };
    const refused = await scripted([conflict(), jsonAnswer(200, other)]);
    await expect(
      refused.adapter.updateOrganization(
        'org_1',
        { metadata: { plan: 'growth' } },
        { expectedVersion: 'v1' },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(refused.calls().map((call) => call.init.method)).toEqual(['PATCH', 'GET']);
  });
});
