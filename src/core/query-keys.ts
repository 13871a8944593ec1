import type { MembersQuery } from './adapter.ts';

/**
 * Every TanStack Query key the kit uses, in one place. Keys are nested so a mutation can invalidate
 * exactly what it changed: `members(orgId)` covers every page, search and filter of that list.
 */
export const teamkitKeys = {
  /** Everything the kit caches. */
  all: ['teamkit'] as const,
  /** The viewer in an organization. */
  viewer: (organizationId: string) => ['teamkit', 'viewer', organizationId] as const,
  /** Every list of the signed-in person's own organizations (for invalidation). */
  viewerOrganizations: () => ['teamkit', 'viewer-organizations'] as const,
  /** The signed-in person's organizations matching one search (trimmed), page by page. */
  viewerOrganizationsList: (search: string) =>
    ['teamkit', 'viewer-organizations', { search: search.trim() }] as const,
  /** The signed-in person's user ID (the user itself is cached under `user(id)`). */
  currentUserId: () => ['teamkit', 'current-user-id'] as const,
  /** Every cached user. */
  users: () => ['teamkit', 'user'] as const,
  /** One user. */
  user: (userId: string) => ['teamkit', 'user', userId] as const,
  /** Attribute definitions. */
  attributeDefinitions: () => ['teamkit', 'attribute-definitions'] as const,
  /** Every members query of an organization (for invalidation). */
  members: (organizationId: string) => ['teamkit', 'members', organizationId] as const,
  /** One members query (search, filters, sort); pages are held by the infinite query under it. */
  membersList: (query: Omit<MembersQuery, 'cursor'>) =>
    [
      'teamkit',
      'members',
      query.organizationId,
      'list',
      {
        search: query.search?.trim() ?? '',
        statuses: [...(query.statuses ?? [])].sort(),
        roles: [...(query.roles ?? [])].sort(),
        sort: query.sort ?? null,
        limit: query.limit ?? null,
      },
    ] as const,
  /** One member. */
  member: (organizationId: string, userId: string) =>
    ['teamkit', 'members', organizationId, 'one', userId] as const,
  /** An organization's roles. */
  roles: (organizationId: string) => ['teamkit', 'roles', organizationId] as const,
  /** One organization. */
  organization: (organizationId: string) => ['teamkit', 'organization', organizationId] as const,
  /** An organization looked up by external ID. */
  organizationByExternalId: (externalId: string) =>
    ['teamkit', 'organization-by-external-id', externalId] as const,
  /** A user looked up by external ID within an organization. */
  userByExternalId: (organizationId: string, externalId: string) =>
    ['teamkit', 'user-by-external-id', organizationId, externalId] as const,
};

/** Keys of every external-ID lookup, invalidated when an external ID changes anywhere. */
export const externalIdLookupKeys = {
  organizations: ['teamkit', 'organization-by-external-id'] as const,
  users: ['teamkit', 'user-by-external-id'] as const,
};
