// @vitest-environment node
/**
 * The conformance suite over the whole path a host runs: the HTTP adapter, a real node:http server on
 * 127.0.0.1, `createTeamkitHandler`, and the memory adapter behind it as the identity backend.
 */
import { afterAll, beforeAll } from 'vitest';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../src/adapters/memory/index.ts';
import type { MemoryAdapterOptions } from '../src/adapters/memory/memory-adapter-types.ts';
import { memoryAccessPolicy } from '../src/adapters/memory/permissions.ts';
import {
  auth0Capabilities,
  fullCapabilities,
  scalekitCapabilities,
  type TeamkitCapabilities,
} from '../src/core/capabilities.ts';
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

/** The handler over the memory adapter in one configuration; the HTTP adapter learns it from the server. */
function describeHttp(name: string, capabilities: TeamkitCapabilities, options: MemoryAdapterOptions = {}) {
  describeAdapterContract(name, capabilities, async () => {
    server.use(
      createTeamkitHandler({
        adapter: createMemoryAdapter({ seed: 7, capabilities, ...options }),
        getSession: () => ({ userId: memoryIds.admin, organizationId: memoryIds.organization }),
        policy: memoryAccessPolicy,
      }),
    );
    const snapshot = createMemoryAdapter({ seed: 7 }).snapshot();
    return {
      adapter: await createHttpAdapter({ baseUrl: server.url }),
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

describeHttp('http (full capabilities)', fullCapabilities);
describeHttp('http (Scalekit-like)', scalekitCapabilities);
describeHttp('http (Auth0-like, invitations without users)', auth0Capabilities, {
  invitationsCreateUsers: false,
});
