import type { AttributeValue } from '../../core/attribute-value.ts';
import type { JsonValue } from '../../core/json.ts';
import type { MembershipStatus, ProvisioningMethod } from '../../core/member.ts';
import type { User } from '../../core/user.ts';
import { seededInvitationId } from './fixtures.ts';
import type { StoredMembership } from './memory-data.ts';
import { memoryIds } from './memory-ids.ts';
import { pickOne, pickWeighted, type Random, randomInt } from './prng.ts';
import { invitationLifetimeDays, type SeedClock } from './seed-clock.ts';
import { acmeDomain } from './seed-named-members.ts';
import { type NameCulture, nameCultures, sampleBios } from './seed-people.ts';

// The crowd around Acme's named people: members drawn from a seeded PRNG, in the proportions of a real
// organization (most active, some invited, some gone), so lists, filters and totals have data at scale.

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
export function generatedMember(
  random: Random,
  index: number,
  at: SeedClock,
  adminEmail: string,
  usedEmails: Set<string>,
): [User, StoredMembership] {
  const culture = pickOne(random, nameCultures);
  const [given, givenHandle] = pickOne(random, culture.given);
  const [family, familyHandle] = pickOne(random, culture.family);
  let email = `${givenHandle}.${familyHandle}@${acmeDomain}`;
  if (usedEmails.has(email)) email = `${givenHandle}.${familyHandle}${index + 2}@${acmeDomain}`;
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
