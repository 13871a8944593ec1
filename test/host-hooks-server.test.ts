// Host hooks on the server: `withMutationHooks` around the backend adapter given to
// createTeamkitHandler, on a real node:http server on 127.0.0.1, reached by the HTTP adapter. A cancel
// there reaches the browser as `cancelled` with the host's words; the backend receives nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../src/adapters/memory/permissions.ts';
import { defaultErrorMessages, errorSentence, isTeamkitError } from '../src/core/errors.ts';
import { type MutationOutcome, withMutationHooks } from '../src/core/mutation-hooks.ts';
import { createTeamkitHandler } from '../src/server/create-teamkit-handler.ts';
import { startTeamkitTestServer, type TeamkitTestServer } from './support/teamkit-test-server.ts';

let server: TeamkitTestServer;
beforeAll(async () => {
  server = await startTeamkitTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('withMutationHooks around the server’s backend adapter', () => {
  it('answers a server-side cancel as `cancelled` with the host’s words, and audits every change', async () => {
    const backend = createMemoryAdapter({ seed: 5, memberCount: 10 });
    const audit: MutationOutcome<'inviteMember'>[] = [];
    server.use(
      createTeamkitHandler({
        adapter: withMutationHooks(backend, () => ({
          inviteMember: {
            before: ([, input]) =>
              input.email.endsWith('@competitor.example')
                ? { cancel: 'Addresses at competitor.example cannot be invited.' }
                : undefined,
            after: (outcome) => {
              audit.push(outcome);
            },
          },
        })),
        getSession: () => ({ userId: memoryIds.admin, organizationId: memoryIds.organization }),
        policy: memoryAccessPolicy,
      }),
    );
    const adapter = await createHttpAdapter({
      baseUrl: server.url,
      fetch: (input, init) => fetch(input, init),
    });

    const refused = await adapter
      .inviteMember(memoryIds.organization, { email: 'spy@competitor.example', idempotencyKey: 'k1' })
      .catch((error: unknown) => error);
    expect(isTeamkitError(refused) && refused.code).toBe('cancelled');
    expect(errorSentence(refused, defaultErrorMessages)).toBe(
      'Addresses at competitor.example cannot be invited.',
    );
    expect(backend.calls.filter((call) => call.method === 'inviteMember')).toHaveLength(0);

    const member = await adapter.inviteMember(memoryIds.organization, {
      email: 'friend@example.com',
      idempotencyKey: 'k2',
    });
    expect(member.email).toBe('friend@example.com');
    expect(audit.map((outcome) => outcome.ok)).toEqual([false, true]);
  });
});
