// @vitest-environment node
/**
 * The adapter's own credentials: one token reused until shortly before it expires, a fresh one after
 * a 401, and `misconfigured` (never `unauthenticated`) when Scalekit refuses them. The secret and the
 * tokens never reach an error or a log.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed({ tokenLifetimeSeconds: 300 });

afterEach(() => {
  vi.restoreAllMocks();
});

const tokenRequests = () => bed.fake.requestLines().filter((line) => line === 'POST /oauth/token').length;

describe('Scalekit adapter: tokens', () => {
  it('fetches one token for many calls, also when they start together', async () => {
    await Promise.all([
      bed.adapter.getUser(bed.ids.adminUserId),
      bed.adapter.getUser(bed.ids.memberUserId),
      bed.adapter.getOrganization(bed.ids.organizationId),
    ]);
    await bed.adapter.listRoles(bed.ids.organizationId);
    expect(tokenRequests()).toBe(1);
    expect(bed.fake.requests[0]?.body).toMatchObject({ grant_type: 'client_credentials' });
  });

  it('lets one caller give up on the shared token request without failing the others', async () => {
    const controller = new AbortController();
    const first = bed.adapter.getUser(bed.ids.adminUserId, { signal: controller.signal });
    const second = bed.adapter.getUser(bed.ids.memberUserId);
    controller.abort(new Error('navigated away'));
    await expect(first).rejects.toThrow('navigated away');
    expect((await second).id).toBe(bed.ids.memberUserId);
    expect(tokenRequests()).toBe(1);
  });

  it('replaces the token a minute before it expires, not after', async () => {
    await bed.adapter.getUser(bed.ids.adminUserId);
    bed.advance(239_000);
    await bed.adapter.getUser(bed.ids.adminUserId);
    expect(tokenRequests()).toBe(1);
    bed.advance(2_000);
    await bed.adapter.getUser(bed.ids.adminUserId);
    expect(tokenRequests()).toBe(2);
    const [first, second] = bed.fake.issuedTokens;
    expect(second).not.toBe(first);
  });

  it('fetches a new token once when Scalekit answers 401, and sends the request again', async () => {
    await bed.adapter.getUser(bed.ids.adminUserId);
    bed.fake.revokeTokens();
    const start = bed.fake.requests.length;
    const user = await bed.adapter.updateUser(bed.ids.adminUserId, { profile: { givenName: 'Augusta' } });
    expect(user.profile.givenName).toBe('Augusta');
    expect(bed.fake.requestLines().slice(start)).toEqual([
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      'POST /oauth/token',
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `PATCH /api/v1/users/${bed.ids.adminUserId}`,
    ]);
    // The retried write carried its body again.
    expect(bed.fake.requests.at(-1)?.body).toEqual({ user_profile: { given_name: 'Augusta' } });
  });

  it('gives up after the second 401 with misconfigured, not unauthenticated', async () => {
    const refused = { code: 16, message: 'Token empty', details: [{ error_code: 'UNAUTHENTICATED' }] };
    bed.fake.injectFault({ status: 401, body: refused, match: /^GET \/api/ });
    bed.fake.injectFault({ status: 401, body: refused, match: /^GET \/api/ });
    await expect(bed.adapter.getUser(bed.ids.adminUserId)).rejects.toMatchObject({ code: 'misconfigured' });
    expect(tokenRequests()).toBe(2);
  });

  it('reports a 403 on its own credentials as misconfigured', async () => {
    bed.fake.injectFault({
      status: 403,
      body: { code: 7, message: 'permission denied', details: [{ error_code: 'PERMISSION_DENIED' }] },
      match: /^GET \/api/,
    });
    await expect(bed.adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({
      code: 'misconfigured',
    });
  });

  it('reports refused client credentials as misconfigured, and never shows or logs the secret', async () => {
    const logged = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
    const adapter = bed.makeAdapter({ clientSecret: 'wrong-secret-value' });
    const error = await adapter.getUser(bed.ids.adminUserId).then(
      () => null,
      (reason: unknown) => reason as Error & { code: string; cause?: unknown },
    );
    expect(error).toMatchObject({ code: 'misconfigured' });
    const shown = `${error?.message} ${String(error?.cause ?? '')} ${JSON.stringify(error)}`;
    expect(shown).not.toContain('wrong-secret-value');
    expect(shown).not.toContain(bed.fake.clientSecret);
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
    expect(bed.fake.requestLines()).toEqual(['POST /oauth/token']);
  });

  it('reports a token endpoint that is down as unavailable, and an unreachable one as network', async () => {
    bed.fake.injectFault({ status: 503, body: {}, match: /^POST \/oauth\/token/ });
    await expect(bed.adapter.getUser(bed.ids.adminUserId)).rejects.toMatchObject({ code: 'unavailable' });
    const offline = bed.makeAdapter({
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(offline.getUser(bed.ids.adminUserId)).rejects.toMatchObject({ code: 'network' });
  });

  it('reports an API call that cannot reach Scalekit as network', async () => {
    let calls = 0;
    const flaky = bed.makeAdapter({
      fetch: (input, init) => {
        calls += 1;
        return calls === 1 ? fetch(input, init) : Promise.reject(new TypeError('fetch failed'));
      },
    });
    await expect(flaky.getUser(bed.ids.adminUserId)).rejects.toMatchObject({ code: 'network' });
  });
});
