import type { MemberSortField } from './adapter.ts';

/**
 * How a backend matches a members search: `full_text` matches names, email and external ID by
 * substring; `identifiers` matches only email, user ID and external ID (Scalekit's `users:search`);
 * `none` cannot search at all.
 */
export type MemberSearchMode = 'full_text' | 'identifiers' | 'none';

/** Whether a members list's total is exact, an estimate ("about 1,200"), or not known at all ("100+"). */
export type MemberTotals = 'exact' | 'estimated' | 'none';

/**
 * What a write that carries `expectedVersion` guarantees:
 * - `atomic`: the backend compares and writes in one step (an ETag / If-Match, or a single process);
 * - `check-then-write`: the adapter reads, compares its fingerprint, then writes; an edit landing
 *   between the read and the write is not detected;
 * - `none`: versions are not checked; the last write wins.
 */
export type ConcurrencyGuarantee = 'atomic' | 'check-then-write' | 'none';

/**
 * How an invitation is sent again: `in_place` keeps its identity (Scalekit's `resend`), `recreate`
 * deletes it and creates a new one with a new invitation ID (Auth0), `none` cannot resend.
 */
export type InvitationResend = 'in_place' | 'recreate' | 'none';

/** Which metadata values a backend stores: strings only, or any JSON value. */
export type MetadataValueKind = 'string' | 'json';

/** What a backend can do with a members list. */
export interface MemberListCapabilities {
  /** How a search is matched. */
  search: MemberSearchMode;
  /** Shortest search the backend accepts, in characters (Scalekit: 3); shorter ones are not sent. */
  searchMinLength: number;
  /** Fields the backend can sort by; empty when it returns its own order only. */
  sortFields: readonly MemberSortField[];
  /** Whether the list can be filtered by membership status. */
  statusFilter: boolean;
  /** Whether the list can be filtered by role. */
  roleFilter: boolean;
  /** Whether `MembersPage.totalCount` is exact, estimated or absent. */
  totals: MemberTotals;
  /** Largest page the backend returns; larger `limit`s are capped to it. */
  maxPageSize: number;
}

/** What a backend can do with invitations. */
export interface InvitationCapabilities {
  /** How an invitation is sent again. */
  resend: InvitationResend;
  /** Shortest wait between two sends of one invitation in ms, or null when the backend sets none. */
  resendCooldownMs: number | null;
  /** Whether an expired invitation stays listed (`invite_expired`) rather than being deleted (Auth0). */
  expiredInvitationsRemain: boolean;
  /** How long a new invitation lasts in ms, or null when the backend does not say. */
  lifetimeMs: number | null;
  /**
   * Whether an `idempotencyKey` is honoured: sending the same key again returns the first result
   * instead of inviting twice. False means a retry after a lost response may invite twice.
   */
  idempotent: boolean;
}

/** What a backend can do with memberships. */
export interface MembershipCapabilities {
  /** Whether a member may hold several roles at once (a multi-select), or exactly one. */
  multipleRoles: boolean;
  /** Whether memberships carry metadata of their own (Auth0's do not). */
  metadata: boolean;
  /** Whether removing a user's last membership also deletes the user (Scalekit's default cascade). */
  removeDeletesOrphanedUser: boolean;
}

/** What a backend can do with metadata bags. */
export interface MetadataCapabilities {
  /** Whether a key can be deleted (`null` in a patch); Scalekit cannot, so its keys can only be changed. */
  keyDeletion: boolean;
  /** Which values the backend stores; the kit writes strings and shows other JSON values read-only. */
  values: MetadataValueKind;
}

/** What a backend can tell about the signed-in person's own organizations (the organization switcher). */
export interface ViewerOrganizationCapabilities {
  /** Whether `listViewerOrganizations` lists the organizations they belong to, with their roles. */
  list: boolean;
  /** Whether that list can be searched by organization name. */
  search: boolean;
  /** Whether pending invitations to the person come with it. */
  invitations: boolean;
  /**
   * Whether the person can accept an invitation through the kit (`acceptViewerInvitation`); where
   * not, the backend's own sign-in flow accepts it (Auth0).
   */
  acceptInvitations: boolean;
  /** Largest page of organizations the backend returns. */
  maxPageSize: number;
}

/**
 * What an adapter's backend can do, declared rather than faked: components read it to offer only what
 * works (a column that cannot be sorted has no sort button, a filter that cannot be applied is not
 * shown, a search shorter than the minimum says why instead of sending), and the conformance suite
 * tests everything declared and reports the rest as not applicable.
 */
export interface TeamkitCapabilities {
  /** Searching, sorting, filtering, totals and paging of members. */
  members: MemberListCapabilities;
  /** What `expectedVersion` guarantees on `updateUser` and `updateOrganization`. */
  concurrency: ConcurrencyGuarantee;
  /** Resending, expiry and idempotency of invitations. */
  invitations: InvitationCapabilities;
  /** Roles and metadata of memberships. */
  memberships: MembershipCapabilities;
  /** Deleting keys and the kinds of values in metadata bags. */
  metadata: MetadataCapabilities;
  /** Whether the backend refuses a second user or organization with the same external ID. */
  externalIdsUnique: boolean;
  /** Whether administrators may add, change and reorder attribute definitions through the adapter. */
  manageDefinitions: boolean;
  /**
   * Whether the backend stores a custom attribute it has no definition of, given the caller's
   * definitions (`UserCallOptions.definitions`): Auth0 keeps one in `user_metadata` or `app_metadata`;
   * where false (Scalekit), an attribute a host's store adds stays read-only until the backend has it.
   */
  storesUndeclaredCustomAttributes: boolean;
  /** Listing the signed-in person's organizations and accepting their invitations. */
  viewerOrganizations: ViewerOrganizationCapabilities;
}

/** A partial capability set: each group may be given in part; the rest comes from a base set. */
export type CapabilityOverrides = {
  [K in keyof TeamkitCapabilities]?: TeamkitCapabilities[K] extends readonly unknown[] | string | boolean
    ? TeamkitCapabilities[K]
    : Partial<TeamkitCapabilities[K]>;
};

const allSortFields: readonly MemberSortField[] = ['name', 'email', 'status', 'joinedAt', 'invitedAt'];

/** Everything: what the in-memory adapter does by default. */
export const fullCapabilities: TeamkitCapabilities = /* @__PURE__ */ deepFreeze({
  members: {
    search: 'full_text',
    searchMinLength: 1,
    sortFields: allSortFields,
    statusFilter: true,
    roleFilter: true,
    totals: 'exact',
    maxPageSize: 100,
  },
  concurrency: 'atomic',
  invitations: {
    resend: 'in_place',
    resendCooldownMs: 60_000,
    expiredInvitationsRemain: true,
    lifetimeMs: 15 * 24 * 60 * 60 * 1000,
    idempotent: true,
  },
  memberships: { multipleRoles: true, metadata: true, removeDeletesOrphanedUser: true },
  metadata: { keyDeletion: true, values: 'string' },
  externalIdsUnique: true,
  manageDefinitions: true,
  // The memory backend keeps its own definitions, as Scalekit does: a value needs one of them.
  storesUndeclaredCustomAttributes: false,
  viewerOrganizations: {
    list: true,
    search: true,
    invitations: true,
    acceptInvitations: true,
    maxPageSize: 100,
  },
});

/**
 * Scalekit's REST API (backend-fit.md): `users:search` matches email, user ID and external ID from 3
 * characters; no server sort or status/role filter; `total_size` is exact; pages up to 100; no
 * ETag, so versions are checked then written; resend keeps the invitation; expired invitations stay
 * (`INVITE_EXPIRED`, 15 days by default); no idempotency key; membership metadata exists; no field
 * mask, so metadata keys cannot be deleted; string values; unique external IDs.
 */
export const scalekitCapabilities: TeamkitCapabilities = /* @__PURE__ */ deepFreeze({
  members: {
    search: 'identifiers',
    searchMinLength: 3,
    sortFields: [],
    statusFilter: false,
    roleFilter: false,
    totals: 'exact',
    maxPageSize: 100,
  },
  concurrency: 'check-then-write',
  invitations: {
    resend: 'in_place',
    resendCooldownMs: null,
    expiredInvitationsRemain: true,
    lifetimeMs: 15 * 24 * 60 * 60 * 1000,
    idempotent: false,
  },
  memberships: { multipleRoles: true, metadata: true, removeDeletesOrphanedUser: true },
  metadata: { keyDeletion: false, values: 'string' },
  externalIdsUnique: true,
  manageDefinitions: false,
  storesUndeclaredCustomAttributes: false,
  // `GET /api/v1/users/{id}` returns every membership (PENDING_INVITE ones too) with its roles and
  // the organization's name: the whole list in one call, so the adapter searches and pages it. Scalekit
  // has no API for the invitee to accept: the invitation email's link does.
  viewerOrganizations: {
    list: true,
    search: true,
    invitations: true,
    acceptInvitations: false,
    maxPageSize: 100,
  },
});

/**
 * Auth0's Management API v2 (backend-fit.md): members and invitations are two lists with no search,
 * sort or filter and no invitation total; no ETag; resend is delete and re-create (a new `uinv_` ID);
 * expired invitations are deleted (7 days by default); no idempotency key; no membership metadata;
 * `null` deletes a metadata key; JSON values; external IDs (in `app_metadata`) are not unique; no
 * attribute definitions at all, so any custom attribute is a metadata key.
 */
export const auth0Capabilities: TeamkitCapabilities = /* @__PURE__ */ deepFreeze({
  members: {
    search: 'none',
    searchMinLength: 1,
    sortFields: [],
    statusFilter: false,
    roleFilter: false,
    totals: 'none',
    maxPageSize: 100,
  },
  concurrency: 'check-then-write',
  invitations: {
    resend: 'recreate',
    resendCooldownMs: null,
    expiredInvitationsRemain: false,
    lifetimeMs: 7 * 24 * 60 * 60 * 1000,
    idempotent: false,
  },
  memberships: { multipleRoles: true, metadata: false, removeDeletesOrphanedUser: false },
  metadata: { keyDeletion: true, values: 'json' },
  externalIdsUnique: false,
  manageDefinitions: false,
  storesUndeclaredCustomAttributes: true,
  // `GET /api/v2/users/{id}/organizations` lists them (offset pages, at most 1,000 through the SDK);
  // the adapter searches and sorts that list, and reads the roles of one page's organizations, one
  // call each (`GET /api/v2/organizations/{id}/members/{user_id}/roles`), hence small pages.
  // Invitations cannot be listed by invitee (only per organization), and are accepted in Auth0's login
  // flow, never through the Management API.
  viewerOrganizations: {
    list: true,
    search: true,
    invitations: false,
    acceptInvitations: false,
    maxPageSize: 25,
  },
});

/** A full capability set: `base` with `overrides` applied group by group. */
export function resolveCapabilities(
  overrides: CapabilityOverrides = {},
  base: TeamkitCapabilities = fullCapabilities,
): TeamkitCapabilities {
  return deepFreeze({
    members: { ...base.members, ...overrides.members },
    concurrency: overrides.concurrency ?? base.concurrency,
    invitations: { ...base.invitations, ...overrides.invitations },
    memberships: { ...base.memberships, ...overrides.memberships },
    metadata: { ...base.metadata, ...overrides.metadata },
    externalIdsUnique: overrides.externalIdsUnique ?? base.externalIdsUnique,
    manageDefinitions: overrides.manageDefinitions ?? base.manageDefinitions,
    storesUndeclaredCustomAttributes:
      overrides.storesUndeclaredCustomAttributes ?? base.storesUndeclaredCustomAttributes,
    viewerOrganizations: { ...base.viewerOrganizations, ...overrides.viewerOrganizations },
  });
}

/** Whether the backend can sort members by `field`. */
export function canSortMembersBy(capabilities: TeamkitCapabilities, field: MemberSortField): boolean {
  return capabilities.members.sortFields.includes(field);
}

// Capabilities are plain JSON trees (no cycles), so freezing again what is frozen costs nothing.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object')
    for (const child of Object.values(Object.freeze(value))) deepFreeze(child);
  return value;
}
