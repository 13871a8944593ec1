import { describe, expect, it } from 'vitest';
import type { MembershipStatus } from '../member.ts';
import type { Role } from '../role.ts';
import type { OrganizationPermissions } from '../viewer.ts';
import type { SelfChanges } from './access-policy.ts';
import { decideMemberActions } from './member-actions.ts';
import type { MemberRowState } from './member-row.ts';
import type { PolicyDecision } from './policy-decision.ts';
import { permissionNames } from './viewer-permissions.ts';

const roles: Role[] = [
  { name: 'admin', displayName: 'Admin', description: null, isDefault: false, isAdmin: true },
  { name: 'member', displayName: 'Member', description: null, isDefault: true, isAdmin: false },
];
/** All 32 permission sets: the rules must read only the two that matter. */
const everyPermissionSet: OrganizationPermissions[] = Array.from({ length: 32 }, (_, bits) => {
  const set = {} as OrganizationPermissions;
  permissionNames.forEach((name, i) => {
    set[name] = (bits & (1 << i)) !== 0;
  });
  return set;
});
const statuses: MembershipStatus[] = ['active', 'inactive', 'pending_invite', 'invite_expired'];
const now = Date.parse('2026-01-01T12:00:00.000Z');
const minute = 60_000;
/** When the invitation was last sent, against a one-minute cooldown (or none). */
const sendings = [
  { name: 'never sent', invitedAt: null, lastResentAt: null, cooldown: minute, waitMs: 0 },
  {
    name: 'sent 10 s ago',
    invitedAt: new Date(now - 10_000).toISOString(),
    lastResentAt: null,
    cooldown: minute,
    waitMs: 50_000,
  },
  {
    name: 'resent 59 s ago',
    invitedAt: new Date(now - 10 * minute).toISOString(),
    lastResentAt: new Date(now - 59_000).toISOString(),
    cooldown: minute,
    waitMs: 1000,
  },
  {
    name: 'sent a minute ago',
    invitedAt: new Date(now - minute).toISOString(),
    lastResentAt: null,
    cooldown: minute,
    waitMs: 0,
  },
  {
    name: 'sent 10 s ago, no cooldown',
    invitedAt: new Date(now - 10_000).toISOString(),
    lastResentAt: null,
    cooldown: null,
    waitMs: 0,
  },
] as const;

interface Case {
  permissions: OrganizationPermissions;
  status: MembershipStatus;
  admin: boolean;
  self: boolean;
  lastAdmin: boolean;
  directory: boolean;
  selfChanges: SelfChanges;
  sending: (typeof sendings)[number];
}

function* everyCase(): Generator<Case> {
  for (const permissions of everyPermissionSet)
    for (const status of statuses)
      for (const admin of [false, true])
        for (const self of [false, true])
          for (const lastAdmin of [false, true])
            for (const directory of [false, true])
              for (const selfChanges of ['allow', 'deny'] as const)
                for (const sending of sendings)
                  yield { permissions, status, admin, self, lastAdmin, directory, selfChanges, sending };
}

function decide(c: Case) {
  const row: MemberRowState = {
    userId: c.self ? 'usr_viewer' : 'usr_other',
    roles: c.admin ? ['admin'] : ['member'],
    status: c.status,
    provisioning: c.directory ? 'scim' : 'invitation',
    invitedAt: c.sending.invitedAt,
    lastResentAt: c.sending.lastResentAt,
  };
  return decideMemberActions(row, {
    viewerId: 'usr_viewer',
    permissions: c.permissions,
    roles,
    policy: { selfChanges: c.selfChanges },
    lastAdmin: c.lastAdmin,
    now,
    resendCooldownMs: c.sending.cooldown,
  });
}

/** The first rule that matches decides, in the order the rows of each table are written. */
type Rule = [when: (c: Case) => boolean, then: PolicyDecision];
const firstMatch = (rules: Rule[], c: Case): PolicyDecision =>
  rules.find(([when]) => when(c))?.[1] ?? { allowed: true };
const invitation = (c: Case) => c.status === 'pending_invite' || c.status === 'invite_expired';

const expected = {
  changeRoles: (c: Case) =>
    firstMatch(
      [
        [(c) => !c.permissions.manageMembers, { allowed: false, reason: 'not_permitted' }],
        [(c) => c.directory, { allowed: false, reason: 'managed_by_directory' }],
        [(c) => c.lastAdmin, { allowed: false, reason: 'last_admin' }],
        // The roles are not chosen yet: the row only warns that dropping admin demotes the viewer.
        [(c) => c.self && c.admin, { allowed: true, selfAction: 'self_demotion' }],
      ],
      c,
    ),
  remove: (c: Case) =>
    firstMatch(
      [
        [(c) => !c.permissions.manageMembers, { allowed: false, reason: 'not_permitted' }],
        [(c) => c.directory, { allowed: false, reason: 'managed_by_directory' }],
        [(c) => c.lastAdmin, { allowed: false, reason: 'last_admin' }],
        [(c) => c.self && c.selfChanges === 'deny', { allowed: false, reason: 'self_removal' }],
        [(c) => c.self, { allowed: true, selfAction: 'self_removal' }],
      ],
      c,
    ),
  resendInvitation: (c: Case) =>
    firstMatch(
      [
        [(c) => !c.permissions.inviteMembers, { allowed: false, reason: 'not_permitted' }],
        [(c) => !invitation(c), { allowed: false, reason: 'not_an_invitation' }],
        [
          (c) => c.sending.waitMs > 0,
          { allowed: false, reason: 'resend_cooldown', retryAfterMs: c.sending.waitMs },
        ],
      ],
      c,
    ),
  revokeInvitation: (c: Case) =>
    firstMatch(
      [
        [(c) => !c.permissions.inviteMembers, { allowed: false, reason: 'not_permitted' }],
        [(c) => !invitation(c), { allowed: false, reason: 'not_an_invitation' }],
      ],
      c,
    ),
};

describe('decideMemberActions over every permission set × row state × self/other × last admin × directory', () => {
  // Decided once: 40,960 rows, four actions each.
  const cases = [...everyCase()].map((c) => ({ c, actions: decide(c) }));

  it('covers every combination', () => {
    expect(cases).toHaveLength(32 * 4 * 2 * 2 * 2 * 2 * 2 * sendings.length);
  });

  it.each(Object.keys(expected) as (keyof typeof expected)[])('decides %s by its table', (action) => {
    const wrong = cases
      .map(({ c, actions }) => ({ c, got: actions[action], want: expected[action](c) }))
      .filter(({ got, want }) => JSON.stringify(got) !== JSON.stringify(want));
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});

describe('decideMemberActions, case by case', () => {
  const base: Case = {
    permissions: {
      viewMembers: true,
      inviteMembers: true,
      manageMembers: true,
      updateOrganization: true,
      manageUsers: true,
    },
    status: 'active',
    admin: false,
    self: false,
    lastAdmin: false,
    directory: false,
    selfChanges: 'allow',
    sending: sendings[0],
  };

  it('given an admin viewing an ordinary member, offers a role change and removal, and no invitation actions', () => {
    expect(decide(base)).toEqual({
      changeRoles: { allowed: true },
      remove: { allowed: true },
      resendInvitation: { allowed: false, reason: 'not_an_invitation' },
      revokeInvitation: { allowed: false, reason: 'not_an_invitation' },
    });
  });

  it('given the viewer’s own row as the last admin, refuses both with last_admin, not a self marker', () => {
    const actions = decide({ ...base, self: true, admin: true, lastAdmin: true });
    expect(actions.changeRoles).toEqual({ allowed: false, reason: 'last_admin' });
    expect(actions.remove).toEqual({ allowed: false, reason: 'last_admin' });
  });

  it('given a directory-managed last admin, says the directory first: that is where to act', () => {
    expect(decide({ ...base, directory: true, lastAdmin: true, admin: true }).remove).toEqual({
      allowed: false,
      reason: 'managed_by_directory',
    });
  });

  it('given a pending invitation just sent, says how long until it may be sent again', () => {
    expect(decide({ ...base, status: 'pending_invite', sending: sendings[1] }).resendInvitation).toEqual({
      allowed: false,
      reason: 'resend_cooldown',
      retryAfterMs: 50_000,
    });
  });

  it('given a member who may only invite, offers invitation actions and nothing else', () => {
    const actions = decide({
      ...base,
      status: 'invite_expired',
      permissions: { ...base.permissions, manageMembers: false },
    });
    expect(actions.changeRoles).toEqual({ allowed: false, reason: 'not_permitted' });
    expect(actions.revokeInvitation).toEqual({ allowed: true });
    expect(actions.resendInvitation).toEqual({ allowed: true });
  });
});
