/**
 * Shared setup for the handler's tests: a handler over a seeded memory backend, a `send` that speaks
 * the handler's HTTP (CSRF header on writes, JSON bodies), and a count of the backend calls by method.
 */
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { createTeamkitHandler, type TeamkitHandlerOptions } from './create-teamkit-handler.ts';
import type { TeamkitSession } from './session.ts';

/** The seeded organization every handler test works in. */
export const acme = memoryIds.organization;
/** The seeded admin's session. */
export const admin: TeamkitSession = { userId: memoryIds.admin, organizationId: acme };
/** The seeded plain member's session. */
export const member: TeamkitSession = { userId: memoryIds.member, organizationId: acme };

/** A handler over a fresh memory backend, with helpers to call it and count the backend's calls. */
export function setup(session: TeamkitSession | null = admin, options: Partial<TeamkitHandlerOptions> = {}) {
  const adapter: MemoryAdapter = createMemoryAdapter({ seed: 5, memberCount: 20 });
  // The memory backend's own role mapping, as a host hands the same AccessPolicy to both.
  const handler = createTeamkitHandler({
    adapter,
    getSession: () => session,
    policy: memoryAccessPolicy,
    ...options,
  });
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    handler(
      new Request(`http://teamkit.test${path}`, {
        method,
        headers: {
          ...(method === 'GET' ? {} : { 'x-teamkit-request': '1' }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
  const called = (method: string) => adapter.calls.filter((call) => call.method === method).length;
  return { adapter, handler, send, called };
}

/** A response's JSON body, as a record to match against. */
export const json = async (response: Response) => (await response.json()) as Record<string, unknown>;
