// @vitest-environment node
/**
 * Permissions and row actions of the Scalekit adapter come from the core policy (`src/core/policy`),
 * driven by the host's mapping, exactly as in the memory adapter and the server handler: a viewer's
 * own membership decides (the adapter's M2M token sees everything), roles and Scalekit's permission
 * strings grant through the mapping, and the write guards refuse what the rows do not offer.
 */
import { describe, expect, it } from 'vitest';
import type { Member, MemberActions } from '../../src/core/member.ts';
import { decideMemberActions } from '../../src/core/policy/member-actions.ts';
import { toMemberActions } from '../../src/core/policy/policy-decision.ts';
import { allPermissions } from '../../src/core/policy/viewer-permissions.ts';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed();
const denied = { allowed: false, reason: 'not_permitted' } as const;
const allowed = { allowed: true } as const;

async function rows(adapter = bed.adapter): Promise<Map<string, Member>> {
  const page = await adapter.listMembers({ organizationId: bed.ids.organizationId, limit: 100 });
  return new Map(page.members.map((member) => [member.userId ?? '', member]));
}

function actionsOf(members: Map<string, Member>, userId: string): MemberActions | undefined {
  return members.get(userId)?.actions;
}

describe('Scalekit adapter: permissions and row actions through the core policy', () => {
  it('gives an admin’s rows exactly the core policy’s decisions (last admin counted by a scan)', async () => {
    const members = await rows();
    const admins = 1;
    for (const member of members.values()) {
      const lastAdmin = member.status === 'active' && member.roles.includes('admin') && admins <= 1;
      const directory = member.provisioning === 'direct';
      const expected = toMemberActions(
        decideMemberActions(member, {
          viewerId: bed.ids.adminUserId,
          permissions: allPermissions,
          roles: [],
          policy: {
            adminRoles: ['admin'],
            isDirectoryManaged: () => directory,
          },
          lastAdmin,
          now: Date.now(),
          resendCooldownMs: null,
        }),
      );
      expect({ id: member.userId, actions: member.actions }).toEqual({
        id: member.userId,
        actions: expected,
      });
    }
    expect(actionsOf(members, bed.ids.adminUserId)?.remove).toEqual({ allowed: false, reason: 'last_admin' });
    expect(actionsOf(members, bed.ids.directoryManagedUserId)?.changeRoles).toEqual({
      allowed: false,
      reason: 'managed_by_directory',
    });
    expect(actionsOf(members, bed.ids.pendingInviteUserId)?.resendInvitation).toEqual(allowed);
  });

  it('a plain member sees the list but is offered nothing, and every write is refused before Scalekit', async () => {
    const asMember = bed.makeAdapter({ viewerUserId: () => bed.ids.memberUserId });
    const viewer = await asMember.getViewer(bed.ids.organizationId);
    expect(viewer.permissions).toEqual({
      viewMembers: true,
      inviteMembers: false,
      manageMembers: false,
      updateOrganization: false,
      manageUsers: false,
    });
    const members = await rows(asMember);
    for (const member of members.values()) {
      expect(member.actions).toEqual({
        changeRoles: denied,
        remove: denied,
        resendInvitation: denied,
        revokeInvitation: denied,
      });
    }
    const org = bed.ids.organizationId;
    const start = bed.fake.requests.length;
    const refusals = [
      () => asMember.updateMembership(org, bed.ids.adminUserId, { roles: ['member'] }),
      () => asMember.updateMembership(org, bed.ids.adminUserId, { metadata: { note: 'x1' } }),
      () => asMember.removeMember(org, bed.ids.adminUserId),
      () => asMember.resendInvitation(org, bed.ids.pendingInviteUserId),
      () => asMember.revokeInvitation(org, bed.ids.pendingInviteUserId),
      () => asMember.inviteMember(org, { email: 'someone@example.com', idempotencyKey: 'k' }),
    ];
    for (const refusal of refusals)
      await expect(refusal).rejects.toMatchObject({ code: 'permission_denied' });
    // Only reads went out: nothing reached Scalekit's write routes.
    expect(bed.fake.requests.slice(start).filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('grants through the host’s role mapping: a member role that manages members may re-role, not the last admin', async () => {
    const asManager = bed.makeAdapter({
      viewerUserId: () => bed.ids.memberUserId,
      policy: { rolePermissions: { member: { viewMembers: true, manageMembers: true } } },
    });
    const members = await rows(asManager);
    expect(actionsOf(members, bed.ids.expiredInviteUserId)?.changeRoles).toEqual(allowed);
    expect(actionsOf(members, bed.ids.adminUserId)?.changeRoles).toEqual({
      allowed: false,
      reason: 'last_admin',
    });
    expect(actionsOf(members, bed.ids.pendingInviteUserId)?.resendInvitation).toEqual(denied);
    await expect(
      asManager.updateMembership(bed.ids.organizationId, bed.ids.adminUserId, { roles: ['member'] }),
    ).rejects.toMatchObject({ code: 'permission_denied', fieldErrors: { roles: expect.any(String) } });
    const changed = await asManager.updateMembership(bed.ids.organizationId, 'usr_96194455173857100', {
      roles: ['admin'],
    });
    expect(changed.roles).toEqual(['admin']);
  });

  it('grants through Scalekit’s permission strings mapped by the host', async () => {
    const grace = bed.fake.users.get(bed.ids.memberUserId)!;
    grace.memberships[0]!.permissions = ['org:members:invite'];
    const asInviter = bed.makeAdapter({
      viewerUserId: () => bed.ids.memberUserId,
      policy: { permissionStrings: { 'org:members:invite': ['inviteMembers'] } },
    });
    expect((await asInviter.getViewer(bed.ids.organizationId)).permissions.inviteMembers).toBe(true);
    const members = await rows(asInviter);
    expect(actionsOf(members, bed.ids.pendingInviteUserId)).toMatchObject({
      resendInvitation: allowed,
      revokeInvitation: allowed,
      remove: denied,
    });
    await expect(
      asInviter.resendInvitation(bed.ids.organizationId, bed.ids.pendingInviteUserId),
    ).resolves.toMatchObject({ status: 'pending' });
  });

  it('honours selfChanges: deny (the viewer cannot remove themselves) in the row and the write', async () => {
    await bed.adapter.updateMembership(bed.ids.organizationId, bed.ids.memberUserId, { roles: ['admin'] });
    const strict = bed.makeAdapter({ policy: { selfChanges: 'deny' } });
    const members = await rows(strict);
    expect(actionsOf(members, bed.ids.adminUserId)?.remove).toEqual(denied);
    expect(actionsOf(members, bed.ids.memberUserId)?.remove).toEqual(allowed);
    await expect(strict.removeMember(bed.ids.organizationId, bed.ids.adminUserId)).rejects.toMatchObject({
      code: 'permission_denied',
      message: expect.stringMatching(/cannot remove yourself/),
    });
    expect(bed.fake.users.get(bed.ids.adminUserId)?.memberships).toHaveLength(1);
  });

  it('reads directly provisioned members as the host says: a directory’s by default, or not', async () => {
    const apiOnly = bed.makeAdapter({ directProvisionIsDirectory: false });
    expect(actionsOf(await rows(apiOnly), bed.ids.directoryManagedUserId)?.changeRoles).toEqual(allowed);
    const byPolicy = bed.makeAdapter({
      directProvisionIsDirectory: false,
      policy: { isDirectoryManaged: (member) => member.userId === bed.ids.memberUserId },
    });
    const members = await rows(byPolicy);
    expect(actionsOf(members, bed.ids.directoryManagedUserId)?.remove).toEqual(allowed);
    expect(actionsOf(members, bed.ids.memberUserId)?.remove).toEqual({
      allowed: false,
      reason: 'managed_by_directory',
    });
  });

  it('tells admin roles by a test of the role when the host gives one, reading the roles once', async () => {
    const byTest = bed.makeAdapter({
      policy: { adminRoles: (role) => role.displayName === 'Member' },
    });
    const start = bed.fake.requests.length;
    const viewer = await byTest.getViewer(bed.ids.organizationId);
    // `admin` is no admin role under this test, and the host mapped no roles: it grants the list only.
    expect(viewer.permissions).toEqual({
      viewMembers: true,
      inviteMembers: false,
      manageMembers: false,
      updateOrganization: false,
      manageUsers: false,
    });
    expect(bed.fake.requestLines().slice(start)).toContain(
      `GET /api/v1/organizations/${bed.ids.organizationId}/roles`,
    );
    const roles = await byTest.listRoles(bed.ids.organizationId);
    expect(roles.filter((role) => role.isAdmin).map((role) => role.name)).toEqual(['member']);
  });

  it('lets a member edit their own profile but not an admin-only field, their external ID or the admin bag', async () => {
    const asMember = bed.makeAdapter({ viewerUserId: () => bed.ids.memberUserId });
    const user = await asMember.updateUser(bed.ids.memberUserId, { customAttributes: { bio: 'Compilers.' } });
    expect(user.profile.customAttributes.bio).toBe('Compilers.');
    const start = bed.fake.requests.length;
    await expect(
      asMember.updateUser(bed.ids.memberUserId, {
        externalId: 'MINE',
        appMetadata: { plan: 'free' },
        customAttributes: { badge: 'gold' },
      }),
    ).rejects.toMatchObject({
      code: 'permission_denied',
      fieldErrors: {
        externalId: expect.any(String),
        appMetadata: expect.any(String),
        badge: 'Set by an administrator',
      },
    });
    expect(bed.fake.requests.slice(start).filter((request) => request.method !== 'GET')).toEqual([]);
    // An admin may, in the organization they share with the member.
    const byAdmin = await bed.adapter.updateUser(
      bed.ids.memberUserId,
      { externalId: 'EMP-2002', customAttributes: { badge: 'gold' } },
      { organizationId: bed.ids.organizationId },
    );
    expect(byAdmin).toMatchObject({
      externalId: 'EMP-2002',
      profile: { customAttributes: { badge: 'gold' } },
    });
  });

  it('refuses a member writing another user, and an organization update, before Scalekit', async () => {
    const asMember = bed.makeAdapter({ viewerUserId: () => bed.ids.memberUserId });
    await expect(
      asMember.updateUser(bed.ids.adminUserId, { profile: { givenName: 'Eve' } }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    await expect(
      asMember.updateOrganization(bed.ids.organizationId, { displayName: 'Mine now' }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    // An admin of another organization only does not manage this member there.
    await expect(
      bed.adapter.updateUser(
        bed.ids.memberUserId,
        { profile: { givenName: 'G' } },
        { organizationId: bed.ids.otherOrganizationId },
      ),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    expect(bed.fake.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
  });
});
