import { memoryMembership, memoryUser, seededInvitationId, seededRoles } from './fixtures.ts';
import type { MemoryData } from './memory-data.ts';
import { memoryExternalIds, memoryIds } from './memory-ids.ts';
import { mulberry32 } from './prng.ts';
import { seedClock } from './seed-clock.ts';
import { seededDefinitions } from './seed-definitions.ts';
import { generatedMember } from './seed-generated-members.ts';
import { acmeAdminEmail, namedMemberCount, namedMembers } from './seed-named-members.ts';
import { addViewerOrganizations } from './seed-viewer-organizations.ts';

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
  const at = seedClock(now);
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
  for (const [user, membership] of namedMembers(at)) {
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
  const generated = Math.max(0, memberCount - namedMemberCount);
  for (let index = 0; index < generated; index += 1) {
    const [user, membership] = generatedMember(random, index, at, acmeAdminEmail, usedEmails);
    data.users[user.id] = user;
    data.memberships.push(membership);
  }
  return data;
}
