// @vitest-environment node
/**
 * The conformance suite over the whole path a host runs: the HTTP adapter, a real node:http server on
 * 127.0.0.1, `createTeamkitHandler`, and the memory adapter behind it as the identity backend.
 */
import { afterAll, beforeAll } from 'vitest';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
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
import { contractSeed, memoryContractIds } from './support/memory-contract-ids.ts';
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
        adapter: createMemoryAdapter({ seed: contractSeed, capabilities, ...options }),
        getSession: () => ({ userId: memoryIds.admin, organizationId: memoryIds.organization }),
        policy: memoryAccessPolicy,
      }),
    );
    return { adapter: await createHttpAdapter({ baseUrl: server.url }), ids: memoryContractIds() };
  });
}

describeHttp('http (full capabilities)', fullCapabilities);
describeHttp('http (Scalekit-like)', scalekitCapabilities);
describeHttp('http (Auth0-like, invitations without users)', auth0Capabilities, {
  invitationsCreateUsers: false,
});
