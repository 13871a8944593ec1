/**
 * The session of the request being served, for backends whose adapter asks "who is signed in?" during
 * a call (the Scalekit adapter's `viewerUserId`): the server runs each request inside `runWithSession`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TeamkitSession } from '../../src/server/session.ts';

const storage = new AsyncLocalStorage<TeamkitSession | null>();

/** Runs `serve` with `session` as the current one for everything it awaits. */
export function runWithSession<T>(session: TeamkitSession | null, serve: () => T): T {
  return storage.run(session, serve);
}

/** The current request's session, or null outside a request or when nobody is signed in. */
export function currentSession(): TeamkitSession | null {
  return storage.getStore() ?? null;
}
