// @vitest-environment node
/**
 * The conformance suite over the whole path a host runs: the HTTP adapter, a real node:http server on
 * 127.0.0.1, `createTeamkitHandler`, and the memory adapter behind it as the identity backend.
 */
import { afterAll, beforeAll } from 'vitest';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../src/adapters/memory/index.ts';
import { createTeamkitHandler } from '../src/server/index.ts';
import { describeAdapterContract } from './adapter-contract.ts';
import { startTeamkitTestServer, type TeamkitTestServer } from './support/teamkit-test-server.ts';

let server: TeamkitTestServer;
beforeAll(async () => {
  server = await startTeamkitTestServer();
});
afterAll(async () => {
  await server.close();
});

describeAdapterContract('http', async () => {
  server.use(
    createTeamkitHandler({
      adapter: createMemoryAdapter({ seed: 7 }),
      getSession: () => ({ userId: memoryIds.admin, organizationId: memoryIds.organization }),
    }),
  );
  return {
    adapter: await createHttpAdapter({ baseUrl: server.url }),
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
  };
});
