import type { AttributeValue } from '../../core/attribute-value.ts';
import type { JsonValue } from '../../core/json.ts';
import type { MembershipStatus, ProvisioningMethod } from '../../core/member.ts';
import type { User } from '../../core/user.ts';
import { memoryMembership, memoryUser, seededInvitationId, seededRoles } from './fixtures.ts';
import type { MemoryData, StoredMembership } from './memory-data.ts';
import { memoryExternalIds, memoryIds } from './memory-ids.ts';
import { mulberry32, pickOne, pickWeighted, type Random, randomInt } from './prng.ts';
import { seededDefinitions } from './seed-definitions.ts';
import { type NameCulture, nameCultures, sampleBios } from './seed-people.ts';
import { addViewerOrganizations } from './seed-viewer-organizations.ts';

/** How long an invitation stays valid (Scalekit's default). */
export const invitationLifetimeMs = 15 * 24 * 60 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;
const invitationLifetimeDays = invitationLifetimeMs / dayMs;
const domain = 'acme.example';

/** What the seed depends on. */
export interface SeedOptions {
  /** PRNG seed: the same seed gives the same members. */
  seed: number;
  /** Members of Acme in all, named fixtures included. */
  memberCount: number;
  /** The clock (ms) the seeded timestamps count back from, so pending invitations are still pending. */
  now: number;
}

/** Builds the seeded backend: Acme with its roles, fixtures and a deterministic crowd of members. */
export function createSeedData({ seed, memberCount, now }: SeedOptions): MemoryData {
  // Whole minutes keep timestamps tidy in the UI; fake timers pin them in tests.
  const anchor = Math.floor(now / 60_000) * 60_000;
  // Formatting dates dominates generating 10,000 members; whole days repeat, so remember them.
  const formatted = new Map<number, string>();
  const at = (daysAgo: number) => {
    let text = formatted.get(daysAgo);
    if (text === undefined) {
      text = new Date(anchor - daysAgo * dayMs).toISOString();
      formatted.set(daysAgo, text);
    }
    return text;
  };
  const data: MemoryData = {
    organizations: {
      [memoryIds.organization]: {
        id: memoryIds.organization,
        displayName: 'Acme Corporation',
        externalId: memoryExternalIds.organization,
        metadata: { plan_type: 'enterprise', billing_customer_id: 'stripe_cus_abc123' },
        createdAt: at(800),
        updatedAt: at(30),
        version: '1',
      },
      [memoryIds.otherOrganization]: {
        id: memoryIds.otherOrganization,
        displayName: 'Globex Inc',
        externalId: memoryExternalIds.otherOrganization,
        metadata: { plan_type: 'starter' },
        createdAt: at(400),
        updatedAt: at(400),
        version: '1',
      },
    },
    roles: { [memoryIds.organization]: seededRoles(), [memoryIds.otherOrganization]: seededRoles() },
    users: {},
    memberships: [],
    definitions: seededDefinitions(),
    sequence: 0,
  };
  const adminEmail = `maya.okafor@${domain}`;
  for (const [user, membership] of namedFixtures(at, adminEmail)) {
    data.users[user.id] = user;
    data.memberships.push({
      ...membership,
      organizationId: memoryIds.organization,
      userId: user.id,
      invitationId:
        membership.invitationId === null ? null : seededInvitationId(memoryIds.organization, user.id),
    });
  }
  const globexOwner = memoryUser({
    id: 'usr_96194455173800099',
    email: 'hank.scorpio@globex.example',
    profile: { givenName: 'Hank', familyName: 'Scorpio', name: 'Hank Scorpio' },
    createdAt: at(400),
  });
  data.users[globexOwner.id] = globexOwner;
  data.memberships.push(
    memoryMembership({
      organizationId: memoryIds.otherOrganization,
      userId: globexOwner.id,
      roles: ['admin'],
      joinedAt: at(400),
    }),
  );

  addViewerOrganizations(data, at);

  const random = mulberry32(seed);
  const usedEmails = new Set(Object.values(data.users).map((user) => user.email));
  const generated = Math.max(0, memberCount - namedFixtureCount);
  for (let index = 0; index < generated; index += 1) {
    const [user, membership] = generatedMember(random, index, at, adminEmail, usedEmails);
    data.users[user.id] = user;
    data.memberships.push(membership);
  }
  return data;
}

type MembershipFields = Omit<StoredMembership, 'organizationId' | 'userId'>;
type At = (daysAgo: number) => string;

const namedFixtureCount = 11;

function active(at: At, joinedDaysAgo: number, fields: Partial<MembershipFields> = {}): MembershipFields {
  const {
    organizationId: _o,
    userId: _u,
    ...rest
  } = memoryMembership({
    organizationId: '',
    userId: '',
    joinedAt: at(joinedDaysAgo),
    ...fields,
  });
  return rest;
}

/** The records stories and tests name through `memoryIds`. */
function namedFixtures(at: At, adminEmail: string): [User, MembershipFields][] {
  const invited = (daysAgo: number, status: MembershipStatus, extra: Partial<MembershipFields> = {}) =>
    active(at, 0, {
      status,
      provisioning: 'invitation',
      joinedAt: null,
      invitedAt: at(daysAgo),
      expiresAt: at(daysAgo - invitationLifetimeDays),
      inviterEmail: adminEmail,
      ...extra,
    });
  return [
    [
      memoryUser({
        id: memoryIds.admin,
        email: adminEmail,
        externalId: 'SALESFORCE-000417',
        createdAt: at(800),
        updatedAt: at(12),
        lastLoginAt: at(0.1),
        profile: {
          givenName: 'Maya',
          familyName: 'Okafor',
          name: 'Maya Okafor',
          locale: 'en-US',
          phoneNumber: '+14155552671',
          phoneNumberVerified: true,
          customAttributes: {
            bio: 'Runs the platform team. Ask me about single sign-on.',
            website: 'https://maya-okafor.example.com',
            backup_email: 'maya@okafor.example',
            employee_id: 'EMP-1001',
            department: 'engineering',
            skills: ['typescript', 'security', 'management'],
            start_date: '2019-04-01',
            years_experience: 14,
            cost_center: 'CC-1001',
            newsletter: true,
          },
        },
        userMetadata: { theme: 'dark', timezone: 'America/Los_Angeles' },
        appMetadata: { crm_account_id: 'ACC-789', territory: 'West Coast', hubspot_contact_id: '12345' },
      }),
      active(at, 800, { roles: ['admin'], provisioning: 'dashboard', metadata: { seat_type: 'full' } }),
    ],
    [
      memoryUser({
        id: memoryIds.member,
        email: `jonas.muller@${domain}`,
        externalId: memoryExternalIds.member,
        createdAt: at(300),
        lastLoginAt: at(2),
        profile: {
          givenName: 'Jonas',
          familyName: 'Müller',
          name: 'Jonas Müller',
          locale: 'de-DE',
          customAttributes: { department: 'sales', years_experience: 6, newsletter: false },
        },
        appMetadata: { department: 'Sales', quota: '150000' },
      }),
      active(at, 290, {
        provisioning: 'invitation',
        invitedAt: at(300),
        inviterEmail: adminEmail,
        metadata: { seat_type: 'full', sales_region: 'EMEA' },
      }),
    ],
    [
      memoryUser({
        id: memoryIds.idpUser,
        email: `kenji.watanabe@${domain}`,
        createdAt: at(200),
        lastLoginAt: at(1),
        profile: {
          givenName: 'Kenji',
          familyName: 'Watanabe',
          name: 'Kenji Watanabe',
          locale: 'ja-JP',
          customAttributes: { department: 'engineering', cost_center: 'CC-4410', skills: ['react'] },
        },
        identities: [
          {
            provider: 'okta',
            displayName: 'Okta',
            providerUserId: '00u1f2g3h4IJKLmn5o6p',
            attributes: {
              given_name: 'Kenji',
              family_name: 'Watanabe',
              name: 'Kenji Watanabe',
              department: 'Engineering',
              cost_center: 'CC-4410',
            },
            lastSyncedAt: at(1),
          },
        ],
      }),
      active(at, 200, { provisioning: 'jit_sso' }),
    ],
    [
      memoryUser({
        id: memoryIds.billingManager,
        email: `sofia.hernandez@${domain}`,
        createdAt: at(500),
        profile: { givenName: 'Sofía', familyName: 'Hernández', name: 'Sofía Hernández', locale: 'es-MX' },
      }),
      active(at, 500, { roles: ['billing_manager'], provisioning: 'api' }),
    ],
    [
      memoryUser({
        id: memoryIds.directoryMember,
        email: `aaliyah.johnson@${domain}`,
        createdAt: at(150),
        profile: { givenName: 'Aaliyah', familyName: 'Johnson', name: 'Aaliyah Johnson' },
        identities: [
          {
            provider: 'okta',
            displayName: 'Okta',
            providerUserId: '00u9z8y7x6WVUTsr5q4p',
            attributes: { given_name: 'Aaliyah', family_name: 'Johnson' },
            lastSyncedAt: at(0.5),
          },
        ],
      }),
      active(at, 150, { provisioning: 'scim', metadata: { directory_group: 'Engineering' } }),
    ],
    [
      memoryUser({
        id: memoryIds.pendingInvite,
        email: `priya.sharma@${domain}`,
        emailVerified: false,
        createdAt: at(3),
        profile: { givenName: 'Priya', familyName: 'Sharma' },
      }),
      invited(3, 'pending_invite'),
    ],
    [
      memoryUser({
        id: memoryIds.expiredInvite,
        email: `li.wei@${domain}`,
        emailVerified: false,
        createdAt: at(20),
      }),
      invited(20, 'invite_expired', { roles: ['billing_manager'] }),
    ],
    [
      memoryUser({
        id: memoryIds.inactiveMember,
        email: `olu.adeyemi@${domain}`,
        createdAt: at(600),
        profile: { givenName: 'Olúwásẹ̀gun', familyName: 'Adéyẹmí', name: 'Olúwásẹ̀gun Adéyẹmí' },
      }),
      active(at, 600, { status: 'inactive', provisioning: 'scim' }),
    ],
    [
      memoryUser({
        id: memoryIds.rtlName,
        email: `layla.haddad@${domain}`,
        createdAt: at(90),
        profile: { givenName: 'ليلى', familyName: 'حداد', name: 'ليلى حداد', locale: 'ar-EG' },
      }),
      active(at, 90, { provisioning: 'invitation', invitedAt: at(92), inviterEmail: adminEmail }),
    ],
    [
      memoryUser({
        id: memoryIds.htmlName,
        email: `html.tester@${domain}`,
        createdAt: at(45),
        profile: {
          givenName: '<b>bold</b>',
          familyName: '<img src=x onerror=alert(1)>',
          name: '<b>bold</b> <script>alert("hi")</script>',
          customAttributes: { bio: '<i>not italic</i> & "quoted"' },
        },
      }),
      active(at, 45, { provisioning: 'api' }),
    ],
    [
      memoryUser({
        id: memoryIds.longName,
        email: `maximiliana.wilhelmina.theodora.von-hohenzollern-sigmaringen@${domain}`,
        createdAt: at(60),
        profile: {
          givenName: 'Maximiliana Wilhelmina Theodora',
          familyName: 'von Hohenzollern-Sigmaringen-Brandenburg',
          name: 'Maximiliana Wilhelmina Theodora von Hohenzollern-Sigmaringen-Brandenburg',
        },
      }),
      active(at, 60, { roles: ['member', 'billing_manager'], provisioning: 'dashboard' }),
    ],
  ];
}

const statusWeights: Record<MembershipStatus, number> = {
  active: 70,
  pending_invite: 12,
  invite_expired: 8,
  inactive: 10,
};

const activeProvisioning: Record<Exclude<ProvisioningMethod, 'unknown'>, number> = {
  invitation: 35,
  dashboard: 15,
  jit_sso: 25,
  scim: 15,
  api: 10,
  // Scalekit's other methods: not drawn, so the seeded data stays what stories and tests expect.
  org_creator: 0,
  allowed_email_domain: 0,
  direct: 0,
};

function fullName(culture: NameCulture, given: string, family: string): string {
  return culture.order === 'family-first'
    ? `${family}${culture.separator}${given}`
    : `${given}${culture.separator}${family}`;
}

/** One generated member: names, status and provisioning drawn from the PRNG. */
function generatedMember(
  random: Random,
  index: number,
  at: At,
  adminEmail: string,
  usedEmails: Set<string>,
): [User, StoredMembership] {
  const culture = pickOne(random, nameCultures);
  const [given, givenHandle] = pickOne(random, culture.given);
  const [family, familyHandle] = pickOne(random, culture.family);
  let email = `${givenHandle}.${familyHandle}@${domain}`;
  if (usedEmails.has(email)) email = `${givenHandle}.${familyHandle}${index + 2}@${domain}`;
  usedEmails.add(email);

  const status = pickWeighted(random, statusWeights);
  const invitation = status === 'pending_invite' || status === 'invite_expired';
  const provisioning: ProvisioningMethod = invitation
    ? 'invitation'
    : status === 'inactive'
      ? 'scim'
      : pickWeighted(random, activeProvisioning);
  const roll = random();
  const roles = roll < 0.08 ? ['billing_manager'] : roll < 0.12 ? ['member', 'billing_manager'] : ['member'];
  const knowsName = !invitation || random() < 0.5;

  const customAttributes: Record<string, AttributeValue> = {};
  if (!invitation) {
    if (random() < 0.6) customAttributes.department = pickOne(random, departments);
    if (random() < 0.3) customAttributes.years_experience = randomInt(random, 0, 30);
    if (random() < 0.2) customAttributes.bio = pickOne(random, sampleBios);
    if (random() < 0.3) customAttributes.newsletter = random() < 0.5;
  }
  const metadata: Record<string, JsonValue> = {};
  if (random() < 0.25) metadata.seat_type = random() < 0.8 ? 'full' : 'viewer';

  const invitedDaysAgo = status === 'pending_invite' ? randomInt(random, 1, 13) : randomInt(random, 16, 60);
  const joinedDaysAgo = randomInt(random, 1, 720);
  const viaInvitation = provisioning === 'invitation';
  // Zero-padded so IDs sort like the insertion order; 21 characters like Scalekit's `usr_…` IDs.
  const id = `usr_962${String(index).padStart(14, '0')}`;
  const createdAt = at(invitation ? invitedDaysAgo : joinedDaysAgo + 2);
  // Whole literals rather than memoryUser()/memoryMembership(): object spreads cost too much at 10,000.
  const user: User = {
    id,
    email,
    emailVerified: !invitation,
    externalId: random() < 0.35 ? `SALESFORCE-${String(100000 + index).padStart(6, '0')}` : null,
    profile: {
      givenName: knowsName ? given : null,
      familyName: knowsName ? family : null,
      name: knowsName ? fullName(culture, given, family) : null,
      locale: null,
      phoneNumber: null,
      phoneNumberVerified: false,
      picture: null,
      customAttributes,
    },
    userMetadata: {},
    appMetadata: {},
    overrides: {},
    identities: [],
    createdAt,
    updatedAt: createdAt,
    lastLoginAt: status === 'active' ? at(randomInt(random, 0, 30)) : null,
    version: '1',
  };
  const membership: StoredMembership = {
    organizationId: memoryIds.organization,
    userId: id,
    invitationId: invitation ? seededInvitationId(memoryIds.organization, id) : null,
    email: null,
    roles,
    status,
    provisioning,
    invitedAt: invitation || viaInvitation ? at(invitation ? invitedDaysAgo : joinedDaysAgo + 1) : null,
    joinedAt: invitation ? null : at(joinedDaysAgo),
    expiresAt: invitation ? at(invitedDaysAgo - invitationLifetimeDays) : null,
    inviterEmail: invitation || viaInvitation ? adminEmail : null,
    lastResentAt: null,
    resentCount: 0,
    metadata,
  };
  return [user, membership];
}

const departments = ['engineering', 'design', 'sales', 'marketing', 'finance', 'people', 'support', 'legal'];
