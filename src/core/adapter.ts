import type { AttributeDefinition } from './attribute-definition.ts';
import type { TeamkitCapabilities } from './capabilities.ts';
import type { Invitation, InviteInput } from './invitation.ts';
import type { BackendLimits } from './limits.ts';
import type { Member, MembershipPatch, MembershipStatus } from './member.ts';
import type { Organization, OrganizationPatch } from './organization.ts';
import type { Role } from './role.ts';
import type { User, UserPatch } from './user.ts';
import type { Viewer } from './viewer.ts';

/**
 * The contract between Teamkit and an identity backend: the only thing hooks and components know
 * about one. Implemented by the in-memory adapter, and by HTTP and vendor adapters.
 *
 * Every method returns a Promise that rejects only with a `TeamkitError` (its `code` says what went
 * wrong); an aborted call rejects with the signal's reason. Data a method returns may come from an
 * untrusted server: the kit sanitizes definitions and renders every string as text.
 */
export interface TeamkitAdapter {
  /** A short name for logs and development warnings (`memory`, `http`, `scalekit`). */
  readonly name: string;

  /** The limits this backend enforces, so the UI can check input before sending. */
  readonly limits: BackendLimits;

  /**
   * What this backend can do (search, sort, filters, totals, concurrency, invitations, metadata …),
   * declared rather than faked: components offer only what it declares.
   */
  readonly capabilities: TeamkitCapabilities;

  /**
   * The signed-in person and what they may do in `organizationId`.
   * Rejects: `unauthenticated`, `not_found` (no such organization, or not a member of it).
   */
  getViewer(organizationId: string, options?: CallOptions): Promise<Viewer>;

  /**
   * The signed-in person's own user record (Scalekit `GET /api/v1/users:this`), so a profile page
   * needs no viewer round trip before it can ask for the user. Rejects: `unauthenticated`.
   */
  getCurrentUser(options?: CallOptions): Promise<User>;

  /**
   * One user by ID: the viewer themselves, or (for admins) a member of an organization they manage.
   * Rejects: `not_found`, `permission_denied`.
   */
  getUser(userId: string, options?: CallOptions): Promise<User>;

  /**
   * Applies the smallest change to a user and returns the user as stored. Custom attributes,
   * overrides and metadata are merged by key (`null` removes a key). Identity-provider and read-only
   * attributes are refused unless overriding is allowed.
   * Rejects: `validation` (with `fieldErrors` keyed by attribute key, `externalId` or
   * `userMetadata.<key>` / `appMetadata.<key>`), `conflict` (when `expectedVersion` no longer matches, or
   * the external ID is taken; `fieldErrors.externalId` says which), `permission_denied`, `not_found`.
   */
  updateUser(userId: string, patch: UserPatch, options?: WriteOptions): Promise<User>;

  /**
   * Describes every profile field, standard and custom, with who may write each.
   * Untrusted: the kit passes the result through `sanitizeAttributeDefinitions`.
   */
  listAttributeDefinitions(options?: CallOptions): Promise<AttributeDefinition[]>;

  /**
   * One page of an organization's members, searched, filtered and sorted on the server.
   * Rejects: `permission_denied` (viewer may not see members), `validation` (bad cursor).
   */
  listMembers(query: MembersQuery, options?: CallOptions): Promise<MembersPage>;

  /** One member of an organization. Rejects: `not_found`, `permission_denied`. */
  getMember(organizationId: string, userId: string, options?: CallOptions): Promise<Member>;

  /**
   * Invites one person: creates the user if needed and a pending membership. Sending the same
   * `idempotencyKey` again returns the first result. Bulk invites call this once per address.
   * Rejects: `already_member` (active member or pending invitation), `validation` (`fieldErrors.email`,
   * `fieldErrors.roles`, `fieldErrors.externalId`, `fieldErrors.metadata.<key>`), `conflict` (external
   * ID taken), `permission_denied`, `rate_limited`.
   */
  inviteMember(organizationId: string, input: InviteInput, options?: CallOptions): Promise<Member>;

  /**
   * Sends a pending or expired invitation again (a new one if it had expired).
   * Rejects: `not_found`, `conflict` (already accepted), `rate_limited` (within the cooldown),
   * `permission_denied`.
   */
  resendInvitation(organizationId: string, userId: string, options?: CallOptions): Promise<Invitation>;

  /** Withdraws a pending or expired invitation. Rejects: `not_found`, `conflict` (already accepted), `permission_denied`. */
  revokeInvitation(organizationId: string, userId: string, options?: CallOptions): Promise<void>;

  /**
   * Changes a membership: its roles (the full desired set) and metadata (merged by key).
   * Rejects: `validation` (unknown role, empty roles, metadata limits), `permission_denied` (including
   * the last admin's demotion and directory-managed members), `not_found`.
   */
  updateMembership(
    organizationId: string,
    userId: string,
    patch: MembershipPatch,
    options?: CallOptions,
  ): Promise<Member>;

  /** Removes a member. Rejects: `permission_denied` (last admin, directory-managed), `not_found`. */
  removeMember(organizationId: string, userId: string, options?: CallOptions): Promise<void>;

  /** The roles members of an organization can hold. */
  listRoles(organizationId: string, options?: CallOptions): Promise<Role[]>;

  /** One organization. Rejects: `not_found`, `permission_denied`. */
  getOrganization(organizationId: string, options?: CallOptions): Promise<Organization>;

  /**
   * Changes an organization. Rejects: `validation` (`fieldErrors.displayName`, `fieldErrors.externalId`,
   * `fieldErrors.metadata.<key>` or `fieldErrors.metadata` for the pair count), `conflict` (external ID
   * taken: `fieldErrors.externalId`; or `expectedVersion` no longer matches), `permission_denied`.
   */
  updateOrganization(
    organizationId: string,
    patch: OrganizationPatch,
    options?: WriteOptions,
  ): Promise<Organization>;

  /** The organization with this external ID, or null when there is none (not an error). */
  findOrganizationByExternalId(externalId: string, options?: CallOptions): Promise<Organization | null>;

  /**
   * The user with this external ID among an organization's members, or null when there is none.
   * Rejects: `permission_denied`.
   */
  findUserByExternalId(
    organizationId: string,
    externalId: string,
    options?: CallOptions,
  ): Promise<User | null>;
}

/** Options every adapter call accepts. */
export interface CallOptions {
  /** Cancels the call (TanStack Query passes one when a query is no longer needed). */
  signal?: AbortSignal;
}

/** Options of calls that change a record. */
export interface WriteOptions extends CallOptions {
  /** The `version` the caller last saw; the call fails with `conflict` if the record changed since. */
  expectedVersion?: string;
  /** The organization in scope, so the backend can judge admin rights over another user. */
  organizationId?: string;
}

/** Fields a members list can be sorted by. */
export type MemberSortField = 'name' | 'email' | 'status' | 'joinedAt' | 'invitedAt';

/** A members list request: search, filters, sort and a page. */
export interface MembersQuery {
  /** The organization whose members to list. */
  organizationId: string;
  /** Case-insensitive text matched against name, email and external ID. */
  search?: string;
  /** Only members in these statuses (any, when empty or absent). */
  statuses?: readonly MembershipStatus[];
  /** Only members holding at least one of these roles (any, when empty or absent). */
  roles?: readonly string[];
  /** Sort order; by name ascending when absent. */
  sort?: { field: MemberSortField; direction: 'asc' | 'desc' };
  /** Where to continue: a previous page's `nextCursor`; the first page when absent. */
  cursor?: string | null;
  /** Most members on the page (the backend may cap it; Scalekit caps at 100). */
  limit?: number;
}

/** One page of members. */
export interface MembersPage {
  /** The members on this page. */
  members: Member[];
  /** Cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** How many members match the query in all. */
  totalCount: number;
}
