import { describe, expect, it } from 'vitest';
import type { Role } from '../role.ts';
import type { OrganizationPermissions } from '../viewer.ts';
import type { AccessPolicy } from './access-policy.ts';
import type { MemberRowState } from './member-row.ts';
import { checkMembershipChange, checkRemoval } from './membership-guards.ts';
import { allPermissions } from './viewer-permissions.ts';

const roles: Role[] = [
  { name: 'admin', displayName: 'Admin', description: null, isDefault: false, isAdmin: true },
  { name: 'owner', displayName: 'Owner', description: null, isDefault: false, isAdmin: true },
  { name: 'member', displayName: 'Member', description: null, isDefault: true, isAdmin: false },
];
const row = (overrides: Partial<MemberRowState> = {}): MemberRowState => ({
  userId: 'usr_other',
  roles: ['member'],
  status: 'active',
  provisioning: 'invitation',
  invitedAt: null,
  lastResentAt: null,
  ...overrides,
});
const context = (
  overrides: { permissions?: OrganizationPermissions; lastAdmin?: boolean; policy?: AccessPolicy } = {},
) => ({
  viewerId: 'usr_viewer',
  permissions: allPermissions,
  roles,
  lastAdmin: false,
  ...overrides,
});

describe('checkMembershipChange', () => {
  it('refuses any change, even of metadata, without manageMembers', () => {
    const viewer = context({ permissions: { ...allPermissions, manageMembers: false } });
    expect(checkMembershipChange(row(), {}, viewer)).toEqual({ allowed: false, reason: 'not_permitted' });
    expect(checkMembershipChange(row(), { roles: ['admin'] }, viewer)).toEqual({
      allowed: false,
      reason: 'not_permitted',
    });
  });

  it('allows metadata on a directory-managed member: only roles belong to the directory', () => {
    const managed = row({ provisioning: 'scim' });
    expect(checkMembershipChange(managed, {}, context())).toEqual({ allowed: true });
    expect(checkMembershipChange(managed, { roles: ['member'] }, context())).toEqual({ allowed: true });
    expect(checkMembershipChange(managed, { roles: ['admin'] }, context())).toEqual({
      allowed: false,
      reason: 'managed_by_directory',
    });
  });

  it('treats the same roles in another order, or repeated, as no change', () => {
    const admin = row({ roles: ['admin', 'member'] });
    expect(
      checkMembershipChange(admin, { roles: ['member', 'admin', 'member'] }, context({ lastAdmin: true })),
    ).toEqual({
      allowed: true,
    });
  });

  it('lets the last admin change roles while keeping an admin role, not drop every one', () => {
    const last = row({ roles: ['admin'] });
    const facts = context({ lastAdmin: true });
    expect(checkMembershipChange(last, { roles: ['owner'] }, facts)).toEqual({ allowed: true });
    expect(checkMembershipChange(last, { roles: ['admin', 'member'] }, facts)).toEqual({ allowed: true });
    expect(checkMembershipChange(last, { roles: ['member'] }, facts)).toEqual({
      allowed: false,
      reason: 'last_admin',
    });
  });

  describe('given the viewer changing their own roles while another admin remains', () => {
    const own = row({ userId: 'usr_viewer', roles: ['admin'] });

    it('marks dropping their last admin role as self_demotion, so the UI confirms it', () => {
      expect(checkMembershipChange(own, { roles: ['member'] }, context())).toEqual({
        allowed: true,
        selfAction: 'self_demotion',
      });
    });

    it('refuses it when the host’s policy refuses self-changes', () => {
      expect(
        checkMembershipChange(own, { roles: ['member'] }, context({ policy: { selfChanges: 'deny' } })),
      ).toEqual({
        allowed: false,
        reason: 'self_demotion',
      });
    });

    it('does not mark a change that keeps an admin role', () => {
      expect(
        checkMembershipChange(
          own,
          { roles: ['owner', 'member'] },
          context({ policy: { selfChanges: 'deny' } }),
        ),
      ).toEqual({ allowed: true });
    });

    it('does not count a service acting for nobody as the viewer', () => {
      expect(checkMembershipChange(own, { roles: ['member'] }, { ...context(), viewerId: null })).toEqual({
        allowed: true,
      });
    });
  });

  it('does not call promoting oneself a demotion', () => {
    const own = row({ userId: 'usr_viewer', roles: ['member'] });
    expect(
      checkMembershipChange(own, { roles: ['admin'] }, context({ policy: { selfChanges: 'deny' } })),
    ).toEqual({
      allowed: true,
    });
  });
});

describe('checkRemoval', () => {
  it('refuses in order: permission, directory, last admin', () => {
    const noManage = { ...allPermissions, manageMembers: false };
    const everything = row({ provisioning: 'scim', roles: ['admin'] });
    expect(checkRemoval(everything, context({ permissions: noManage, lastAdmin: true }))).toEqual({
      allowed: false,
      reason: 'not_permitted',
    });
    expect(checkRemoval(everything, context({ lastAdmin: true }))).toEqual({
      allowed: false,
      reason: 'managed_by_directory',
    });
    expect(checkRemoval(row({ roles: ['admin'] }), context({ lastAdmin: true }))).toEqual({
      allowed: false,
      reason: 'last_admin',
    });
  });

  it('removes an invitation like a member', () => {
    expect(checkRemoval(row({ status: 'pending_invite' }), context())).toEqual({ allowed: true });
  });

  it('marks removing oneself, or refuses it when the policy says so', () => {
    const own = row({ userId: 'usr_viewer' });
    expect(checkRemoval(own, context())).toEqual({ allowed: true, selfAction: 'self_removal' });
    expect(checkRemoval(own, context({ policy: { selfChanges: 'deny' } }))).toEqual({
      allowed: false,
      reason: 'self_removal',
    });
  });

  it('asks the host which members the directory manages, when it says', () => {
    const policy: AccessPolicy = { isDirectoryManaged: (member) => member.provisioning === 'api' };
    expect(checkRemoval(row({ provisioning: 'api' }), context({ policy }))).toEqual({
      allowed: false,
      reason: 'managed_by_directory',
    });
    expect(checkRemoval(row({ provisioning: 'scim' }), context({ policy }))).toEqual({ allowed: true });
  });
});
