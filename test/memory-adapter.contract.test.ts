import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../src/adapters/memory/index.ts';
import type { MemoryAdapterOptions } from '../src/adapters/memory/memory-adapter-types.ts';
import {
  auth0Capabilities,
  fullCapabilities,
  scalekitCapabilities,
  type TeamkitCapabilities,
} from '../src/core/capabilities.ts';
import { describeAdapterContract } from './adapter-contract.ts';

/** The memory adapter in one configuration, over the seed the suite expects. */
function describeMemory(name: string, capabilities: TeamkitCapabilities, options: MemoryAdapterOptions = {}) {
  describeAdapterContract(name, capabilities, async () => {
    const adapter = createMemoryAdapter({ seed: 7, capabilities, ...options });
    // The invitees' addresses, read from the seed as made (an Auth0-like one keeps no invitee users).
    const snapshot = createMemoryAdapter({ seed: 7 }).snapshot();
    return {
      adapter,
      ids: {
        organizationId: memoryIds.organization,
        organizationExternalId: memoryExternalIds.organization,
        otherOrganizationExternalId: memoryExternalIds.otherOrganization,
        adminUserId: memoryIds.admin,
        memberUserId: memoryIds.member,
        memberExternalId: memoryExternalIds.member,
        pendingInviteEmail: snapshot.users[memoryIds.pendingInvite]?.email ?? '',
        expiredInviteEmail: snapshot.users[memoryIds.expiredInvite]?.email ?? '',
        directoryManagedUserId: memoryIds.directoryMember,
        adminRole: 'admin',
        memberRole: 'member',
        attributes: { text: 'bio', number: 'years_experience', readOnly: 'cost_center' },
      },
    };
  });
}

describeMemory('memory (full capabilities)', fullCapabilities);
describeMemory('memory (Scalekit-like)', scalekitCapabilities);
describeMemory('memory (Auth0-like, invitations without users)', auth0Capabilities, {
  invitationsCreateUsers: false,
});
