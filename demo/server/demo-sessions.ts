/**
 * The demo server's sign-in: a cookie naming one of the backend's people, signed with a key made when
 * the server starts (so a restart signs everyone out, and a page cannot forge someone else). This is
 * the host's side of `getSession`: the handler trusts only what this returns.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TeamkitSession } from '../../src/server/session.ts';
import type { DemoPerson } from './demo-backend.ts';

/** The cookie's name. */
export const sessionCookie = 'teamkit_demo_session';

/** Sessions over one backend's people. */
export interface DemoSessions {
  /** The person a request's cookie signs in, or null (no cookie, a forged or stale one). */
  personOf(request: Request): DemoPerson | null;
  /** The handler's `getSession`: the person's user and organization, or null. */
  getSession(request: Request): TeamkitSession | null;
  /** The `set-cookie` value that signs `person` in. */
  signInCookie(person: DemoPerson): string;
  /** The `set-cookie` value that signs out. */
  signOutCookie(): string;
}

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Sessions signed with a fresh random key; `secure` adds the Secure attribute (behind HTTPS). */
export function createDemoSessions(
  people: readonly DemoPerson[],
  options: { secure?: boolean } = {},
): DemoSessions {
  const key = randomBytes(32);
  const sign = (personKey: string) => createHmac('sha256', key).update(personKey).digest('base64url');
  const attributes = `Path=/; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;

  const personOf = (request: Request): DemoPerson | null => {
    const value = cookieValue(request, sessionCookie);
    if (!value) return null;
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return null;
    const personKey = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(sign(personKey));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return people.find((person) => person.key === personKey) ?? null;
  };

  return {
    personOf,
    getSession: (request) => {
      const person = personOf(request);
      return person ? { userId: person.userId, organizationId: person.organizationId } : null;
    },
    signInCookie: (person) => `${sessionCookie}=${person.key}.${sign(person.key)}; ${attributes}`,
    signOutCookie: () => `${sessionCookie}=; ${attributes}; Max-Age=0`,
  };
}
