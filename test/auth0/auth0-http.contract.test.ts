// @vitest-environment node
/**
 * The conformance suite over the whole path a host on Auth0 runs: the HTTP adapter, a real node:http
 * server on 127.0.0.1, `createTeamkitHandler`, the Auth0 adapter behind it (through Auth0's SDK), and
 * the fake Auth0. The handler enforces the same core policy the adapter applies to its rows.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createAuth0Adapter } from '../../src/adapters/auth0/index.ts';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { auth0Capabilities } from '../../src/core/capabilities.ts';
import { createTeamkitHandler } from '../../src/server/index.ts';
import { describeAdapterContract } from '../adapter-contract.ts';
import { type FakeAuth0, startFakeAuth0 } from '../fakes/auth0/fake-auth0.ts';
import { seedAuth0 } from '../fakes/auth0/seed.ts';
import { startTeamkitTestServer, type TeamkitTestServer } from '../support/teamkit-test-server.ts';
import { auth0AdapterOptions, auth0ContractIds } from './auth0-fixture.ts';

let fake: FakeAuth0;
let server: TeamkitTestServer;
beforeAll(async () => {
  fake = await startFakeAuth0();
  server = await startTeamkitTestServer();
}, 60_000);
afterAll(async () => {
  await server.close();
  await fake.close();
});
afterEach(() => {
  expect(fake.rejectedRequests).toEqual([]);
});

describeAdapterContract('http -> handler -> auth0 (over the fake Auth0)', auth0Capabilities, async () => {
  fake.reset();
  const ids = seedAuth0(fake, Date.now(), { viewerOrganizations: true });
  const adapter = createAuth0Adapter(auth0AdapterOptions(fake, ids));
  server.use(
    createTeamkitHandler({
      adapter,
      getSession: () => ({ userId: ids.adminUserId, organizationId: ids.organizationId }),
      // The host's one mapping, given to the handler as to the adapter (its default).
      policy: { adminRoles: ['admin'], unmappedRolePermissions: { viewMembers: true } },
      // Auth0 takes metadata values up to 16 MiB and the suite sends one a character longer, so the
      // body cap must exceed it for the adapter (not the body reader) to answer. With the default
      // 64 KiB the handler publishes tighter limits instead (limitsWithinBody), which the page applies.
      maxBodyBytes: 40 * 1024 * 1024,
    }),
  );
  return { adapter: await createHttpAdapter({ baseUrl: server.url }), ids: auth0ContractIds(ids) };
});
