/**
 * The demo's own sign-in routes, beside the kit's handler (a real host has its own sign-in):
 *
 *   GET    /demo-api/session   the backend's label, the people the switcher offers, who is signed in
 *   POST   /demo-api/session   { "person": "<key>" } signs that person in (sets the cookie)
 *   DELETE /demo-api/session   signs out
 *
 * Writes need the same `x-teamkit-request` header as the kit's, so another site cannot sign a visitor
 * in as someone else. Nothing here is secret: the people are the switcher's choices.
 */
import { csrfHeader } from '../../src/server/create-teamkit-handler.ts';
import type { DemoBackend } from './demo-backend.ts';
import type { DemoSessions } from './demo-sessions.ts';

/** Where the routes live. */
export const sessionPath = '/demo-api/session';

/** What `GET /demo-api/session` answers. */
export interface DemoSessionState {
  /** The backend the server runs over. */
  backend: string;
  /** The switcher's choices, without their IDs (the page needs only the key and the words). */
  people: { key: string; name: string; description: string }[];
  /** The signed-in person's key, or null. */
  current: string | null;
  /** The signed-in person's organization, or null. */
  organizationId: string | null;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

const refusal = (status: number, code: string, message: string) =>
  json(status, { code, message, fieldErrors: {} });

/** The session routes as a Fetch handler. */
export function createSessionRoutes(
  backend: DemoBackend,
  sessions: DemoSessions,
): (request: Request) => Promise<Response> {
  const state = (current: DemoBackend['people'][number] | null): DemoSessionState => ({
    backend: backend.label,
    people: backend.people.map(({ key, name, description }) => ({ key, name, description })),
    current: current?.key ?? null,
    organizationId: current?.organizationId ?? null,
  });

  return async (request) => {
    if (new URL(request.url).pathname !== sessionPath)
      return refusal(404, 'not_found', 'There is no such address.');
    if (request.method === 'GET') return json(200, state(sessions.personOf(request)));
    if (request.method !== 'POST' && request.method !== 'DELETE') {
      return json(
        405,
        { code: 'validation', message: `This address does not accept ${request.method}.` },
        {
          allow: 'GET, POST, DELETE',
        },
      );
    }
    if (request.headers.get(csrfHeader) !== '1') {
      return refusal(403, 'permission_denied', `Signing in or out needs the ${csrfHeader} header.`);
    }
    if (request.method === 'DELETE')
      return json(200, state(null), { 'set-cookie': sessions.signOutCookie() });

    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return refusal(400, 'validation', 'Send a JSON body: { "person": "<key>" }.');
    }
    const key = (body as { person?: unknown } | null)?.person;
    const person = backend.people.find((candidate) => candidate.key === key);
    if (!person) {
      const keys = backend.people.map((candidate) => candidate.key).join(', ');
      return refusal(400, 'validation', `Choose someone to sign in as: one of ${keys}.`);
    }
    return json(200, state(person), { 'set-cookie': sessions.signInCookie(person) });
  };
}
