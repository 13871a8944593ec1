// Policy rules, by property: whatever a row and a viewer look like, the row offers what the write
// guards accept, today's Member.actions stay within ActionDeniedReason, and roles only ever add.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionDeniedReason, MembershipStatus, ProvisioningMethod } from '../../src/core/member.ts';
import type { AccessPolicy } from '../../src/core/policy/access-policy.ts';
import { holdsAdminRole } from '../../src/core/policy/admin-roles.ts';
import { decideMemberActions } from '../../src/core/policy/member-actions.ts';
import type { MemberRowState } from '../../src/core/policy/member-row.ts';
import { checkMembershipChange, checkRemoval } from '../../src/core/policy/membership-guards.ts';
import { toMemberActions } from '../../src/core/policy/policy-decision.ts';
import { permissionNames, viewerPermissions } from '../../src/core/policy/viewer-permissions.ts';
import type { Role } from '../../src/core/role.ts';
import type { OrganizationPermissions } from '../../src/core/viewer.ts';

const roleNames = ['admin', 'owner', 'member', 'billing_manager'] as const;
const roles: Role[] = roleNames.map((name) => ({
  name,
  displayName: name,
  description: null,
  isDefault: name === 'member',
  isAdmin: name === 'admin' || name === 'owner',
}));
const statuses: MembershipStatus[] = ['active', 'inactive', 'pending_invite', 'invite_expired'];
const provisionings: ProvisioningMethod[] = ['invitation', 'dashboard', 'jit_sso', 'scim', 'api', 'unknown'];

const someRoles = fc.subarray([...roleNames], { minLength: 1 });
const permissions = fc.record(
  Object.fromEntries(permissionNames.map((name) => [name, fc.boolean()])) as Record<
    keyof OrganizationPermissions,
    fc.Arbitrary<boolean>
  >,
);
const row: fc.Arbitrary<MemberRowState> = fc.record({
  userId: fc.constantFrom('usr_viewer', 'usr_other', null),
  roles: someRoles,
  status: fc.constantFrom(...statuses),
  provisioning: fc.constantFrom(...provisionings),
  invitedAt: fc.constantFrom(null, '2026-01-01T11:59:30.000Z', '2025-12-01T00:00:00.000Z'),
  lastResentAt: fc.constantFrom(null, '2026-01-01T11:59:50.000Z'),
});
const context = fc.record({
  viewerId: fc.constantFrom('usr_viewer', null),
  permissions,
  roles: fc.constant(roles),
  lastAdmin: fc.boolean(),
  now: fc.constant(Date.parse('2026-01-01T12:00:00.000Z')),
  resendCooldownMs: fc.constantFrom(null, 0, 60_000),
  policy: fc.record({ selfChanges: fc.constantFrom('allow' as const, 'deny' as const) }),
});
const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((name) => b.includes(name));

describe('the row offers what the write guards accept', () => {
  it('a role change is refused by the guard for the reason the row gives, except the last admin keeping an admin role', () => {
    fc.assert(
      fc.property(row, context, someRoles, (member, facts, next) => {
        const offer = decideMemberActions(member, facts).changeRoles;
        const check = checkMembershipChange(member, { roles: next }, facts);
        if (sameSet(next, member.roles)) {
          expect(check.allowed).toBe(facts.permissions.manageMembers);
        } else if (!offer.allowed && offer.reason === 'last_admin') {
          // The row cannot know the choice; the guard lets the last admin swap one admin role for another.
          expect(check.allowed).toBe(holdsAdminRole(next, roles));
        } else if (!offer.allowed) {
          expect(check).toEqual(offer);
        } else {
          expect(check.allowed || check.reason === 'self_demotion').toBe(true);
          const demotes = check.allowed ? check.selfAction === 'self_demotion' : true;
          // A change that demotes the viewer is only possible on a row that warned of it.
          if (demotes) expect(offer.selfAction).toBe('self_demotion');
        }
      }),
    );
  });

  it('removal on the row is the guard’s answer', () => {
    fc.assert(
      fc.property(row, context, (member, facts) => {
        expect(decideMemberActions(member, facts).remove).toEqual(checkRemoval(member, facts));
      }),
    );
  });

  it('today’s Member.actions only ever carry reasons ActionDeniedReason has', () => {
    const known: ActionDeniedReason[] = [
      'not_permitted',
      'last_admin',
      'managed_by_directory',
      'not_an_invitation',
      'invitation_not_pending',
      'resend_cooldown',
    ];
    fc.assert(
      fc.property(row, context, (member, facts) => {
        for (const permission of Object.values(toMemberActions(decideMemberActions(member, facts)))) {
          if (permission.allowed) expect(permission).toEqual({ allowed: true });
          else expect(known).toContain(permission.reason);
        }
      }),
    );
  });
});

describe('viewer permissions', () => {
  const grants = fc.record(
    Object.fromEntries(permissionNames.map((name) => [name, fc.boolean()])) as Record<
      keyof OrganizationPermissions,
      fc.Arbitrary<boolean>
    >,
    { requiredKeys: [] },
  );
  const policy: fc.Arbitrary<AccessPolicy> = fc.record({
    rolePermissions: fc.dictionary(fc.constantFrom(...roleNames), grants),
    unmappedRolePermissions: grants,
  });

  it('holding one more role never takes a permission away', () => {
    fc.assert(
      fc.property(policy, someRoles, fc.constantFrom(...roleNames), (mapping, held, extra) => {
        const before = viewerPermissions({ status: 'active', roles: held }, roles, mapping);
        const after = viewerPermissions({ status: 'active', roles: [...held, extra] }, roles, mapping);
        for (const name of permissionNames) if (before[name]) expect(after[name]).toBe(true);
      }),
    );
  });

  it('an inactive membership grants nothing, whatever it holds', () => {
    fc.assert(
      fc.property(
        policy,
        someRoles,
        fc.constantFrom('inactive', 'pending_invite', 'invite_expired'),
        (mapping, held, status) => {
          expect(Object.values(viewerPermissions({ status, roles: held }, roles, mapping))).not.toContain(
            true,
          );
        },
      ),
    );
  });
});
