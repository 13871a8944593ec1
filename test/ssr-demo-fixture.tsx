// Shared by the server-render test (node) and the hydration test (Chromium): the demo's screens with a
// query cache filled the way a host's server would fill it, through the hooks' exported query options.
import type { QueryClient } from '@tanstack/react-query';
import { DemoApp } from '../demo/App.tsx';
import { memoryIds } from '../src/adapters/memory/index.ts';
import {
  attributeDefinitionsQueryOptions,
  currentUserIdQueryOptions,
  memberQueryOptions,
  membersInfiniteQueryOptions,
  organizationQueryOptions,
  rolesQueryOptions,
  type TeamkitAdapter,
  userQueryOptions,
  viewerQueryOptions,
} from '../src/index.ts';

/** The screens a server renders, by URL hash. */
export const demoScreens = {
  profile: '#/profile',
  members: '#/members',
  memberDetails: `#/members/${memoryIds.member}`,
  organization: '#/organization',
} as const;

/** Fills `queryClient` with everything the demo's screens read on their first render. */
export async function prefetchDemo(adapter: TeamkitAdapter, queryClient: QueryClient): Promise<void> {
  const organizationId = memoryIds.organization;
  await Promise.all([
    queryClient.prefetchQuery(viewerQueryOptions(adapter, organizationId)),
    // Caches the signed-in user under its ID as well.
    queryClient.prefetchQuery(currentUserIdQueryOptions(adapter)),
    queryClient.prefetchQuery(userQueryOptions(adapter, memoryIds.member)),
    queryClient.prefetchQuery(attributeDefinitionsQueryOptions(adapter)),
    queryClient.prefetchQuery(organizationQueryOptions(adapter, organizationId)),
    queryClient.prefetchQuery(rolesQueryOptions(adapter, organizationId)),
    queryClient.prefetchQuery(memberQueryOptions(adapter, organizationId, memoryIds.member)),
    // The members table's first request: sorted by name, 50 a page, no search or filter.
    queryClient.prefetchInfiniteQuery(
      membersInfiniteQueryOptions(adapter, {
        organizationId,
        sort: { field: 'name', direction: 'asc' },
        limit: 50,
      }),
    ),
  ]);
}

/** The demo app as a server renders it for one screen. */
export function DemoScreen({
  adapter,
  queryClient,
  hash,
}: {
  adapter: TeamkitAdapter;
  queryClient: QueryClient;
  hash: string;
}) {
  return (
    <DemoApp
      adapter={adapter}
      organizationId={memoryIds.organization}
      queryClient={queryClient}
      serverHash={hash}
      initialLocale="en"
      initialTheme="light"
    />
  );
}
