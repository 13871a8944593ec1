import { describe, expect, it } from 'vitest';
import type { MembershipStatus } from '../member.ts';
import type { Role } from '../role.ts';
import { countActiveAdmins, holdsAdminRole, isAdminRole, isLastActiveAdmin } from './admin-roles.ts';

const role = (name: string, isAdmin = false): Role => ({
  name,
  displayName: name,
  description: null,
  isDefault: false,
  isAdmin,
});
const roles = [role('admin', true), role('member')];
const member = (status: MembershipStatus, ...names: string[]) => ({ status, roles: names });

describe('admin roles', () => {
  it('isAdminRole: role.isAdmin by default; a role the organization lacks is not one', () => {
    expect(isAdminRole('admin', roles)).toBe(true);
    expect(isAdminRole('member', roles)).toBe(false);
    expect(isAdminRole('ghost', roles)).toBe(false);
  });

  it('isAdminRole: the host’s names or test replace role.isAdmin', () => {
    expect(isAdminRole('admin', roles, { adminRoles: ['member'] })).toBe(false);
    expect(isAdminRole('member', roles, { adminRoles: ['member'] })).toBe(true);
    expect(isAdminRole('member', roles, { adminRoles: (r) => r.name === 'member' })).toBe(true);
    expect(isAdminRole('ghost', roles, { adminRoles: () => true })).toBe(false);
  });

  it('holdsAdminRole: any one admin role is enough; none is not', () => {
    expect(holdsAdminRole(['member', 'admin'], roles)).toBe(true);
    expect(holdsAdminRole(['member'], roles)).toBe(false);
    expect(holdsAdminRole([], roles)).toBe(false);
  });

  it('countActiveAdmins: counts active members holding an admin role, once each', () => {
    const members = [
      member('active', 'admin', 'member'),
      member('active', 'member'),
      member('inactive', 'admin'),
      member('pending_invite', 'admin'),
      member('invite_expired', 'admin'),
      member('active', 'admin'),
    ];
    expect(countActiveAdmins(members, roles)).toBe(2);
    expect(countActiveAdmins([], roles)).toBe(0);
  });

  describe('isLastActiveAdmin', () => {
    it.each([
      { who: 'the only active admin', target: member('active', 'admin'), count: 1, last: true },
      { who: 'one of two active admins', target: member('active', 'admin'), count: 2, last: false },
      { who: 'an active non-admin', target: member('active', 'member'), count: 1, last: false },
      { who: 'an invited admin', target: member('pending_invite', 'admin'), count: 1, last: false },
      { who: 'an inactive admin', target: member('inactive', 'admin'), count: 0, last: false },
    ])('$who: $last', ({ target, count, last }) => {
      expect(isLastActiveAdmin(target, count, roles)).toBe(last);
    });
  });
});
