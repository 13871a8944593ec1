import type { AttributeDefinition } from './attribute-definition.ts';
import type {
  CallOptions,
  MembershipWriteOptions,
  UserCallOptions,
  UserWriteOptions,
  WriteOptions,
} from './call-options.ts';
import type { TeamkitCapabilities } from './capabilities.ts';
import type { Invitation, InviteInput } from './invitation.ts';
import type { BackendLimits } from './limits.ts';
import type {
  AttributeDefinitionChange,
  ManagedAttributeDefinition,
  NewAttributeDefinition,
} from './managed-definition.ts';
import type { Member, MembershipPatch } from './member.ts';
import type { MembersPage, MembersQuery } from './members-query.ts';
import type { Organization, OrganizationPatch } from './organization.ts';
import type { Role } from './role.ts';
import type { User, UserPatch } from './user.ts';
import type { Viewer } from './viewer.ts';
import type {
  ViewerOrganization,
  ViewerOrganizationsPage,
  ViewerOrganizationsQuery,
} from './viewer-organization.ts';

// The contract's argument and result types live beside it; re-exported so `core/adapter.ts` stays the
// one import for everything an adapter implements.
export type {
  CallOptions,
  MembershipWriteOptions,
  UserCallOptions,
  UserWriteOptions,
  WriteOptions,
} from './call-options.ts';
export type { MemberSortField, MembersPage, MembersQuery } from './members-query.ts';

/**
 * The contract between Teamkit and an identity backend: the only thing hooks and components know
 * about one. Implemented today by the in-memory adapter; every adapter must pass the conformance suite
 * (`test/adapter-contract.ts`) for the capabilities it declares.
 *
 * Every method returns a Promise that rejects only with a `TeamkitError` (its `code` says what went
 * wrong); an aborted call rejects with the signal's reason. Something the backend cannot do at all is
 * not faked: `capabilities` does not declare it, and a call that asks for it rejects `not_supported`.
 * Data a method returns may come from an untrusted server: the kit sanitizes definitions and renders
 * every string as text.
 *
 * Versions: `User.version` and `Organization.version` are opaque. A backend with an ETag passes it
 * through; one without (Scalekit, Auth0) returns `versionFingerprint` of the fields the kit edits
 * (`userVersionFields`, `organizationVersionFields`), and a write with `expectedVersion` reads the
 * record, compares fingerprints and only then writes. `capabilities.concurrency` declares which:
 * `atomic`, `check-then-write` (an edit landing between the read and the write is not detected) or
 * `none` (`expectedVersion` is ignored; the last write wins).
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
  getCurrentUser(options?: UserCallOptions): Promise<User>;

  /**
   * One user by ID: the viewer themselves, or (for admins) a member of an organization they manage.
   * Rejects: `not_found`, `permission_denied`.
   */
  getUser(userId: string, options?: UserCallOptions): Promise<User>;

  /**
   * Applies the smallest change to a user and returns the user as stored. Custom attributes,
   * overrides and metadata are merged by key (`null` removes a key). Identity-provider and read-only
   * attributes are refused unless overriding is allowed.
   * Rejects: `validation` (with `fieldErrors` keyed by attribute key, `externalId` or
   * `userMetadata.<key>` / `appMetadata.<key>`), `conflict` (when `expectedVersion` no longer matches, or
   * the external ID is taken; `fieldErrors.externalId` says which), `permission_denied`, `not_found`.
   */
  updateUser(userId: string, patch: UserPatch, options?: UserWriteOptions): Promise<User>;

  /**
   * Describes every profile field, standard and custom, with who may write each; definitions an
   * administrator disabled are left out. Untrusted: the kit passes the result through `sanitizeAttributeDefinitions`.
   */
  listAttributeDefinitions(options?: CallOptions): Promise<AttributeDefinition[]>;

  /**
   * One page of an organization's members and invitations, searched, filtered and sorted on the server
   * as far as `capabilities.members` declares. Rejects: `permission_denied` (viewer may not see
   * members); `validation` (a cursor that is malformed or from another query: `fieldErrors.cursor`; a
   * search shorter than `searchMinLength`: `fieldErrors.search`); `not_supported` (a search, sort field,
   * status or role filter the capabilities do not declare). A `limit` above `maxPageSize` is capped.
   */
  listMembers(query: MembersQuery, options?: CallOptions): Promise<MembersPage>;

  /**
   * One member of an organization, by user ID (an invitation without a user has no such address: it
   * is found in `listMembers`). Rejects: `not_found`, `permission_denied`.
   */
  getMember(organizationId: string, userId: string, options?: CallOptions): Promise<Member>;

  /**
   * Invites one person: a pending invitation, with a user created if the backend does so (Scalekit;
   * Auth0 creates none, so the row's `userId` is null). Bulk invites call this once per address.
   * Where `capabilities.invitations.idempotent`, sending the same `idempotencyKey` again, once the first
   * call has settled and within the adapter's retention (24 hours in the memory adapter), returns the
   * first result instead of inviting twice; the results are kept in an `IdempotencyStore`, which a
   * server shares between its processes. Where not declared, the key is ignored and a retry after a
   * lost response may invite twice (the second then usually fails `already_member`).
   * Rejects: `already_member` (active member or pending invitation), `validation` (`fieldErrors.email`,
   * `fieldErrors.roles`, `fieldErrors.externalId`, `fieldErrors.metadata.<key>`), `conflict` (external
   * ID taken), `permission_denied`, `rate_limited`.
   */
  inviteMember(organizationId: string, input: InviteInput, options?: CallOptions): Promise<Member>;

  /**
   * Sends a pending or expired invitation again (a new one if it had expired), addressed by
   * `Member.invitationId`. Where `capabilities.invitations.resend` is `recreate` (Auth0), the old
   * invitation is deleted and the one returned has a new `id`; `in_place` keeps the ID.
   * Rejects: `not_found`, `conflict` (already accepted), `rate_limited` (within
   * `capabilities.invitations.resendCooldownMs`), `not_supported` (resend `none`), `permission_denied`.
   */
  resendInvitation(organizationId: string, invitationId: string, options?: CallOptions): Promise<Invitation>;

  /**
   * Withdraws a pending or expired invitation, addressed by `Member.invitationId`.
   * Rejects: `not_found`, `conflict` (already accepted), `permission_denied`.
   */
  revokeInvitation(organizationId: string, invitationId: string, options?: CallOptions): Promise<void>;

  /**
   * Changes a membership: its roles (the full desired set) and metadata (merged by key).
   * Rejects: `validation` (unknown role, empty roles, metadata limits), `permission_denied` (including
   * the last admin's demotion and directory-managed members), `not_found`, `conflict` (the member no
   * longer holds `options.expectedRoles`: someone changed them since the caller looked).
   */
  updateMembership(
    organizationId: string,
    userId: string,
    patch: MembershipPatch,
    options?: MembershipWriteOptions,
  ): Promise<Member>;

  /**
   * Removes a member. Whether a user left with no membership is deleted too is declared by
   * `capabilities.memberships.removeDeletesOrphanedUser` (Scalekit: yes; Auth0: never).
   * Rejects: `permission_denied` (last admin, directory-managed), `not_found`.
   */
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
    options?: UserCallOptions,
  ): Promise<User | null>;

  // Definition management: present where `capabilities.manageDefinitions` is declared; elsewhere
  // absent, or rejecting `not_supported`. Definitions are the environment's (every organization's
  // profiles), so `organizationId` names the organization whose administrator acts: the caller
  // needs `manageUsers` there. The rules (key, label, what may change) are core's
  // (`definition-changes.ts`), so every backend answers the same.

  /**
   * Every definition, disabled ones included, each with `enabled`, in stored order.
   * Rejects: `permission_denied`, `not_supported`.
   */
  listManagedAttributeDefinitions?(
    organizationId: string,
    options?: CallOptions,
  ): Promise<ManagedAttributeDefinition[]>;

  /**
   * Adds a custom attribute at the end of its group; profiles show it at once.
   * Rejects: `validation` (`fieldErrors.key` (see `customAttributeKeyRule`), `.label`, `.type`,
   * `.options`, `.helpText`, `.group`, `.write`), `conflict` (the key is in use, in any letter case,
   * even by a disabled field: `fieldErrors.key`), `permission_denied`, `not_supported`.
   */
  createAttributeDefinition?(
    organizationId: string,
    input: NewAttributeDefinition,
    options?: CallOptions,
  ): Promise<ManagedAttributeDefinition>;

  /**
   * Changes one definition, or disables / enables it (`change.enabled`). Its key and type never change
   * (`validation` on `key` / `type`); a standard, identity-provider or system field takes only a
   * label, help text, group and `enabled` (never the email's). Rejects: `validation`, `not_found`,
   * `permission_denied`, `not_supported`.
   */
  updateAttributeDefinition?(
    organizationId: string,
    key: string,
    change: AttributeDefinitionChange,
    options?: CallOptions,
  ): Promise<ManagedAttributeDefinition>;

  /**
   * Puts every definition in a new order (`keys` names each stored definition once) and returns the
   * managed list. Rejects: `validation` (`fieldErrors.keys`), `permission_denied`, `not_supported`.
   */
  reorderAttributeDefinitions?(
    organizationId: string,
    keys: readonly string[],
    options?: CallOptions,
  ): Promise<ManagedAttributeDefinition[]>;

  // The signed-in person's own organizations (the organization switcher): present where
  // `capabilities.viewerOrganizations.list` is declared; elsewhere absent, or rejecting `not_supported`.

  /**
   * One page of the organizations the signed-in person is a member of, by name, each with their roles
   * there; with pending invitations to them on the first page (where
   * `capabilities.viewerOrganizations.invitations`). Rejects: `unauthenticated`; `validation` (a cursor
   * that is malformed or from another search: `fieldErrors.cursor`); `not_supported` (a search where
   * `capabilities.viewerOrganizations.search` is false, or no listing at all).
   */
  listViewerOrganizations?(
    query: ViewerOrganizationsQuery,
    options?: CallOptions,
  ): Promise<ViewerOrganizationsPage>;

  /**
   * The signed-in person accepts an invitation addressed to them, and becomes a member: returns the
   * organization as they now stand in it. Rejects: `not_found` (no such invitation for them),
   * `conflict` (expired, or already accepted), `not_supported` (where
   * `capabilities.viewerOrganizations.acceptInvitations` is false: the backend's sign-in accepts it).
   */
  acceptViewerInvitation?(
    organizationId: string,
    invitationId: string,
    options?: CallOptions,
  ): Promise<ViewerOrganization>;
}

/** The definition-management methods, present: what an adapter that declares `manageDefinitions` offers. */
export type DefinitionManagement = Required<
  Pick<
    TeamkitAdapter,
    | 'listManagedAttributeDefinitions'
    | 'createAttributeDefinition'
    | 'updateAttributeDefinition'
    | 'reorderAttributeDefinitions'
  >
>;
