import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  ActionPermission,
  MemberActions,
  MembershipStatus,
  ProvisioningMethod,
} from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import type { OrganizationPermissions } from '../../core/viewer.ts';
import type { StoredMembership } from './memory-data.ts';
import {
  isLastAdmin,
  memberActions,
  permissionsFor,
  resendAllowedAt,
  resendCooldownMs,
} from './permissions.ts';

/**
 * The memory adapter's rules as they stood before the core policy (commit eeb5855), kept verbatim as
 * the reference: the thin layer over the core must decide exactly as they did.
 */
const before = (() => {
  const none: OrganizationPermissions = {
    viewMembers: false,
    inviteMembers: false,
    manageMembers: false,
    updateOrganization: false,
    manageUsers: false,
  };
  const rolePermissions: Readonly<Record<string, Partial<OrganizationPermissions>>> = {
    member: { viewMembers: true },
    billing_manager: { viewMembers: true, updateOrganization: true },
  };
  function permissionsFor(
    membership: StoredMembership | undefined,
    roles: readonly Role[],
  ): OrganizationPermissions {
    if (membership?.status !== 'active') return { ...none };
    const granted = { ...none };
    for (const name of membership.roles) {
      const role = roles.find((candidate) => candidate.name === name);
      if (role?.isAdmin)
        return {
          viewMembers: true,
          inviteMembers: true,
          manageMembers: true,
          updateOrganization: true,
          manageUsers: true,
        };
      Object.assign(granted, rolePermissions[name] ?? { viewMembers: true });
    }
    return granted;
  }
  function holdsAdminRole(membership: Pick<StoredMembership, 'roles'>, roles: readonly Role[]): boolean {
    return membership.roles.some((name) => roles.some((role) => role.name === name && role.isAdmin));
  }
  function isLastAdmin(
    membership: StoredMembership,
    memberships: readonly StoredMembership[],
    roles: readonly Role[],
  ) {
    if (membership.status !== 'active' || !holdsAdminRole(membership, roles)) return false;
    return !memberships.some(
      (other) =>
        other !== membership &&
        other.organizationId === membership.organizationId &&
        other.status === 'active' &&
        holdsAdminRole(other, roles),
    );
  }
  const isInvitation = (m: Pick<StoredMembership, 'status'>) =>
    m.status === 'pending_invite' || m.status === 'invite_expired';
  function resendAllowedAt(membership: StoredMembership): number {
    const lastSent = membership.lastResentAt ?? membership.invitedAt;
    return lastSent ? Date.parse(lastSent) + 60_000 : 0;
  }
  const allowed: ActionPermission = { allowed: true };
  const denied = (reason: Exclude<ActionPermission, { allowed: true }>['reason']): ActionPermission => ({
    allowed: false,
    reason,
  });
  function memberActions(
    membership: StoredMembership,
    context: { permissions: OrganizationPermissions; lastAdmin: boolean; now: number },
  ): MemberActions {
    const { permissions, lastAdmin, now } = context;
    const manage = (): ActionPermission => {
      if (!permissions.manageMembers) return denied('not_permitted');
      if (membership.provisioning === 'scim') return denied('managed_by_directory');
      if (lastAdmin) return denied('last_admin');
      return allowed;
    };
    const resend = (): ActionPermission => {
      if (!permissions.inviteMembers) return denied('not_permitted');
      if (!isInvitation(membership)) return denied('not_an_invitation');
      if (now < resendAllowedAt(membership)) return denied('resend_cooldown');
      return allowed;
    };
    const revoke = (): ActionPermission => {
      if (!permissions.inviteMembers) return denied('not_permitted');
      if (!isInvitation(membership)) return denied('not_an_invitation');
      return allowed;
    };
    return {
      changeRoles: manage(),
      remove: manage(),
      resendInvitation: resend(),
      revokeInvitation: revoke(),
    };
  }
  return { permissionsFor, isLastAdmin, resendAllowedAt, memberActions };
})();

const roles: Role[] = [
  { name: 'admin', displayName: 'Admin', description: null, isDefault: false, isAdmin: true },
  { name: 'member', displayName: 'Member', description: null, isDefault: true, isAdmin: false },
  { name: 'billing_manager', displayName: 'Billing', description: null, isDefault: false, isAdmin: false },
  { name: 'auditor', displayName: 'Auditor', description: null, isDefault: false, isAdmin: false },
];
const now = Date.parse('2026-01-01T12:00:00.000Z');
const membership: fc.Arbitrary<StoredMembership> = fc.record({
  organizationId: fc.constantFrom('org_a', 'org_b'),
  userId: fc.constantFrom('usr_1', 'usr_2', 'usr_3'),
  invitationId: fc.constant(null),
  email: fc.constant(null),
  // `ghost` is a role a story added to a membership but not to the organization.
  roles: fc.subarray(['admin', 'member', 'billing_manager', 'auditor', 'ghost']),
  status: fc.constantFrom<MembershipStatus>('active', 'inactive', 'pending_invite', 'invite_expired'),
  provisioning: fc.constantFrom<ProvisioningMethod>(
    'invitation',
    'dashboard',
    'jit_sso',
    'scim',
    'api',
    'unknown',
  ),
  invitedAt: fc.constantFrom(null, '2026-01-01T11:59:30.000Z', '2025-12-01T00:00:00.000Z'),
  joinedAt: fc.constant(null),
  expiresAt: fc.constant(null),
  inviterEmail: fc.constant(null),
  lastResentAt: fc.constantFrom(null, '2026-01-01T11:59:50.000Z', '2026-01-01T11:58:00.000Z'),
  resentCount: fc.constant(0),
  metadata: fc.constant({}),
});
const organizationRoles = fc.constantFrom(roles, roles.slice(1), []);

describe('the memory adapter’s permissions over the core policy decide as before', () => {
  it('permissionsFor', () => {
    fc.assert(
      fc.property(fc.option(membership, { nil: undefined }), organizationRoles, (m, orgRoles) => {
        expect(permissionsFor(m, orgRoles)).toEqual(before.permissionsFor(m, orgRoles));
      }),
    );
  });

  it('isLastAdmin', () => {
    fc.assert(
      fc.property(
        fc.array(membership, { minLength: 1, maxLength: 6 }),
        fc.nat(5),
        organizationRoles,
        (all, i, orgRoles) => {
          const target = all[i % all.length]!;
          expect(isLastAdmin(target, all, orgRoles)).toBe(before.isLastAdmin(target, all, orgRoles));
        },
      ),
    );
  });

  it('resendAllowedAt, with the 60 s cooldown the memory adapter declares', () => {
    expect(resendCooldownMs).toBe(60_000);
    fc.assert(
      fc.property(membership, (m) => {
        expect(resendAllowedAt(m)).toBe(before.resendAllowedAt(m));
      }),
    );
  });

  it('memberActions', () => {
    const flags = fc.record({
      viewMembers: fc.boolean(),
      inviteMembers: fc.boolean(),
      manageMembers: fc.boolean(),
      updateOrganization: fc.boolean(),
      manageUsers: fc.boolean(),
    });
    fc.assert(
      fc.property(membership, flags, fc.boolean(), (m, permissions, lastAdmin) => {
        const context = { permissions, lastAdmin, now };
        expect(memberActions(m, context)).toEqual(before.memberActions(m, context));
      }),
    );
  });
});
