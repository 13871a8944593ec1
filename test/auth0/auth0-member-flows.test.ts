// @vitest-environment node
/**
 * Members, invitations, roles and organizations on Auth0, checked by what reached the fake: the
 * composite members-then-invitations list, invitations with role IDs, metadata and the email flag,
 * resend as create-then-delete, roles changed by set difference, and organization metadata and
 * external IDs within Auth0's limits.
 */
import { describe, expect, it } from 'vitest';
import { setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed();
const lines = () => bed.fake.requestLines().filter((line) => line !== 'POST /oauth/token');
const org = () => bed.ids.organizationId;

describe('the members list', () => {
  it('is the members (checkpoint paging) then the invitations (offset paging) under one cursor, with no total', async () => {
    const first = await bed.adapter.listMembers({ organizationId: org(), limit: 4 });
    expect(first.members.map((member) => member.userId)).toEqual([
      'auth0|ada',
      'auth0|max',
      'google-oauth2|108234567890',
      'samlp|acme-okta|dana',
    ]);
    expect(first.totalCount).toBeNull();
    const rows = [...first.members];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await bed.adapter.listMembers({ organizationId: org(), limit: 4, cursor });
      rows.push(...page.members);
      cursor = page.nextCursor;
    }
    expect(rows).toHaveLength(11);
    expect(rows.at(-1)).toMatchObject({
      userId: null,
      invitationId: bed.ids.pendingInvitationId,
      status: 'pending_invite',
      roles: ['member'],
    });
    // The page that ends the members starts the invitations on the same page.
    expect(rows.slice(8).map((row) => row.invitationId === null)).toEqual([true, true, false]);
    expect(lines().filter((line) => line.includes('/members?'))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('take=4&fields=user_id%2Cemail%2Cname%2Cpicture%2Croles&include_fields=true'),
      ]),
    );
    expect(
      lines().some((line) =>
        line.includes('/invitations?page=0&per_page=100&include_totals=true&sort=created_at%3A1'),
      ),
    ).toBe(true);
  });

  it('refuses a search, a filter and a sort with not_supported, asking Auth0 nothing', async () => {
    await expect(bed.adapter.listMembers({ organizationId: org(), search: 'ada' })).rejects.toMatchObject({
      code: 'not_supported',
    });
    await expect(
      bed.adapter.listMembers({ organizationId: org(), statuses: ['active'] }),
    ).rejects.toMatchObject({ code: 'not_supported' });
    await expect(
      bed.adapter.listMembers({ organizationId: org(), sort: { field: 'email', direction: 'asc' } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
    });
    expect(lines()).toEqual([]);
  });

  it('loses an invitation Auth0 deleted when it expired (declared: expired invitations do not remain)', async () => {
    bed.advance(7 * 86_400_000);
    const { members } = await bed.adapter.listMembers({ organizationId: org(), limit: 100 });
    expect(members.some((member) => member.invitationId !== null)).toBe(false);
    expect(bed.adapter.capabilities.invitations.expiredInvitationsRemain).toBe(false);
  });

  it('marks a directory member (its connection is provisioned by SCIM) so the kit neither re-roles nor removes it', async () => {
    const dana = await bed.adapter.getMember(org(), bed.ids.directoryManagedUserId);
    expect(dana.provisioning).toBe('scim');
    expect(dana.actions.changeRoles).toEqual({ allowed: false, reason: 'managed_by_directory' });
  });
});

describe('inviting', () => {
  it('sends role IDs, the metadata and external ID in app_metadata, the lifetime and the email flag', async () => {
    const member = await bed.adapter.inviteMember(org(), {
      email: 'Newcomer@Example.com',
      roles: ['admin', 'billing'],
      metadata: { source: 'crm' },
      externalId: 'EMP-0100',
      sendEmail: false,
      idempotencyKey: 'k1',
    });
    const post = bed.fake.requests.find(
      (request) => request.method === 'POST' && request.url.endsWith('/invitations'),
    );
    expect(post?.body).toEqual({
      inviter: { name: 'ada@acme.example' },
      invitee: { email: 'Newcomer@Example.com' },
      client_id: bed.fake.invitationClientId,
      roles: [bed.ids.roleIds.admin, bed.ids.roleIds.billing],
      ttl_sec: 604800,
      send_invitation_email: false,
      app_metadata: { source: 'crm', external_id: 'EMP-0100' },
    });
    expect(bed.fake.invitationEmails).toEqual([]);
    expect(member).toMatchObject({
      userId: null,
      roles: ['admin', 'billing'],
      externalId: 'EMP-0100',
      inviterEmail: 'ada@acme.example',
    });
  });

  it('gives the default role when none is chosen (Auth0 has no default role of its own)', async () => {
    await bed.adapter.inviteMember(org(), { email: 'plain@example.com', idempotencyKey: 'k2' });
    const post = bed.fake.requests.find(
      (request) => request.method === 'POST' && request.url.endsWith('/invitations'),
    );
    expect(post?.body).toMatchObject({ roles: [bed.ids.roleIds.member] });
    expect(bed.fake.invitationEmails).toEqual(['plain@example.com']);
  });

  it('refuses membership metadata (Auth0 keeps none) and metadata keys holding profile fields', async () => {
    await expect(
      bed.adapter.updateMembership(org(), bed.ids.memberUserId, { metadata: { seat: 'A1' } }),
    ).rejects.toMatchObject({
      code: 'not_supported',
    });
    await expect(
      bed.adapter.inviteMember(org(), {
        email: 'x@example.com',
        metadata: { department: 'x' },
        idempotencyKey: 'k3',
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { 'metadata.department': expect.any(String) },
    });
  });
});

describe('resending and revoking', () => {
  it('resends by creating a copy and then deleting the old one: a new ID, the same roles, a new email', async () => {
    const invitation = await bed.adapter.resendInvitation(org(), bed.ids.pendingInvitationId);
    const writes = lines().filter((line) => line.startsWith('POST') || line.startsWith('DELETE'));
    expect(writes).toEqual([
      `POST /api/v2/organizations/${org()}/invitations`,
      `DELETE /api/v2/organizations/${org()}/invitations/${bed.ids.pendingInvitationId}`,
    ]);
    expect(invitation.id).not.toBe(bed.ids.pendingInvitationId);
    expect(bed.fake.tenant.invitations.get(org())?.map((stored) => [stored.id, stored.roles])).toEqual([
      [invitation.id, [bed.ids.roleIds.member]],
    ]);
    expect(bed.fake.invitationEmails).toEqual([bed.ids.pendingInviteEmail]);
  });

  it('keeps the new invitation when the old one vanished meanwhile', async () => {
    bed.fake.injectFault({
      status: 404,
      body: {
        statusCode: 404,
        error: 'Not Found',
        message: 'The invitation does not exist.',
        errorCode: 'inexistent_resource',
      },
      match: /^DELETE /,
    });
    const invitation = await bed.adapter.resendInvitation(org(), bed.ids.pendingInvitationId);
    expect(bed.fake.tenant.invitations.get(org())?.some((stored) => stored.id === invitation.id)).toBe(true);
  });

  it('refuses a member without inviteMembers: the viewer’s roles decide, not the M2M token', async () => {
    const asMember = bed.makeAdapter({ viewerUserId: () => bed.ids.memberUserId });
    await expect(asMember.revokeInvitation(org(), bed.ids.pendingInvitationId)).rejects.toMatchObject({
      code: 'permission_denied',
    });
    await expect(
      asMember.inviteMember(org(), { email: 'z@example.com', idempotencyKey: 'k4' }),
    ).rejects.toMatchObject({
      code: 'permission_denied',
    });
    expect(bed.fake.tenant.invitations.get(org())).toHaveLength(1);
  });
});

describe('changing roles and removing', () => {
  it('sends only the difference: one POST of the added and one DELETE of the removed role IDs', async () => {
    const member = await bed.adapter.updateMembership(org(), bed.ids.memberUserId, {
      roles: ['admin', 'billing'],
    });
    const path = `/api/v2/organizations/${org()}/members/${encodeURIComponent(bed.ids.memberUserId)}/roles`;
    const writes = bed.fake.requests.filter((request) => request.url === path && request.method !== 'GET');
    expect(writes.map((request) => [request.method, request.body])).toEqual([
      ['POST', { roles: [bed.ids.roleIds.admin, bed.ids.roleIds.billing] }],
      ['DELETE', { roles: [bed.ids.roleIds.member] }],
    ]);
    expect([...member.roles].sort()).toEqual(['admin', 'billing']);
  });

  it('removes with Auth0’s members body and keeps the user (Auth0 never deletes it)', async () => {
    await bed.adapter.removeMember(org(), bed.ids.memberUserId);
    const removal = bed.fake.requests.find((request) => request.method === 'DELETE');
    expect(removal?.body).toEqual({ members: [bed.ids.memberUserId] });
    expect((await bed.adapter.getUser(bed.ids.memberUserId)).id).toBe(bed.ids.memberUserId);
  });
});

describe('organizations', () => {
  it('keep the external ID as the name: set by PATCH name, found by GET name, refused when Auth0 would refuse it', async () => {
    const renamed = await bed.adapter.updateOrganization(org(), { externalId: 'acme-2026' });
    expect(renamed.externalId).toBe('acme-2026');
    expect((await bed.adapter.findOrganizationByExternalId('acme-2026'))?.id).toBe(org());
    expect(lines()).toContain('GET /api/v2/organizations/name/acme-2026');
    await expect(bed.adapter.updateOrganization(org(), { externalId: 'Not A Name' })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { externalId: expect.any(String) },
    });
    await expect(bed.adapter.updateOrganization(org(), { externalId: null })).rejects.toMatchObject({
      code: 'validation',
    });
    const before = lines().length;
    expect(await bed.adapter.findOrganizationByExternalId('Not A Name')).toBeNull();
    expect(lines()).toHaveLength(before);
  });

  it('send metadata whole with null for a removed key, and refuse what Auth0 refuses (255 characters)', async () => {
    await bed.adapter.updateOrganization(org(), { metadata: { plan: null, seats: '40' } });
    const patch = bed.fake.requests.filter((request) => request.method === 'PATCH').at(-1);
    expect(patch?.body).toEqual({ metadata: { plan: null, seats: '40' } });
    expect(bed.fake.tenant.organizations.get(org())?.metadata).toEqual({ seats: '40' });
    await expect(
      bed.adapter.updateOrganization(org(), { metadata: { note: 'n'.repeat(256) } }),
    ).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { 'metadata.note': expect.any(String) },
    });
  });

  it('have no creation or change time on Auth0', async () => {
    expect(await bed.adapter.getOrganization(org())).toMatchObject({
      createdAt: null,
      updatedAt: null,
      displayName: 'Acme Corporation',
    });
  });

  it('with the external ID in metadata, take one of the 25 properties and are found by a scan', async () => {
    const adapter = bed.makeAdapter({ organizationExternalId: { in: 'metadata', key: 'customer_id' } });
    expect(adapter.limits.organizationMetadata.maxPairs).toBe(24);
    await adapter.updateOrganization(org(), { externalId: 'CUS-1' });
    expect(bed.fake.tenant.organizations.get(org())?.metadata).toEqual({ plan: 'pro', customer_id: 'CUS-1' });
    expect((await adapter.getOrganization(org())).metadata).toEqual({ plan: 'pro' });
    expect((await adapter.findOrganizationByExternalId('CUS-1'))?.id).toBe(org());
    expect(lines().some((line) => line.startsWith('GET /api/v2/organizations?'))).toBe(true);
  });
});

describe('roles', () => {
  it('are the tenant’s, by name, with the host’s display names, admin and default; read once a minute', async () => {
    const roles = await bed.adapter.listRoles(org());
    expect(roles).toEqual([
      {
        name: 'admin',
        displayName: 'Admin',
        description: 'Manages the organization and its members.',
        isDefault: false,
        isAdmin: true,
      },
      {
        name: 'member',
        displayName: 'Member',
        description: 'Uses the product.',
        isDefault: true,
        isAdmin: false,
      },
      {
        name: 'billing',
        displayName: 'Billing',
        description: 'Sees invoices.',
        isDefault: false,
        isAdmin: false,
      },
    ]);
    await bed.adapter.listRoles(org());
    expect(lines().filter((line) => line.startsWith('GET /api/v2/roles'))).toHaveLength(1);
    bed.advance(61_000);
    await bed.adapter.listRoles(org());
    expect(lines().filter((line) => line.startsWith('GET /api/v2/roles'))).toHaveLength(2);
  });
});
