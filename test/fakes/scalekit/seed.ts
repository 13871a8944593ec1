/**
 * A small Scalekit environment in the fake, in the shape the adapter conformance suite needs: an
 * organization whose only active admin is the viewer, a plain member with an external ID, a pending
 * and an expired invitation, a member provisioned directly (API or SCIM), and a second organization
 * with an external ID. Also the attribute definitions a host would pass to the adapter.
 */
import type { AttributeDefinition } from '../../../src/core/attribute-definition.ts';
import type { FakeMembership, FakeScalekit, FakeUser } from './fake-scalekit.ts';

/** The IDs and keys of the seeded environment. */
export interface ScalekitSeed {
  organizationId: string;
  organizationExternalId: string;
  otherOrganizationId: string;
  otherOrganizationExternalId: string;
  adminUserId: string;
  memberUserId: string;
  memberExternalId: string;
  pendingInviteUserId: string;
  expiredInviteUserId: string;
  directoryManagedUserId: string;
}

/** The host's definitions of the seeded profile fields (Scalekit stores no such thing). */
export const scalekitTestDefinitions: AttributeDefinition[] = [
  {
    key: 'givenName',
    scope: 'standard',
    label: 'First name',
    type: 'text',
    required: false,
    maxLength: 255,
    order: 1,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'familyName',
    scope: 'standard',
    label: 'Last name',
    type: 'text',
    required: false,
    maxLength: 255,
    order: 2,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'bio',
    scope: 'custom',
    label: 'About you',
    type: 'long_text',
    required: false,
    maxLength: 240,
    order: 3,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'years_experience',
    scope: 'custom',
    label: 'Years of experience',
    type: 'number',
    required: false,
    min: 0,
    max: 80,
    order: 4,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'cost_center',
    scope: 'custom',
    label: 'Cost center',
    type: 'text',
    required: false,
    order: 5,
    policy: { write: 'none', source: 'system', readOnlyReason: 'Set by finance' },
  },
  {
    key: 'badge',
    scope: 'custom',
    label: 'Badge',
    type: 'text',
    required: false,
    order: 6,
    policy: { write: 'admin', source: 'user', readOnlyReason: 'Set by an administrator' },
  },
];

const day = 24 * 3600 * 1000;

/** The viewer's organizations besides the suite's one (see `seedScalekit`). */
export const viewerOrganizationIds = {
  initech: 'org_96194455170000011',
  hooli: 'org_96194455170000012',
  umbrella: 'org_96194455170000013',
  vandelay: 'org_96194455170000014',
} as const;

const viewerOrganizations = new Map<string, string>([
  [viewerOrganizationIds.initech, 'Initech'],
  [viewerOrganizationIds.hooli, 'Hooli'],
  [viewerOrganizationIds.umbrella, 'Umbrella Labs'],
  [viewerOrganizationIds.vandelay, 'Vandelay Industries'],
]);

/** What else to seed. */
export interface SeedOptions {
  /**
   * The viewer's other organizations (the organization switcher): a membership of Initech, a pending
   * invitation to Hooli, an expired one to Umbrella Labs and an inactive membership of Vandelay. Off
   * by default: other tests count the viewer's memberships (removing the last one deletes the user).
   */
  viewerOrganizations?: boolean;
}

/** The viewer's memberships of `viewerOrganizationIds`, built with the seed's `membership`. */
function viewerMemberships(
  membership: (overrides: Partial<FakeMembership>) => FakeMembership,
  at: (offset: number) => string,
): FakeMembership[] {
  return [
    membership({ organization_id: viewerOrganizationIds.initech, roles: ['member', 'admin'] }),
    membership({
      organization_id: viewerOrganizationIds.hooli,
      membership_status: 'PENDING_INVITE',
      created_at: at(-1 * day),
      expires_at: at(14 * day),
    }),
    membership({
      organization_id: viewerOrganizationIds.umbrella,
      membership_status: 'INVITE_EXPIRED',
      created_at: at(-20 * day),
      expires_at: at(-5 * day),
    }),
    membership({ organization_id: viewerOrganizationIds.vandelay, membership_status: 'INACTIVE' }),
  ];
}

/** Fills `fake` with the seeded environment and returns its IDs. */
export function seedScalekit(fake: FakeScalekit, now = Date.now(), options: SeedOptions = {}): ScalekitSeed {
  const at = (offset: number) => new Date(now + offset).toISOString();
  const organizationId = 'org_96194455170000001';
  const otherOrganizationId = 'org_96194455170000002';
  fake.organizations.set(organizationId, {
    id: organizationId,
    display_name: 'Acme Corporation',
    external_id: 'CUST-12345-ACME',
    metadata: { plan_type: 'enterprise' },
    create_time: at(-90 * day),
    update_time: at(-10 * day),
  });
  fake.organizations.set(otherOrganizationId, {
    id: otherOrganizationId,
    display_name: 'Megasoft Inc',
    external_id: 'CUST-12345-MGSFT',
    metadata: {},
    create_time: at(-60 * day),
    update_time: at(-60 * day),
  });
  // The viewer's other organizations (the organization switcher): one more membership, a pending
  // invitation, an expired one and an inactive membership, none of which other tests look at.
  for (const [id, name] of options.viewerOrganizations ? viewerOrganizations : []) {
    fake.organizations.set(id, {
      id,
      display_name: name,
      metadata: {},
      create_time: at(-40 * day),
      update_time: at(-40 * day),
    });
  }
  for (const id of fake.organizations.keys()) {
    fake.roles.set(id, [
      { name: 'admin', display_name: 'Admin', description: 'Manages the organization' },
      { name: 'member', display_name: 'Member', default_member: true },
    ]);
  }

  const membership = (overrides: Partial<FakeMembership>): FakeMembership => ({
    organization_id: organizationId,
    membership_status: 'ACTIVE',
    roles: ['member'],
    metadata: {},
    provisioning_method: 'invitation',
    join_time: at(-30 * day),
    resent_count: 0,
    ...overrides,
  });
  const user = (
    id: string,
    email: string,
    profile: Record<string, unknown>,
    memberships: FakeMembership[],
    extra: Partial<FakeUser> = {},
  ) => {
    fake.users.set(id, {
      id,
      email,
      create_time: at(-30 * day),
      update_time: at(-5 * day),
      metadata: {},
      user_profile: {
        id: id.replace('usr_', 'usp_'),
        email_verified: true,
        custom_attributes: {},
        metadata: {},
        ...profile,
      },
      memberships,
      ...extra,
    });
  };

  const adminUserId = 'usr_96194455173857001';
  const memberUserId = 'usr_96194455173857002';
  const pendingInviteUserId = 'usr_96194455173857003';
  const expiredInviteUserId = 'usr_96194455173857004';
  const directoryManagedUserId = 'usr_96194455173857005';
  user(
    adminUserId,
    'ada@acme.example',
    {
      given_name: 'Ada',
      family_name: 'Lovelace',
      name: 'Ada Lovelace',
      custom_attributes: { bio: 'Founder.' },
    },
    [
      membership({ roles: ['admin'], provisioning_method: 'org_creator', join_time: at(-90 * day) }),
      ...(options.viewerOrganizations ? viewerMemberships(membership, at) : []),
    ],
  );
  // Real responses still carry the deprecated first_name/last_name, and the Node SDK writes only those.
  user(
    memberUserId,
    'grace@acme.example',
    {
      first_name: 'Grace',
      last_name: 'Hopper',
      name: 'Grace Hopper',
      custom_attributes: { years_experience: '12' },
    },
    [
      membership({
        inviter_email: 'ada@acme.example',
        created_at: at(-31 * day),
        accepted_at: at(-30 * day),
      }),
    ],
    { external_id: 'EMP-1002' },
  );
  user(pendingInviteUserId, 'pending@acme.example', {}, [
    membership({
      membership_status: 'PENDING_INVITE',
      inviter_email: 'ada@acme.example',
      created_at: at(-2 * day),
      expires_at: at(13 * day),
      join_time: at(-2 * day),
    }),
  ]);
  user(expiredInviteUserId, 'expired@acme.example', {}, [
    membership({
      membership_status: 'INVITE_EXPIRED',
      inviter_email: 'ada@acme.example',
      created_at: at(-20 * day),
      expires_at: at(-5 * day),
      join_time: at(-20 * day),
    }),
  ]);
  user(directoryManagedUserId, 'linus@acme.example', { given_name: 'Linus', family_name: 'Torvalds' }, [
    membership({ provisioning_method: 'direct_provision' }),
  ]);
  // Members beyond one page of the conformance suite's paging test.
  for (let i = 0; i < 9; i += 1) {
    const id = `usr_9619445517385710${i}`;
    user(id, `teammate${i}@acme.example`, { given_name: `Teammate${i}`, family_name: 'Example' }, [
      membership({}),
    ]);
  }
  return {
    organizationId,
    organizationExternalId: 'CUST-12345-ACME',
    otherOrganizationId,
    otherOrganizationExternalId: 'CUST-12345-MGSFT',
    adminUserId,
    memberUserId,
    memberExternalId: 'EMP-1002',
    pendingInviteUserId,
    expiredInviteUserId,
    directoryManagedUserId,
  };
}
