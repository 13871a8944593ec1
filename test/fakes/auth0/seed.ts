/**
 * A small Auth0 tenant in the fake, in the shape the adapter conformance suite needs: an organization
 * (`name` = its external ID) whose only admin is the viewer, a plain member with an external ID, a
 * member signed in through Google whose name and picture the provider manages (the seed's
 * identity-provider case), a member from an enterprise connection a directory provisions (SCIM), more
 * members so lists span pages, a pending invitation, and a second organization. Also the host's
 * definitions: where each field lives follows from its write policy.
 */
import type { AttributeDefinition } from '../../../src/core/attribute-definition.ts';
import type { FakeAuth0 } from './fake-auth0.ts';
import type { FakeUser } from './fake-auth0-wire.ts';

/** The IDs of the seeded tenant. */
export interface Auth0Seed {
  organizationId: string;
  organizationExternalId: string;
  otherOrganizationId: string;
  otherOrganizationExternalId: string;
  adminUserId: string;
  memberUserId: string;
  memberExternalId: string;
  idpUserId: string;
  directoryManagedUserId: string;
  pendingInvitationId: string;
  pendingInviteEmail: string;
  /** The enterprise connection the directory provisions. */
  directoryConnection: string;
  roleIds: { admin: string; member: string; billing: string };
}

/** The viewer's organizations besides the suite's one (see `seedAuth0`). */
export const viewerOrganizationIds = { initech: 'org_initech0000001', hooli: 'org_hooli00000001' } as const;

/** What else to seed. */
export interface SeedOptions {
  /**
   * The viewer's other organizations (the organization switcher): Initech, with two roles, and hooli,
   * with no display name. Off by default: the demo's handler keeps each person in their session's
   * organization, and other tests count the viewer's organizations.
   */
  viewerOrganizations?: boolean;
}

/** Makes the viewer a member of `viewerOrganizationIds` (Auth0's display name is optional: hooli has none). */
function seedViewerOrganizations(fake: FakeAuth0, roleIds: { member: string; billing: string }): void {
  const tenant = fake.tenant;
  tenant.organizations.set(viewerOrganizationIds.initech, {
    id: viewerOrganizationIds.initech,
    name: 'initech',
    display_name: 'Initech',
    metadata: {},
  });
  tenant.organizations.set(viewerOrganizationIds.hooli, {
    id: viewerOrganizationIds.hooli,
    name: 'hooli',
    metadata: {},
  });
  tenant.members.set(
    viewerOrganizationIds.initech,
    new Map([['auth0|ada', new Set([roleIds.member, roleIds.billing])]]),
  );
  tenant.members.set(viewerOrganizationIds.hooli, new Map([['auth0|ada', new Set([roleIds.member])]]));
}

const managedByGoogle = 'Managed by your Google account.';

/** The host's definitions of the seeded fields (Auth0 stores none). */
export const auth0TestDefinitions: AttributeDefinition[] = [
  {
    key: 'givenName',
    scope: 'standard',
    label: 'First name',
    type: 'text',
    required: false,
    maxLength: 150,
    order: 1,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'familyName',
    scope: 'standard',
    label: 'Last name',
    type: 'text',
    required: false,
    maxLength: 150,
    order: 2,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'picture',
    scope: 'standard',
    label: 'Picture',
    type: 'url',
    required: false,
    order: 3,
    policy: {
      write: 'none',
      source: 'identity_provider',
      readOnlyReason: managedByGoogle,
      allowOverride: true,
    },
  },
  {
    key: 'locale',
    scope: 'standard',
    label: 'Language',
    type: 'locale',
    required: false,
    order: 4,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'bio',
    scope: 'custom',
    label: 'About you',
    type: 'long_text',
    required: false,
    maxLength: 240,
    order: 5,
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
    order: 6,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'department',
    scope: 'custom',
    label: 'Department',
    type: 'text',
    required: false,
    maxLength: 80,
    order: 7,
    policy: { write: 'admin', source: 'user' },
  },
  {
    key: 'cost_center',
    scope: 'custom',
    label: 'Cost center',
    type: 'text',
    required: false,
    order: 8,
    policy: { write: 'none', source: 'system', readOnlyReason: 'Set by Finance.' },
  },
];

function databaseUser(
  id: string,
  email: string,
  name: string,
  at: string,
  extra: Partial<FakeUser> = {},
): FakeUser {
  const [given = '', family = ''] = name.split(' ');
  return {
    user_id: `auth0|${id}`,
    email,
    email_verified: true,
    name,
    given_name: given,
    family_name: family,
    created_at: at,
    updated_at: at,
    identities: [
      { provider: 'auth0', connection: 'Username-Password-Authentication', user_id: id, isSocial: false },
    ],
    user_metadata: {},
    app_metadata: {},
    ...extra,
  };
}

/** Fills the fake's (reset) tenant; `now` dates the invitation. */
export function seedAuth0(fake: FakeAuth0, now: number = Date.now(), options: SeedOptions = {}): Auth0Seed {
  const tenant = fake.tenant;
  const at = new Date(now - 30 * 86_400_000).toISOString();
  const roleIds = {
    admin: 'rol_admin0000000001',
    member: 'rol_member000000001',
    billing: 'rol_billing00000001',
  };
  tenant.roles.push(
    { id: roleIds.admin, name: 'admin', description: 'Manages the organization and its members.' },
    { id: roleIds.member, name: 'member', description: 'Uses the product.' },
    { id: roleIds.billing, name: 'billing', description: 'Sees invoices.' },
  );
  const organizationId = 'org_acme00000000001';
  const otherOrganizationId = 'org_globex000000001';
  tenant.organizations.set(organizationId, {
    id: organizationId,
    name: 'acme-corp',
    display_name: 'Acme Corporation',
    metadata: { plan: 'pro' },
  });
  tenant.organizations.set(otherOrganizationId, {
    id: otherOrganizationId,
    name: 'globex-inc',
    display_name: 'Globex',
    metadata: {},
  });

  const directoryConnection = 'acme-okta';
  const users: FakeUser[] = [
    databaseUser('ada', 'ada@acme.example', 'Ada Admin', at, { user_metadata: { bio: 'Runs the team.' } }),
    databaseUser('max', 'max@acme.example', 'Max Member', at, {
      app_metadata: { external_id: 'EMP-0042', department: 'Sales' },
    }),
    {
      user_id: 'google-oauth2|108234567890',
      email: 'gail@acme.example',
      email_verified: true,
      name: 'Gail Google',
      given_name: 'Gail',
      family_name: 'Google',
      picture: 'https://lh3.googleusercontent.example/gail.png',
      locale: 'en',
      created_at: at,
      updated_at: at,
      identities: [
        { provider: 'google-oauth2', connection: 'google-oauth2', user_id: '108234567890', isSocial: true },
      ],
      user_metadata: {},
      app_metadata: { cost_center: 'CC-7' },
    },
    {
      ...databaseUser('dana', 'dana@acme.example', 'Dana Directory', at),
      user_id: `samlp|${directoryConnection}|dana`,
      identities: [
        {
          provider: 'samlp',
          connection: directoryConnection,
          user_id: `${directoryConnection}|dana`,
          isSocial: false,
        },
      ],
    },
    ...['erin', 'finn', 'gus', 'hana', 'ivan', 'jo'].map((id) =>
      databaseUser(id, `${id}@acme.example`, `${id[0]?.toUpperCase()}${id.slice(1)} Person`, at),
    ),
  ];
  const members = new Map<string, Set<string>>();
  for (const user of users) {
    tenant.users.set(user.user_id, user);
    members.set(user.user_id, new Set([user.user_id === 'auth0|ada' ? roleIds.admin : roleIds.member]));
  }
  tenant.members.set(organizationId, members);
  tenant.members.set(otherOrganizationId, new Map([['auth0|erin', new Set([roleIds.admin])]]));
  if (options.viewerOrganizations) seedViewerOrganizations(fake, roleIds);

  const pendingInvitationId = 'uinv_pending0000001';
  const pendingInviteEmail = 'pending@acme.example';
  tenant.invitations.set(organizationId, [
    {
      id: pendingInvitationId,
      organization_id: organizationId,
      inviter: { name: 'ada@acme.example' },
      invitee: { email: pendingInviteEmail },
      client_id: fake.invitationClientId,
      created_at: new Date(now - 86_400_000).toISOString(),
      expires_at: new Date(now + 6 * 86_400_000).toISOString(),
      roles: [roleIds.member],
      invitation_url: `https://app.example/login?invitation=${pendingInvitationId}`,
      ticket_id: 'tkt_pending',
    },
  ]);
  return {
    organizationId,
    organizationExternalId: 'acme-corp',
    otherOrganizationId,
    otherOrganizationExternalId: 'globex-inc',
    adminUserId: 'auth0|ada',
    memberUserId: 'auth0|max',
    memberExternalId: 'EMP-0042',
    idpUserId: 'google-oauth2|108234567890',
    directoryManagedUserId: `samlp|${directoryConnection}|dana`,
    pendingInvitationId,
    pendingInviteEmail,
    directoryConnection,
    roleIds,
  };
}
