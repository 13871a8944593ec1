/**
 * The page's side of the demo server's sign-in (`/demo-api/session`): who may be chosen, who is
 * signed in, and switching. A host's page would call its own sign-in instead.
 */
import type { DemoSessionState } from '../server/session-routes.ts';

export type { DemoSessionState };

const sessionUrl = '/demo-api/session';

async function answer(response: Response): Promise<DemoSessionState> {
  const body = (await response.json().catch(() => null)) as (DemoSessionState & { message?: string }) | null;
  if (!response.ok || !body || !Array.isArray(body.people)) {
    throw new Error(body?.message ?? `The demo server answered ${response.status}.`);
  }
  return body;
}

/** The backend, the people and who is signed in now. */
export async function readSession(): Promise<DemoSessionState> {
  return answer(await fetch(sessionUrl, { credentials: 'same-origin' }));
}

/** Signs in as the person with this key (the server sets the session cookie). */
export async function signInAs(person: string): Promise<DemoSessionState> {
  return answer(
    await fetch(sessionUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-teamkit-request': '1' },
      body: JSON.stringify({ person }),
    }),
  );
}
