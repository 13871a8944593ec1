/**
 * The demo server over the in-memory backend: Acme Corporation (the seeded 50 members) and Globex (its
 * owner and a plain member), each organization in its own memory backend behind one routing adapter.
 * State lives in the server process: a restart starts from the seed again.
 */
import {
  addMemoryMember,
  createMemoryAdapter,
  type MemoryAdapter,
  memoryIds,
} from '../../../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../../../src/adapters/memory/permissions.ts';
import { userDisplayName } from '../../../src/core/user.ts';
import type { DemoBackend, DemoPerson } from '../demo-backend.ts';
import { memoryViewerAdapters } from './memory-viewer-organizations.ts';
import { routeByOrganization } from './tenant-router.ts';

/** Globex's owner, seeded by the memory adapter. */
const globexOwnerId = 'usr_96194455173800099';
/** A plain member of Globex, added here: the "member of another organization" the switcher offers. */
export const globexMemberId = 'usr_96194455173800098';

/** A little latency so loading states show, as they would against a real backend. */
const latency = { min: 40, max: 160 } as const;

/** Starts the memory backend (nothing to start: the promise is for the common factory shape). */
export async function createMemoryBackend(): Promise<DemoBackend> {
  const acme = createMemoryAdapter({ viewer: 'admin', latency });
  const globex = createMemoryAdapter({
    viewer: globexOwnerId,
    latency,
    prepare: (data) => {
      addMemoryMember(
        data,
        {
          id: globexMemberId,
          email: 'frank.grimes@globex.example',
          profile: { givenName: 'Frank', familyName: 'Grimes', name: 'Frank Grimes' },
        },
        { organizationId: memoryIds.otherOrganization, roles: ['member'] },
      );
    },
  });
  const person = (
    adapter: MemoryAdapter,
    key: string,
    userId: string,
    organizationId: string,
    role: string,
  ): DemoPerson => {
    const data = adapter.snapshot();
    const user = data.users[userId];
    const organization = data.organizations[organizationId];
    if (!user || !organization)
      throw new Error(`The memory seed has no ${key} (${userId} in ${organizationId}).`);
    return {
      key,
      name: userDisplayName(user),
      description: `${role} at ${organization.displayName}`,
      userId,
      organizationId,
    };
  };
  // Acme's backend also holds the admin's other organizations (Initech, Umbrella Labs' invitation).
  const router = routeByOrganization([
    { organizationId: memoryIds.organization, adapter: acme },
    { organizationId: memoryIds.otherOrganization, adapter: globex },
    { organizationId: memoryIds.memberOrganization, adapter: acme },
    { organizationId: memoryIds.invitingOrganization, adapter: acme },
  ]);
  return {
    label: 'In-memory backend',
    adapter: router,
    viewerAdapter: memoryViewerAdapters(router, acme, memoryIds.admin),
    policy: memoryAccessPolicy,
    people: [
      person(acme, 'admin', memoryIds.admin, memoryIds.organization, 'Admin'),
      person(acme, 'member', memoryIds.member, memoryIds.organization, 'Member'),
      person(globex, 'other-organization', globexMemberId, memoryIds.otherOrganization, 'Member'),
    ],
    close: async () => {},
  };
}
