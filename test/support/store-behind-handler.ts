/**
 * A host's definitions store in front of a vendor adapter, as a host deploys it: a fresh memory store
 * in `createTeamkitHandler`, served on the test server, reached through the HTTP adapter. The caller
 * can be switched between requests, and the vendor adapter learns who calls (the viewer) from the
 * request being served, so it checks what that person may do.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import { isTeamkitError, type TeamkitError } from '../../src/core/errors.ts';
import type { AccessPolicy } from '../../src/core/policy/access-policy.ts';
import { createMemoryDefinitionsStore } from '../../src/server/definitions-store.ts';
import { createTeamkitHandler, type TeamkitSession } from '../../src/server/index.ts';
import type { TeamkitTestServer } from './teamkit-test-server.ts';

/** The vendor backend a test builds: its adapter, who calls first, and whatever else the test keeps. */
export interface StoreBackend {
  /** The vendor adapter. */
  adapter: TeamkitAdapter;
  /** The session of the first requests. */
  firstCaller: TeamkitSession;
}

/** What a test drives: the HTTP adapter, who is signed in, and the backend it built. */
export interface StoreBehindHandler<B extends StoreBackend> {
  /** The HTTP adapter over the handler. */
  http: TeamkitAdapter;
  /** Makes `userId` (of the same organization) the caller of the next requests. */
  signInAs: (userId: string) => void;
  /** What `makeBackend` returned. */
  backend: B;
}

/**
 * Serves the backend `makeBackend` builds (told how to find the caller's user ID) behind a handler
 * with `policy` and a fresh store, on `server`.
 */
export async function serveStoreBehindHandler<B extends StoreBackend>(
  server: Pick<TeamkitTestServer, 'url' | 'use'>,
  policy: AccessPolicy,
  makeBackend: (viewerUserId: () => string) => B,
): Promise<StoreBehindHandler<B>> {
  const caller = new AsyncLocalStorage<TeamkitSession>();
  const backend = makeBackend(() => caller.getStore()?.userId ?? '');
  let session = backend.firstCaller;
  const handler = createTeamkitHandler({
    adapter: backend.adapter,
    getSession: () => session,
    policy,
    definitionsStore: createMemoryDefinitionsStore(),
  });
  server.use((request) => caller.run(session, () => handler(request)));
  return {
    http: await createHttpAdapter({ baseUrl: server.url }),
    signInAs: (userId) => {
      session = { userId, organizationId: session.organizationId };
    },
    backend,
  };
}

/** The typed error `work` was refused with; fails the test when it succeeded or threw anything else. */
export async function refusal(work: Promise<unknown>): Promise<TeamkitError> {
  try {
    await work;
  } catch (error) {
    if (isTeamkitError(error)) return error;
    throw error;
  }
  throw new Error('The write was not refused.');
}
