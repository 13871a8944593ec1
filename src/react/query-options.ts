import { type InfiniteData, infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { MembersPage, MembersQuery, TeamkitAdapter } from '../core/adapter.ts';
import type { AttributeDefinition } from '../core/attribute-definition.ts';
import type { TeamkitError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import type { Organization } from '../core/organization.ts';
import { teamkitKeys } from '../core/query-keys.ts';
import type { Role } from '../core/role.ts';
import { type SanitizedDefinitions, sanitizeAttributeDefinitions } from '../core/sanitize-definitions.ts';
import type { User } from '../core/user.ts';
import type { Viewer } from '../core/viewer.ts';

// Every query the hooks run, as options a host can also hand to `queryClient.prefetchQuery` /
// `ensureQueryData` (e.g. in a route loader) so the page renders from cache. Keys come only from
// teamkitKeys; TanStack's `signal` is passed through so unmounted pages cancel their requests.

/**
 * The signed-in person in an organization.
 * @example await queryClient.prefetchQuery(viewerQueryOptions(adapter, 'org_acme'));
 */
export function viewerQueryOptions(adapter: TeamkitAdapter, organizationId: string) {
  return queryOptions<Viewer, TeamkitError>({
    queryKey: teamkitKeys.viewer(organizationId),
    queryFn: ({ signal }) => adapter.getViewer(organizationId, { signal }),
  });
}

/**
 * The signed-in person's user ID. Its fetch asks the adapter for the whole user and caches it under
 * `user(id)` too, so the profile page needs one request for the user, in parallel with the others,
 * and every later `useUser(id)` of the same person is served from the cache.
 */
export function currentUserIdQueryOptions(adapter: TeamkitAdapter) {
  return queryOptions<string, TeamkitError>({
    queryKey: teamkitKeys.currentUserId(),
    queryFn: async ({ signal, client }) => {
      const user = await adapter.getCurrentUser({ signal });
      client.setQueryData(teamkitKeys.user(user.id), user);
      return user.id;
    },
    // Who is signed in does not change under a mounted page.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * One user by ID.
 * @example await queryClient.prefetchQuery(userQueryOptions(adapter, viewer.userId));
 */
export function userQueryOptions(adapter: TeamkitAdapter, userId: string) {
  return queryOptions<User, TeamkitError>({
    queryKey: teamkitKeys.user(userId),
    queryFn: ({ signal }) => adapter.getUser(userId, { signal }),
  });
}

// The sanitized form of each raw list, so every consumer (and every render) gets the same object.
const sanitizedByRaw = new WeakMap<object, SanitizedDefinitions>();

/**
 * The `select` of the definitions query: sanitizes the untrusted list once per fetched list, so the
 * result keeps its identity across renders and across components (memoised by the raw list).
 */
export function selectSanitizedDefinitions(raw: unknown): SanitizedDefinitions {
  if (typeof raw !== 'object' || raw === null) return sanitizeAttributeDefinitions(raw);
  let sanitized = sanitizedByRaw.get(raw);
  if (!sanitized) {
    sanitized = sanitizeAttributeDefinitions(raw);
    sanitizedByRaw.set(raw, sanitized);
  }
  return sanitized;
}

/**
 * Attribute definitions: the raw list is cached, `select` hands out the sanitized form.
 * @example await queryClient.prefetchQuery(attributeDefinitionsQueryOptions(adapter));
 */
export function attributeDefinitionsQueryOptions(adapter: TeamkitAdapter) {
  return queryOptions<AttributeDefinition[], TeamkitError, SanitizedDefinitions>({
    queryKey: teamkitKeys.attributeDefinitions(),
    queryFn: ({ signal }) => adapter.listAttributeDefinitions({ signal }),
    select: selectSanitizedDefinitions,
  });
}

/** The request for one page: the normalized query of the key (so key and request never disagree). */
function membersRequest(query: Omit<MembersQuery, 'cursor'>, cursor: string | null): MembersQuery {
  const request: MembersQuery = { organizationId: query.organizationId, cursor };
  // The key trims the search (teamkitKeys.membersList), so the request must too: "ada" and "ada "
  // share one cache entry and must mean the same thing.
  const search = query.search?.trim();
  if (search) request.search = search;
  if (query.statuses && query.statuses.length > 0) request.statuses = query.statuses;
  if (query.roles && query.roles.length > 0) request.roles = query.roles;
  if (query.sort) request.sort = query.sort;
  if (query.limit !== undefined) request.limit = query.limit;
  return request;
}

/**
 * An organization's members, page by page (cursor pagination), for one search/filter/sort.
 * @example await queryClient.prefetchInfiniteQuery(membersInfiniteQueryOptions(adapter, { organizationId }));
 */
export function membersInfiniteQueryOptions(adapter: TeamkitAdapter, query: Omit<MembersQuery, 'cursor'>) {
  return infiniteQueryOptions<
    MembersPage,
    TeamkitError,
    InfiniteData<MembersPage, string | null>,
    ReturnType<typeof teamkitKeys.membersList>,
    string | null
  >({
    queryKey: teamkitKeys.membersList(query),
    queryFn: ({ pageParam, signal }) => adapter.listMembers(membersRequest(query, pageParam), { signal }),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** One member of an organization. */
export function memberQueryOptions(adapter: TeamkitAdapter, organizationId: string, userId: string) {
  return queryOptions<Member, TeamkitError>({
    queryKey: teamkitKeys.member(organizationId, userId),
    queryFn: ({ signal }) => adapter.getMember(organizationId, userId, { signal }),
  });
}

/**
 * The roles members of an organization can hold.
 * @example await queryClient.prefetchQuery(rolesQueryOptions(adapter, 'org_acme'));
 */
export function rolesQueryOptions(adapter: TeamkitAdapter, organizationId: string) {
  return queryOptions<Role[], TeamkitError>({
    queryKey: teamkitKeys.roles(organizationId),
    queryFn: ({ signal }) => adapter.listRoles(organizationId, { signal }),
  });
}

/**
 * One organization.
 * @example await queryClient.prefetchQuery(organizationQueryOptions(adapter, 'org_acme'));
 */
export function organizationQueryOptions(adapter: TeamkitAdapter, organizationId: string) {
  return queryOptions<Organization, TeamkitError>({
    queryKey: teamkitKeys.organization(organizationId),
    queryFn: ({ signal }) => adapter.getOrganization(organizationId, { signal }),
  });
}

/** A member looked up by the host's external ID (trimmed); `null` when there is none. Disabled while empty. */
export function userByExternalIdQueryOptions(
  adapter: TeamkitAdapter,
  organizationId: string,
  externalId: string,
) {
  const id = externalId.trim();
  return queryOptions<User | null, TeamkitError>({
    queryKey: teamkitKeys.userByExternalId(organizationId, id),
    queryFn: ({ signal }) => adapter.findUserByExternalId(organizationId, id, { signal }),
    enabled: id !== '',
  });
}

/** An organization looked up by the host's external ID (trimmed); `null` when there is none. Disabled while empty. */
export function organizationByExternalIdQueryOptions(adapter: TeamkitAdapter, externalId: string) {
  const id = externalId.trim();
  return queryOptions<Organization | null, TeamkitError>({
    queryKey: teamkitKeys.organizationByExternalId(id),
    queryFn: ({ signal }) => adapter.findOrganizationByExternalId(id, { signal }),
    enabled: id !== '',
  });
}
