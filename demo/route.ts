'use client';
import { useSyncExternalStore } from 'react';

/** The settings pages, as they appear in the URL hash (`#/members`, `#/members/usr_…`). */
export type DemoRoute =
  | { page: 'profile' }
  | { page: 'members'; memberId?: string }
  | { page: 'organization' };

/** Reads a hash such as `#/members/usr_1`; anything unknown is the profile page. */
export function parseRoute(hash: string): DemoRoute {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'members') return id ? { page, memberId: decodeURIComponent(id) } : { page };
  if (page === 'organization') return { page };
  return { page: 'profile' };
}

/** The hash of a route, for links. */
export function routeHref(route: DemoRoute): string {
  if (route.page === 'members' && route.memberId) return `#/members/${encodeURIComponent(route.memberId)}`;
  return `#/${route.page}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The current route from `location.hash`: hash routing needs no server rewrites and no router package.
 * `serverHash` is what a server render (which has no location) shows, and what hydration starts from.
 */
export function useRoute(serverHash: string): DemoRoute {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => serverHash,
  );
  return parseRoute(hash);
}
