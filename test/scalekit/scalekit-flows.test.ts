// @vitest-environment node
/**
 * The main flows of the kit over the Scalekit adapter, with the exact requests each sends to Scalekit
 * (method, path, query and body), all of them accepted by the OpenAPI check of the fake.
 */
import { describe, expect, it } from 'vitest';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed();

/** The requests sent since `from`, as `METHOD /path?query`. */
function linesSince(from: number): string[] {
  return bed.fake.requestLines().slice(from);
}

describe('Scalekit adapter: the main flows, request by request', () => {
  it('opens the profile page: one token, and the viewer read for the user and for their permissions', async () => {
    // The page asks for the user, the viewer and the definitions at once (ProfileEditor's queries).
    const [user, viewer, definitions] = await Promise.all([
      bed.adapter.getCurrentUser(),
      bed.adapter.getViewer(bed.ids.organizationId),
      bed.adapter.listAttributeDefinitions(),
    ]);
    expect(user.id).toBe(bed.ids.adminUserId);
    expect(viewer.permissions.manageUsers).toBe(true);
    expect(definitions.map((definition) => definition.key)).toContain('bio');
    // Concurrent calls share one token request; the definitions are the host's, so no request.
    expect(bed.fake.requestLines()).toEqual([
      'POST /oauth/token',
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `GET /api/v1/users/${bed.ids.adminUserId}`,
    ]);
    expect(bed.fake.requests[0]?.body).toEqual({
      client_id: bed.fake.clientId,
      client_secret: '***',
      grant_type: 'client_credentials',
    });
  });

  it('saves one custom attribute: reads, checks the version, writes the whole merged map', async () => {
    const before = await bed.adapter.getCurrentUser();
    const start = bed.fake.requests.length;
    const after = await bed.adapter.updateUser(
      bed.ids.adminUserId,
      { customAttributes: { years_experience: 9 } },
      { expectedVersion: before.version },
    );
    expect(after.profile.customAttributes).toEqual({ bio: 'Founder.', years_experience: 9 });
    expect(after.version).not.toBe(before.version);
    expect(linesSince(start)).toEqual([
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `PATCH /api/v1/users/${bed.ids.adminUserId}`,
    ]);
    // The fake replaces maps on PATCH: the kept `bio` proves the adapter wrote the whole map.
    expect(bed.fake.requests.at(-1)?.body).toEqual({
      user_profile: { custom_attributes: { bio: 'Founder.', years_experience: '9' } },
    });
  });

  it('invites three people, one already a member, with or without the email', async () => {
    const start = bed.fake.requests.length;
    const org = bed.ids.organizationId;
    const first = await bed.adapter.inviteMember(org, {
      email: 'new.one@example.com',
      givenName: 'New',
      familyName: 'One',
      roles: ['admin'],
      idempotencyKey: 'k1',
    });
    const second = await bed.adapter.inviteMember(org, {
      email: 'new.two@example.com',
      sendEmail: false,
      idempotencyKey: 'k2',
    });
    await expect(
      bed.adapter.inviteMember(org, { email: 'GRACE@acme.example', idempotencyKey: 'k3' }),
    ).rejects.toMatchObject({ code: 'already_member' });
    expect(first).toMatchObject({
      status: 'pending_invite',
      roles: ['admin'],
      inviterEmail: 'ada@acme.example',
    });
    expect(second).toMatchObject({ status: 'pending_invite', roles: ['member'], givenName: null });
    expect(bed.fake.invitationEmails).toEqual(['new.one@example.com']);
    expect(linesSince(start)).toEqual([
      'POST /oauth/token',
      `GET /api/v1/organizations/${org}/roles`,
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      'GET /api/v1/users:search?query=new.one@example.com&page_size=30',
      `POST /api/v1/organizations/${org}/users?send_invitation_email=true`,
      // Each invite reads the viewer's own membership: their rights decide, not the M2M token's.
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      'GET /api/v1/users:search?query=new.two@example.com&page_size=30',
      `POST /api/v1/organizations/${org}/users?send_invitation_email=false`,
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      // users:search is case-insensitive (scalekit-api.md §2.1), so the address goes as typed.
      'GET /api/v1/users:search?query=GRACE@acme.example&page_size=30',
    ]);
    const posts = bed.fake.requests.filter(
      (request) => request.method === 'POST' && request.url.includes('/users?'),
    );
    expect(posts.map((request) => request.body)).toEqual([
      {
        email: 'new.one@example.com',
        membership: { roles: [{ name: 'admin' }], inviter_email: 'ada@acme.example' },
        user_profile: { given_name: 'New', family_name: 'One' },
      },
      { email: 'new.two@example.com', membership: { inviter_email: 'ada@acme.example' } },
    ]);
  });

  it('adds an existing user of another organization through the memberships route', async () => {
    const other = bed.ids.otherOrganizationId;
    // The viewer administers the other organization too: their own rights there decide.
    const viewer = bed.fake.users.get(bed.ids.adminUserId)!;
    viewer.memberships.push({ ...viewer.memberships[0]!, organization_id: other });
    const start = bed.fake.requests.length;
    const member = await bed.adapter.inviteMember(other, {
      email: 'grace@acme.example',
      idempotencyKey: 'k',
    });
    expect(member).toMatchObject({
      userId: bed.ids.memberUserId,
      organizationId: other,
      status: 'pending_invite',
    });
    expect(linesSince(start).slice(-2)).toEqual([
      'GET /api/v1/users:search?query=grace@acme.example&page_size=30',
      `POST /api/v1/memberships/organizations/${other}/users/${bed.ids.memberUserId}?send_invitation_email=true`,
    ]);
    expect(bed.fake.requests.at(-1)?.body).toEqual({ inviter_email: 'ada@acme.example' });
  });

  it('resends a pending invitation in place', async () => {
    const start = bed.fake.requests.length;
    const invitation = await bed.adapter.resendInvitation(
      bed.ids.organizationId,
      bed.ids.pendingInviteUserId,
    );
    expect(invitation).toMatchObject({ status: 'pending', resentCount: 1, email: 'pending@acme.example' });
    expect(bed.fake.invitationEmails).toEqual(['pending@acme.example']);
    expect(linesSince(start)).toEqual([
      'POST /oauth/token',
      `GET /api/v1/users/${bed.ids.pendingInviteUserId}`,
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `PATCH /api/v1/invites/organizations/${bed.ids.organizationId}/users/${bed.ids.pendingInviteUserId}/resend`,
    ]);
    expect(bed.fake.requests.at(-1)?.body).toEqual({});
  });

  it('revokes an invitation by deleting the pending membership', async () => {
    await bed.adapter.revokeInvitation(bed.ids.organizationId, bed.ids.pendingInviteUserId);
    expect(bed.fake.requestLines().slice(1)).toEqual([
      `GET /api/v1/users/${bed.ids.pendingInviteUserId}`,
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `DELETE /api/v1/memberships/organizations/${bed.ids.organizationId}/users/${bed.ids.pendingInviteUserId}`,
    ]);
    // Scalekit's cascade: the user had no other membership, so the user is gone too.
    expect(bed.fake.users.has(bed.ids.pendingInviteUserId)).toBe(false);
  });

  it('changes a role with roles as { name } objects', async () => {
    const member = await bed.adapter.updateMembership(bed.ids.organizationId, bed.ids.memberUserId, {
      roles: ['admin'],
    });
    expect(member.roles).toEqual(['admin']);
    expect(bed.fake.requestLines().slice(1)).toEqual([
      `GET /api/v1/organizations/${bed.ids.organizationId}/roles`,
      `GET /api/v1/users/${bed.ids.memberUserId}`,
      // The viewer's own membership decides whether they may (the policy's manageMembers).
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `PATCH /api/v1/memberships/organizations/${bed.ids.organizationId}/users/${bed.ids.memberUserId}`,
      // The row is now an active admin: its actions need the count of admins (Scalekit cannot filter).
      `GET /api/v1/organizations/${bed.ids.organizationId}/users?page_size=100`,
    ]);
    expect(bed.fake.requests[4]?.body).toEqual({ roles: [{ name: 'admin' }] });
  });

  it('refuses a role change made from a stale view (expectedRoles) before writing anything', async () => {
    const org = bed.ids.organizationId;
    const seen = await bed.adapter.getMember(org, bed.ids.memberUserId);
    await bed.adapter.updateMembership(org, bed.ids.memberUserId, { roles: ['admin'] });
    const start = bed.fake.requests.length;
    await expect(
      bed.adapter.updateMembership(
        org,
        bed.ids.memberUserId,
        { roles: ['member'] },
        { expectedRoles: seen.roles },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(bed.fake.requests.slice(start).some((request) => request.method === 'PATCH')).toBe(false);
    expect((await bed.adapter.getMember(org, bed.ids.memberUserId)).roles).toEqual(['admin']);
  });

  it('sets an organization’s external ID and metadata, writing the whole metadata map', async () => {
    const before = await bed.adapter.getOrganization(bed.ids.organizationId);
    const after = await bed.adapter.updateOrganization(
      bed.ids.organizationId,
      { externalId: 'CUST-99', metadata: { billing_customer_id: 'cus_123' } },
      { expectedVersion: before.version },
    );
    expect(after).toMatchObject({
      externalId: 'CUST-99',
      metadata: { plan_type: 'enterprise', billing_customer_id: 'cus_123' },
    });
    expect(bed.fake.requestLines().slice(1)).toEqual([
      `GET /api/v1/organizations/${bed.ids.organizationId}`,
      // The viewer's own membership decides whether they may (updateOrganization).
      `GET /api/v1/users/${bed.ids.adminUserId}`,
      `GET /api/v1/organizations/${bed.ids.organizationId}`,
      `PATCH /api/v1/organizations/${bed.ids.organizationId}`,
    ]);
    expect(bed.fake.requests.at(-1)?.body).toEqual({
      external_id: 'CUST-99',
      metadata: { plan_type: 'enterprise', billing_customer_id: 'cus_123' },
    });
    expect((await bed.adapter.findOrganizationByExternalId('CUST-99'))?.id).toBe(bed.ids.organizationId);
    expect(bed.fake.requestLines().at(-1)).toBe('GET /api/v1/organizations:external/CUST-99');
  });

  it('lists members a page at a time with page_size and page_token, and searches with users:search', async () => {
    const first = await bed.adapter.listMembers({ organizationId: bed.ids.organizationId, limit: 10 });
    expect(first.members).toHaveLength(10);
    expect(first.totalCount).toBe(14);
    const second = await bed.adapter.listMembers({
      organizationId: bed.ids.organizationId,
      limit: 10,
      cursor: first.nextCursor,
    });
    expect(second.members).toHaveLength(4);
    expect(second.nextCursor).toBeNull();
    const found = await bed.adapter.listMembers({
      organizationId: bed.ids.organizationId,
      search: 'emp-1002',
    });
    expect(found.members.map((member) => member.userId)).toEqual([bed.ids.memberUserId]);
    const lines = bed.fake
      .requestLines()
      .filter((line) => line.includes(`/organizations/${bed.ids.organizationId}/users`));
    expect(lines).toEqual([
      `GET /api/v1/organizations/${bed.ids.organizationId}/users?page_size=10`,
      // The first page holds the admin: one scan counts the active admins for its row actions.
      `GET /api/v1/organizations/${bed.ids.organizationId}/users?page_size=100`,
      `GET /api/v1/organizations/${bed.ids.organizationId}/users?page_size=10&page_token=b2Zmc2V0OjEw`,
      `GET /api/v1/organizations/${bed.ids.organizationId}/users:search?page_size=30&query=emp-1002`,
    ]);
  });

  it('reads total_size as a number or as a string', async () => {
    // total_size is uint32 (a number) in the document, but Scalekit's int64 counts are strings.
    bed.fake.injectFault({
      status: 200,
      body: { users: [], next_page_token: '', prev_page_token: '', total_size: '14' },
      match: /^GET \/api\/v1\/organizations\/[^/]+\/users$/,
    });
    const page = await bed.adapter.listMembers({ organizationId: bed.ids.organizationId, limit: 5 });
    expect(page).toEqual({ members: [], nextCursor: null, totalCount: 14 });
  });

  it('finds a member by external ID, and not a user of another organization', async () => {
    expect((await bed.adapter.findUserByExternalId(bed.ids.organizationId, 'EMP-1002'))?.id).toBe(
      bed.ids.memberUserId,
    );
    expect(await bed.adapter.findUserByExternalId(bed.ids.otherOrganizationId, 'EMP-1002')).toBeNull();
    expect(await bed.adapter.findUserByExternalId(bed.ids.organizationId, 'NOBODY')).toBeNull();
    expect(bed.fake.requestLines().slice(1)).toEqual([
      'GET /api/v1/users:external/EMP-1002',
      'GET /api/v1/users:external/EMP-1002',
      'GET /api/v1/users:external/NOBODY',
    ]);
  });
});
