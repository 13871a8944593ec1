import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../src/adapters/memory/index.ts';
import { describeAdapterContract } from './adapter-contract.ts';

describeAdapterContract('memory', async () => ({
  adapter: createMemoryAdapter({ seed: 7 }),
  ids: {
    organizationId: memoryIds.organization,
    organizationExternalId: memoryExternalIds.organization,
    otherOrganizationExternalId: memoryExternalIds.otherOrganization,
    adminUserId: memoryIds.admin,
    memberUserId: memoryIds.member,
    memberExternalId: memoryExternalIds.member,
    pendingInviteUserId: memoryIds.pendingInvite,
    expiredInviteUserId: memoryIds.expiredInvite,
    directoryManagedUserId: memoryIds.directoryMember,
    adminRole: 'admin',
    memberRole: 'member',
    attributes: { text: 'bio', number: 'years_experience', readOnly: 'cost_center' },
  },
}));
