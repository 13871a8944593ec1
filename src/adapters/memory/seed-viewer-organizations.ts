import { memoryMembership, memoryUser, seededInvitationId, seededRoles } from './fixtures.ts';
import type { MemoryData } from './memory-data.ts';
import { memoryIds } from './memory-ids.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The admin's other organizations, so the organization switcher has something to switch between:
 * Initech, where they are a plain member (another team, other settings, their own membership
 * metadata), and Umbrella Labs, whose invitation waits for them to accept.
 */
export function addViewerOrganizations(data: MemoryData, at: (daysAgo: number) => string): void {
  const organization = (id: string, displayName: string, plan: string, createdDaysAgo: number) => {
    data.organizations[id] = {
      id,
      displayName,
      externalId: null,
      metadata: { plan_type: plan },
      createdAt: at(createdDaysAgo),
      updatedAt: at(createdDaysAgo),
      version: '1',
    };
    data.roles[id] = seededRoles();
  };
  organization(memoryIds.memberOrganization, 'Initech', 'team', 600);
  organization(memoryIds.invitingOrganization, 'Umbrella Labs', 'starter', 90);

  const person = (id: string, email: string, givenName: string, familyName: string, daysAgo: number) => {
    const user = memoryUser({
      id,
      email,
      profile: { givenName, familyName, name: `${givenName} ${familyName}` },
      createdAt: at(daysAgo),
    });
    data.users[user.id] = user;
    return user;
  };
  const bill = person('usr_96194455173800101', 'bill.lumbergh@initech.example', 'Bill', 'Lumbergh', 600);
  const peter = person('usr_96194455173800102', 'peter.gibbons@initech.example', 'Peter', 'Gibbons', 500);
  const alice = person('usr_96194455173800103', 'alice.abernathy@umbrella.example', 'Alice', 'Abernathy', 90);

  data.memberships.push(
    memoryMembership({
      organizationId: memoryIds.memberOrganization,
      userId: bill.id,
      roles: ['admin'],
      provisioning: 'org_creator',
      joinedAt: at(600),
    }),
    memoryMembership({
      organizationId: memoryIds.memberOrganization,
      userId: peter.id,
      joinedAt: at(500),
      metadata: { team: 'Software' },
    }),
    memoryMembership({
      organizationId: memoryIds.memberOrganization,
      userId: memoryIds.admin,
      roles: ['member', 'billing_manager'],
      joinedAt: at(200),
      metadata: { team: 'Consulting' },
    }),
    memoryMembership({
      organizationId: memoryIds.invitingOrganization,
      userId: alice.id,
      roles: ['admin'],
      provisioning: 'org_creator',
      joinedAt: at(90),
    }),
    memoryMembership({
      organizationId: memoryIds.invitingOrganization,
      userId: memoryIds.admin,
      status: 'pending_invite',
      provisioning: 'invitation',
      invitationId: seededInvitationId(memoryIds.invitingOrganization, memoryIds.admin),
      invitedAt: at(2),
      joinedAt: null,
      expiresAt: new Date(Date.parse(at(2)) + 15 * dayMs).toISOString(),
      inviterEmail: alice.email,
    }),
  );
}
