// @vitest-environment node
/**
 * The adapter's own machine-to-machine token: fetched from the fake's `/oauth/token` with the
 * Management API audience, cached and shared, replaced before it lapses, fetched again once when Auth0
 * refuses it early, and `misconfigured` (never "your session ended") when the credentials are refused.
 * A host's own ManagementClient is used as it is.
 */
import { describe, expect, it } from 'vitest';
import { hostManagementClient, setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed({ tokenLifetimeSeconds: 3600 });
const tokenLines = () => bed.fake.requestLines().filter((line) => line === 'POST /oauth/token');

describe('the Auth0 adapter’s token', () => {
  it('is fetched once and reused by every later call', async () => {
    await bed.adapter.getOrganization(bed.ids.organizationId);
    await bed.adapter.getUser(bed.ids.memberUserId);
    await bed.adapter.listRoles(bed.ids.organizationId);
    expect(tokenLines()).toHaveLength(1);
    expect(bed.fake.issuedTokens).toHaveLength(1);
    expect(bed.fake.requestLines()[0]).toBe('POST /oauth/token');
  });

  it('is fetched once for calls that start together', async () => {
    await Promise.all([
      bed.adapter.getOrganization(bed.ids.organizationId),
      bed.adapter.getUser(bed.ids.adminUserId),
      bed.adapter.getUser(bed.ids.memberUserId),
    ]);
    expect(tokenLines()).toHaveLength(1);
  });

  it('is replaced a minute before it expires, not after', async () => {
    await bed.adapter.getOrganization(bed.ids.organizationId);
    bed.advance(3600_000 - 61_000);
    await bed.adapter.getOrganization(bed.ids.organizationId);
    expect(tokenLines()).toHaveLength(1);
    bed.advance(2_000);
    await bed.adapter.getOrganization(bed.ids.organizationId);
    expect(tokenLines()).toHaveLength(2);
  });

  it('is fetched again, once, when Auth0 refuses it before its expiry (a rotated key)', async () => {
    await bed.adapter.getOrganization(bed.ids.organizationId);
    bed.fake.revokeTokens();
    const organization = await bed.adapter.getOrganization(bed.ids.organizationId);
    expect(organization.id).toBe(bed.ids.organizationId);
    expect(tokenLines()).toHaveLength(2);
    expect(bed.fake.requestLines().slice(-3)).toEqual([
      `GET /api/v2/organizations/${bed.ids.organizationId}`,
      'POST /oauth/token',
      `GET /api/v2/organizations/${bed.ids.organizationId}`,
    ]);
  });

  it('is misconfigured when a fresh token is refused too (a missing scope), without a third try', async () => {
    const refused = {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid token',
      errorCode: 'invalid_token',
    };
    bed.fake.injectFault({ status: 401, body: refused, match: /^GET \/api\/v2\/organizations\// });
    bed.fake.injectFault({ status: 401, body: refused, match: /^GET \/api\/v2\/organizations\// });
    await expect(bed.adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'misconfigured',
    });
    expect(tokenLines()).toHaveLength(2);
  });

  it('is misconfigured on a 403 (the application lacks a scope), with Auth0’s code in the message', async () => {
    bed.fake.injectFault({
      status: 403,
      body: {
        statusCode: 403,
        error: 'Forbidden',
        message: 'Insufficient scope, expected any of: read:users',
        errorCode: 'insufficient_scope',
      },
      match: /^GET \/api\/v2\/users\//,
    });
    const error = await bed.adapter.getUser(bed.ids.memberUserId).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'misconfigured' });
    expect((error as Error).message).toContain('insufficient_scope');
  });

  it('is misconfigured when the client secret is refused, and the secret appears nowhere in the error', async () => {
    const adapter = bed.makeAdapter({ clientSecret: 'wrong-secret-value' });
    const error = await adapter.getOrganization(bed.ids.organizationId).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'misconfigured' });
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
    expect(String((error as Error).message)).not.toContain('wrong-secret-value');
    expect(String((error as { cause?: unknown }).cause ?? '')).not.toContain('wrong-secret-value');
  });

  it('asks for the Management API audience of the tenant', async () => {
    const adapter = bed.makeAdapter({ audience: 'https://other.example/api/v2/' });
    await expect(adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'misconfigured',
    });
  });

  it('is unavailable while the token endpoint is down, and network when it cannot be reached', async () => {
    bed.fake.injectFault({
      status: 503,
      body: { error: 'temporarily_unavailable' },
      match: /^POST \/oauth\/token$/,
    });
    await expect(bed.adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'unavailable',
    });
    const unreachable = bed.makeAdapter({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(unreachable.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'network',
    });
  });
});

describe('a host’s own ManagementClient', () => {
  it('is used as it is: the adapter fetches no token of its own', async () => {
    const client = await hostManagementClient(bed.fake);
    const adapter = bed.makeAdapter({
      client,
      domain: undefined,
      clientId: undefined,
      clientSecret: undefined,
    });
    const before = tokenLines().length;
    expect((await adapter.getOrganization(bed.ids.organizationId)).externalId).toBe('acme-corp');
    expect(tokenLines()).toHaveLength(before);
    bed.fake.revokeTokens();
    // Its token is the host's to renew: a refusal is misconfigured, not retried with tokens the adapter lacks.
    await expect(adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'misconfigured',
    });
  });
});
