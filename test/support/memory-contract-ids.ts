import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../../src/adapters/memory/index.ts';
import type { ContractIds } from '../adapter-contract.ts';

/** The seed every memory-backed run of the conformance suite uses (directly or behind the HTTP handler). */
export const contractSeed = 7;

/**
 * The conformance suite's fixture in the memory adapter's seed. The invitees' addresses are read from
 * the seed as made, since an Auth0-like configuration keeps no invitee users to read them from.
 */
export function memoryContractIds(): ContractIds {
  const snapshot = createMemoryAdapter({ seed: contractSeed }).snapshot();
  return {
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
  };
}
