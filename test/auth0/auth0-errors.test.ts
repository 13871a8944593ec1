// @vitest-environment node
/**
 * Every Auth0 error shape the adapter meets, as the typed error a host switches on: Auth0's body
 * (`statusCode`, `error`, `message`, `errorCode`), the field a payload error names, `x-ratelimit-reset`
 * as `retryAfterMs`, outages, bodies that are not JSON, a dead network and an aborted call. And proof
 * the fake's checks are live: a request with a field Auth0 does not have gets Auth0's 400.
 */
import { describe, expect, it } from 'vitest';
import { auth0HttpError, createAuth0Adapter } from '../../src/adapters/auth0/index.ts';
import { startFakeAuth0 } from '../fakes/auth0/fake-auth0.ts';
import { seedAuth0 } from '../fakes/auth0/seed.ts';
import { auth0AdapterOptions, hostManagementClient, setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed();
const body = (statusCode: number, error: string, message: string, errorCode?: string) => ({
  statusCode,
  error,
  message,
  ...(errorCode ? { errorCode } : {}),
});

describe('Auth0 error bodies, read by auth0HttpError', () => {
  it.each([
    [400, 'validation'],
    [401, 'misconfigured'],
    [403, 'misconfigured'],
    [404, 'not_found'],
    [409, 'conflict'],
    [429, 'rate_limited'],
    [500, 'unknown'],
    [501, 'not_supported'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
  ] as const)('HTTP %i is %s', (status, code) => {
    const error = auth0HttpError(status, body(status, 'x', 'Something happened', 'some_code'), undefined);
    expect(error.code).toBe(code);
    expect(String((error.cause as Error).message)).toContain(
      `Auth0 HTTP ${status} some_code: Something happened`,
    );
  });

  it('names the field a payload error is about, in the kit’s words', () => {
    const error = auth0HttpError(
      400,
      body(
        400,
        'Bad Request',
        "Payload validation error: 'String is too long' on property given_name (The user's given name(s)).",
        'invalid_body',
      ),
      undefined,
    );
    expect(error.fieldErrors).toEqual({ givenName: expect.any(String) });
    const metadata = auth0HttpError(
      400,
      body(400, 'Bad Request', 'Invalid key on property metadata.plan'),
      undefined,
    );
    expect(Object.keys(metadata.fieldErrors)).toEqual(['metadata.plan']);
  });

  it('turns x-ratelimit-reset (epoch seconds) into the wait in ms, and reads Retry-After otherwise', () => {
    const now = 1_800_000_000_000;
    const headers = new Headers({
      'x-ratelimit-limit': '50',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now / 1000 + 12),
    });
    expect(
      auth0HttpError(429, body(429, 'Too Many Requests', 'Global limit has been reached'), headers, {}, now)
        .retryAfterMs,
    ).toBe(12_000);
    expect(auth0HttpError(429, {}, new Headers({ 'retry-after': '3' }), {}, now).retryAfterMs).toBe(3_000);
    expect(auth0HttpError(429, {}, new Headers(), {}, now).retryAfterMs).toBeUndefined();
    // A reset already passed is no wait, never a negative one.
    expect(
      auth0HttpError(429, {}, new Headers({ 'x-ratelimit-reset': String(now / 1000 - 5) }), {}, now)
        .retryAfterMs,
    ).toBe(0);
  });

  it('reads a body that is not Auth0’s (a proxy’s HTML, nothing) by its status alone', () => {
    expect(auth0HttpError(502, '<html>Bad gateway</html>', undefined).code).toBe('unavailable');
    expect(auth0HttpError(400, null, undefined)).toMatchObject({ code: 'validation', fieldErrors: {} });
  });
});

describe('the adapter meeting Auth0’s errors', () => {
  it('is rate_limited with retryAfterMs from the fake’s x-ratelimit-reset when the tenant’s limit is spent', async () => {
    const frozen = Date.parse('2026-12-06T07:00:00.400Z');
    const fake = await startFakeAuth0({ now: () => frozen });
    try {
      const ids = seedAuth0(fake, frozen);
      const adapter = createAuth0Adapter(auth0AdapterOptions(fake, ids, () => frozen));
      fake.setRateLimit(2);
      await adapter.getOrganization(ids.organizationId);
      await adapter.getUser(ids.memberUserId);
      const error = await adapter.getUser(ids.adminUserId).catch((reason: unknown) => reason);
      expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 600 });
      expect(fake.requestLines().at(-1)).toBe(`GET /api/v2/users/${encodeURIComponent(ids.adminUserId)}`);
    } finally {
      await fake.close();
    }
  });

  it('is not_found for a user, an organization and an invitation Auth0 does not have', async () => {
    await expect(bed.adapter.getUser('auth0|nobody')).rejects.toMatchObject({ code: 'not_found' });
    await expect(bed.adapter.getOrganization('org_nothing')).rejects.toMatchObject({ code: 'not_found' });
    await expect(bed.adapter.revokeInvitation(bed.ids.organizationId, 'uinv_nothing')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('is unavailable on a 503 and unknown on a 500, each kept as the cause', async () => {
    bed.fake.injectFault({
      status: 503,
      body: body(503, 'Service Unavailable', 'down'),
      match: /^GET \/api\/v2\/organizations\//,
    });
    await expect(bed.adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'unavailable',
    });
    bed.fake.injectFault({
      status: 500,
      body: body(500, 'Internal Server Error', 'boom'),
      match: /^GET \/api\/v2\/organizations\//,
    });
    const error = await bed.adapter
      .getOrganization(bed.ids.organizationId)
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'unknown' });
    expect(String((error as { cause: Error }).cause.message)).toContain('Auth0 HTTP 500: boom');
  });

  it('is validation naming the field when Auth0 refuses a value the adapter let through', async () => {
    bed.fake.injectFault({
      status: 400,
      body: body(
        400,
        'Bad Request',
        "Payload validation error: 'String is too long' on property family_name.",
        'invalid_body',
      ),
      match: /^PATCH \/api\/v2\/users\//,
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { profile: { familyName: 'Long' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { familyName: expect.any(String) },
    });
  });

  it('rethrows the reason of an aborted call, not an error of its own', async () => {
    const controller = new AbortController();
    const reason = new Error('the person left the page');
    controller.abort(reason);
    await expect(
      bed.adapter.getOrganization(bed.ids.organizationId, { signal: controller.signal }),
    ).rejects.toBe(reason);
  });
});

describe('the fake Auth0 itself', () => {
  it('answers a field Auth0 does not have with Auth0’s 400, and records it', async () => {
    bed.allowRejected();
    const client = await hostManagementClient(bed.fake, { maxRetries: 0 });
    const error = await client.users
      .update(bed.ids.adminUserId, { nickname: 'Ada', locale: 'de' } as never)
      .catch((reason: unknown) => reason as { statusCode: number; body: unknown });
    expect(error).toMatchObject({
      statusCode: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        errorCode: 'invalid_body',
        message: expect.stringContaining('locale'),
      },
    });
    const query = await client.organizations.members
      .list(bed.ids.organizationId, { take: 5 }, { queryParams: { sort: 'name:1' } })
      .catch((reason: unknown) => reason as { statusCode: number });
    expect(query).toMatchObject({ statusCode: 400 });
    expect(bed.fake.rejectedRequests).toHaveLength(2);
  });

  it('refuses a fetch to any host but the tenant’s, so nothing leaves 127.0.0.1', async () => {
    await expect(bed.fake.fetch('https://example.com/api/v2/users')).rejects.toThrow(/refuses/);
  });
});
