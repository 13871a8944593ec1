import type { MembershipStatus } from '../../core/member.ts';
import type { User } from '../../core/user.ts';
import { memoryMembership, memoryUser } from './fixtures.ts';
import type { StoredMembership } from './memory-data.ts';
import { memoryExternalIds, memoryIds } from './memory-ids.ts';
import { invitationLifetimeDays, type SeedClock } from './seed-clock.ts';

// Acme's named people: the admin, a plain member, an Okta user, a SCIM member, invitations pending and
// expired, and the awkward names (right-to-left, HTML, very long) every view must survive. Stories and
// tests reach them through `memoryIds`.

/** The email domain of Acme's people. */
export const acmeDomain = 'acme.example';

/** The admin's address: the inviter of every seeded invitation. */
export const acmeAdminEmail = `maya.okafor@${acmeDomain}`;

/** A membership without its organization and user, which the seed fills in. */
export type MembershipFields = Omit<StoredMembership, 'organizationId' | 'userId'>;

/** How many people `namedMembers` returns, so the crowd makes up the rest of the member count. */
export const namedMemberCount = 11;

function active(
  at: SeedClock,
  joinedDaysAgo: number,
  fields: Partial<MembershipFields> = {},
): MembershipFields {
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

/** The records stories and tests name through `memoryIds`, each with its Acme membership. */
export function namedMembers(at: SeedClock): [User, MembershipFields][] {
  const invited = (daysAgo: number, status: MembershipStatus, extra: Partial<MembershipFields> = {}) =>
    active(at, 0, {
      status,
      provisioning: 'invitation',
      joinedAt: null,
      invitedAt: at(daysAgo),
      expiresAt: at(daysAgo - invitationLifetimeDays),
      inviterEmail: acmeAdminEmail,
      ...extra,
    });
  return [
    [
      memoryUser({
        id: memoryIds.admin,
        email: acmeAdminEmail,
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
        email: `jonas.muller@${acmeDomain}`,
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
        inviterEmail: acmeAdminEmail,
        metadata: { seat_type: 'full', sales_region: 'EMEA' },
      }),
    ],
    [
      memoryUser({
        id: memoryIds.idpUser,
        email: `kenji.watanabe@${acmeDomain}`,
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
        email: `sofia.hernandez@${acmeDomain}`,
        createdAt: at(500),
        profile: { givenName: 'Sofía', familyName: 'Hernández', name: 'Sofía Hernández', locale: 'es-MX' },
      }),
      active(at, 500, { roles: ['billing_manager'], provisioning: 'api' }),
    ],
    [
      memoryUser({
        id: memoryIds.directoryMember,
        email: `aaliyah.johnson@${acmeDomain}`,
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
        email: `priya.sharma@${acmeDomain}`,
        emailVerified: false,
        createdAt: at(3),
        profile: { givenName: 'Priya', familyName: 'Sharma' },
      }),
      invited(3, 'pending_invite'),
    ],
    [
      memoryUser({
        id: memoryIds.expiredInvite,
        email: `li.wei@${acmeDomain}`,
        emailVerified: false,
        createdAt: at(20),
      }),
      invited(20, 'invite_expired', { roles: ['billing_manager'] }),
    ],
    [
      memoryUser({
        id: memoryIds.inactiveMember,
        email: `olu.adeyemi@${acmeDomain}`,
        createdAt: at(600),
        profile: { givenName: 'Olúwásẹ̀gun', familyName: 'Adéyẹmí', name: 'Olúwásẹ̀gun Adéyẹmí' },
      }),
      active(at, 600, { status: 'inactive', provisioning: 'scim' }),
    ],
    [
      memoryUser({
        id: memoryIds.rtlName,
        email: `layla.haddad@${acmeDomain}`,
        createdAt: at(90),
        profile: { givenName: 'ليلى', familyName: 'حداد', name: 'ليلى حداد', locale: 'ar-EG' },
      }),
      active(at, 90, { provisioning: 'invitation', invitedAt: at(92), inviterEmail: acmeAdminEmail }),
    ],
    [
      memoryUser({
        id: memoryIds.htmlName,
        email: `html.tester@${acmeDomain}`,
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
        email: `maximiliana.wilhelmina.theodora.von-hohenzollern-sigmaringen@${acmeDomain}`,
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
