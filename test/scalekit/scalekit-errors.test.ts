// @vitest-environment node
/**
 * Every error shape Scalekit sends, through the adapter: field violations on the kit's field names,
 * 409 decided by the endpoint, 429, 404, 5xx and the document's own (wrong) 400 shape. What the adapter
 * refuses before sending, because Scalekit cannot do it, is in scalekit-refusals.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed();

const errorInfo = '@type';
function violation(field: string, description: string) {
  return {
    code: 3,
    message: 'Validation error',
    details: [
      {
        [errorInfo]: 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo',
        error_code: 'INVALID_ARGUMENT',
        validation_error_info: { field_violations: [{ field, description, constraint: 'string.max_len' }] },
      },
    ],
  };
}

describe('Scalekit adapter: errors from Scalekit', () => {
  it('puts a custom attribute’s violation on that attribute', async () => {
    bed.fake.injectFault({
      status: 400,
      body: violation(
        'user.user_profile.custom_attributes["bio"]',
        'value length must be at most 256 characters',
      ),
      match: /^PATCH /,
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { customAttributes: { bio: 'Short.' } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { bio: 'value length must be at most 256 characters' },
    });
  });

  it('puts user metadata violations on appMetadata.<key> and name violations on givenName', async () => {
    bed.fake.injectFault({
      status: 400,
      body: {
        ...violation('user.metadata["plan"]', 'value too long'),
        details: [
          ...violation('user.metadata["plan"]', 'value too long').details,
          ...violation('user.user_profile.given_name', 'too long').details,
        ],
      },
      match: /^PATCH /,
    });
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, {
        appMetadata: { plan: 'gold' },
        profile: { givenName: 'A' },
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { 'appMetadata.plan': 'value too long', givenName: 'too long' },
    });
  });

  it('puts organization violations on displayName and metadata.<key>', async () => {
    bed.fake.injectFault({
      status: 400,
      body: {
        code: 3,
        message: 'Validation error',
        details: [
          {
            error_code: 'INVALID_ARGUMENT',
            validation_error_info: {
              field_violations: [
                { field: 'organization.display_name', description: 'too long' },
                { field: 'organization.metadata["billing"]', description: 'bad value' },
              ],
            },
          },
        ],
      },
      match: /^PATCH /,
    });
    await expect(
      bed.adapter.updateOrganization(bed.ids.organizationId, {
        displayName: 'Acme',
        metadata: { billing: 'x' },
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { displayName: 'too long', 'metadata.billing': 'bad value' },
    });
  });

  it('reads the OpenAPI document’s 400 shape (a bare ErrorInfo) too', async () => {
    bed.fake.injectFault({
      status: 400,
      body: {
        error_code: 'INVALID_ARGUMENT',
        validation_error_info: {
          field_violations: [{ field: 'membership.roles[0].name', description: 'unknown role' }],
        },
      },
      match: /^PATCH /,
    });
    await expect(
      bed.adapter.updateMembership(bed.ids.organizationId, bed.ids.memberUserId, {
        metadata: { team: 'core' },
      }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: 'unknown role' } });
  });

  it('turns a 409 on a user’s external ID into conflict on externalId', async () => {
    await expect(
      bed.adapter.updateUser(bed.ids.adminUserId, { externalId: bed.ids.memberExternalId }),
    ).rejects.toMatchObject({ code: 'conflict', fieldErrors: { externalId: expect.any(String) } });
  });

  it('turns a 409 on an organization’s external ID into conflict on externalId', async () => {
    await expect(
      bed.adapter.updateOrganization(bed.ids.organizationId, {
        externalId: bed.ids.otherOrganizationExternalId,
      }),
    ).rejects.toMatchObject({ code: 'conflict', fieldErrors: { externalId: expect.any(String) } });
  });

  it('turns a 409 on creating a user into already_member', async () => {
    bed.fake.injectFault({
      status: 409,
      body: { code: 6, message: 'user already exists', details: [{ error_code: 'ALREADY_EXISTS' }] },
      match: /^POST \/api\/v1\/organizations/,
    });
    await expect(
      bed.adapter.inviteMember(bed.ids.organizationId, { email: 'race@example.com', idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ code: 'already_member' });
  });

  it('turns a 429 into rate_limited, with Retry-After when a proxy sends one', async () => {
    const limited = { code: 8, message: 'rate limited', details: [{ error_code: 'RATE_LIMITED' }] };
    bed.fake.injectFault({ status: 429, body: limited, match: /^GET \/api/ });
    await expect(bed.adapter.getUser(bed.ids.adminUserId)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: undefined,
    });
    bed.fake.injectFault({
      status: 429,
      body: limited,
      headers: { 'Retry-After': '3' },
      match: /^GET \/api/,
    });
    await expect(bed.adapter.getUser(bed.ids.adminUserId)).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 3000,
    });
  });

  it('turns 404 into not_found, 503 into unavailable, 500 into unknown and 501 into not_supported', async () => {
    await expect(bed.adapter.getUser('usr_00000000000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      bed.adapter.getMember(bed.ids.otherOrganizationId, bed.ids.adminUserId),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    for (const [status, code] of [
      [503, 'unavailable'],
      [500, 'unknown'],
      [501, 'not_supported'],
    ] as const) {
      bed.fake.injectFault({ status, body: { code: 13, message: 'x', details: [] }, match: /^GET \/api/ });
      await expect(bed.adapter.getOrganization(bed.ids.organizationId)).rejects.toMatchObject({ code });
    }
  });

  it('returns null, not an error, for an unknown external ID', async () => {
    expect(await bed.adapter.findOrganizationByExternalId('NO-SUCH')).toBeNull();
    bed.fake.injectFault({ status: 503, body: {}, match: /organizations:external/ });
    await expect(bed.adapter.findOrganizationByExternalId('X')).rejects.toMatchObject({
      code: 'unavailable',
    });
    bed.fake.injectFault({ status: 503, body: {}, match: /users:external/ });
    await expect(bed.adapter.findUserByExternalId(bed.ids.organizationId, 'X')).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
