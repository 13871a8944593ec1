// @vitest-environment node
/**
 * The fake's OpenAPI check is live: requests with a deliberately wrong field get Scalekit's 400 and
 * change nothing, a response the document does not allow is caught, and the typed client refuses the
 * same mistakes at compile time.
 */
import { describe, expect, it } from 'vitest';
import { createScalekitClient } from '../../src/adapters/scalekit/client.ts';
import type { ScalekitUpdateMembership } from '../../src/adapters/scalekit/scalekit-types.ts';
import { createTokenSource } from '../../src/adapters/scalekit/token.ts';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed();

/** Scalekit's error body, as far as these tests read it. */
interface ScalekitStatusBody {
  code?: number;
  details: { validation_error_info: { field_violations: { field: string }[] } }[];
}

async function token(): Promise<string> {
  const response = await fetch(`${bed.fake.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: bed.fake.clientId,
      client_secret: bed.fake.clientSecret,
      grant_type: 'client_credentials',
    }).toString(),
  });
  const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
  expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 86399 });
  return body.access_token;
}

async function send(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: ScalekitStatusBody }> {
  const response = await fetch(`${bed.fake.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

describe('fake Scalekit: the OpenAPI check', () => {
  it('answers a number in custom_attributes with Scalekit’s 400, and stores nothing', async () => {
    bed.allowRejected();
    const reply = await send('PATCH', `/api/v1/users/${bed.ids.adminUserId}`, {
      user_profile: { custom_attributes: { years_experience: 12 } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      code: 3,
      message: 'Validation error',
      details: [
        {
          '@type': 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo',
          error_code: 'INVALID_ARGUMENT',
          validation_error_info: {
            field_violations: [
              { field: 'user_profile.custom_attributes.years_experience', description: 'must be string' },
            ],
          },
        },
      ],
    });
    expect(bed.fake.rejectedRequests).toHaveLength(1);
    expect(bed.fake.users.get(bed.ids.adminUserId)?.user_profile.custom_attributes).toEqual({
      bio: 'Founder.',
    });
  });

  it('answers roles sent as strings with a 400', async () => {
    bed.allowRejected();
    const path = `/api/v1/memberships/organizations/${bed.ids.organizationId}/users/${bed.ids.memberUserId}`;
    const reply = await send('PATCH', path, { roles: ['admin'] });
    expect(reply.status).toBe(400);
    expect(reply.body.details[0]?.validation_error_info.field_violations[0]?.field).toBe('roles.0');
    expect(bed.fake.users.get(bed.ids.memberUserId)?.memberships[0]?.roles).toEqual(['member']);
  });

  it('answers a wrong query parameter type and an email that is not a string with a 400', async () => {
    bed.allowRejected();
    const list = await send('GET', `/api/v1/organizations/${bed.ids.organizationId}/users?page_size=many`);
    expect(list.status).toBe(400);
    const create = await send('POST', `/api/v1/organizations/${bed.ids.organizationId}/users`, { email: 42 });
    expect(create.status).toBe(400);
    expect(bed.fake.rejectedRequests).toHaveLength(2);
  });

  it('still checks a request that an injected fault answers', async () => {
    bed.allowRejected();
    bed.fake.injectFault({
      status: 503,
      body: { code: 14, message: 'unavailable', details: [] },
      match: /^PATCH /,
    });
    const reply = await send('PATCH', `/api/v1/users/${bed.ids.adminUserId}`, {
      user_profile: { custom_attributes: { years_experience: 12 } },
    });
    expect(reply.status).toBe(503);
    expect(bed.fake.rejectedRequests.map((rejected) => rejected.violations)).toEqual([
      [{ field: 'user_profile.custom_attributes.years_experience', message: 'must be string' }],
    ]);
  });

  it('answers an unknown route with 404 and a call without a token with 401', async () => {
    expect(await send('GET', '/api/v1/teams')).toMatchObject({ status: 404, body: { code: 5 } });
    const response = await fetch(`${bed.fake.url}/api/v1/users/${bed.ids.adminUserId}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 16, details: [{ error_code: 'UNAUTHENTICATED' }] });
  });

  it('refuses a grant other than client credentials at /oauth/token', async () => {
    const response = await fetch(`${bed.fake.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password',
    });
    expect(response.status).toBe(400);
  });

  it('catches a response the document does not allow', async () => {
    const stored = bed.fake.users.get(bed.ids.adminUserId);
    (stored!.user_profile.custom_attributes as Record<string, unknown>).bio = 7;
    const reply = await send('GET', `/api/v1/users/${bed.ids.adminUserId}`);
    expect(reply.status).toBe(500);
    expect(bed.fake.responseViolations).toEqual([
      {
        operationId: 'UserService_GetUser',
        violations: [{ field: 'user.user_profile.custom_attributes.bio', message: 'must be string' }],
      },
    ]);
    bed.fake.responseViolations.length = 0;
  });
});

/**
 * Never called: it exists for the type check. Each `@ts-expect-error` fails the build if the types
 * ever accept the mistake below it. The adapter builds every body as these schema types.
 */
function typedBodiesRefuseWrongFields(): void {
  const api = createScalekitClient({
    environmentUrl: 'http://127.0.0.1:1',
    fetch,
    tokens: createTokenSource({ environmentUrl: '', clientId: '', clientSecret: '' }, { fetch }),
  });
  void api.PATCH('/api/v1/users/{id}', {
    params: { path: { id: 'usr_1' } },
    // @ts-expect-error custom attribute values are strings in Scalekit
    body: { user_profile: { custom_attributes: { years: 12 } } },
  });
  // @ts-expect-error roles are `{ name }` objects, not strings
  const roles: ScalekitUpdateMembership = { roles: ['admin'] };
  // @ts-expect-error there is no such path in Scalekit's API
  void api.GET('/api/v1/teams', {});
  void roles;
}
void typedBodiesRefuseWrongFields;
