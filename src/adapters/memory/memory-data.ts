import type { JsonValue } from '../../core/json.ts';
import type { MembershipStatus, ProvisioningMethod } from '../../core/member.ts';
import type { Organization } from '../../core/organization.ts';
import type { Role } from '../../core/role.ts';
import type { User } from '../../core/user.ts';

/** One membership as the memory backend stores it: a Member without the viewer-dependent parts. */
export interface StoredMembership {
  /** The organization. */
  organizationId: string;
  /**
   * The member's user ID (a key of `MemoryData.users`), or null for an invitation made where
   * invitations create no user (`invitationsCreateUsers: false`, as Auth0).
   */
  userId: string | null;
  /**
   * The invitation's ID: set while this is an invitation (pending or expired), and kept once it is
   * accepted (so the old ID answers "already accepted"); null for members who were never invited here.
   */
  invitationId: string | null;
  /** The invited address of an invitation without a user; null when the user holds the address. */
  email: string | null;
  /** Role names held here. */
  roles: string[];
  /** Where the membership stands; pending invitations turn `invite_expired` once `expiresAt` passes. */
  status: MembershipStatus;
  /** How the member was added; `scim` members are managed by the directory. */
  provisioning: ProvisioningMethod;
  /** When they were invited (RFC 3339), or null. */
  invitedAt: string | null;
  /** When they joined (RFC 3339), or null while invited. */
  joinedAt: string | null;
  /** When the invitation expires (RFC 3339), or null. */
  expiresAt: string | null;
  /** Who sent the invitation, or null. */
  inviterEmail: string | null;
  /** When the invitation was last resent (RFC 3339), or null. */
  lastResentAt: string | null;
  /** How many times the invitation has been resent. */
  resentCount: number;
  /** Membership metadata. */
  metadata: Record<string, JsonValue>;
  /**
   * What an invitation without a user carries for the person it will create (Auth0's invitation keeps
   * `app_metadata`): their external ID and admin metadata, applied when they accept.
   */
  invitee?: { externalId: string | null; appMetadata: Record<string, JsonValue> };
}

/**
 * Everything the memory backend holds: plain JSON, so it can be persisted, snapshotted and edited by a
 * story's `prepare` before the adapter uses it.
 */
export interface MemoryData {
  /** Organizations by ID. */
  organizations: Record<string, Organization>;
  /** Each organization's roles, by organization ID. */
  roles: Record<string, Role[]>;
  /** Users by ID (the environment: users exist independently of organizations). */
  users: Record<string, User>;
  /** Memberships, in insertion order. */
  memberships: StoredMembership[];
  /** Attribute definitions exactly as the backend serves them: untrusted, possibly malformed on purpose. */
  definitions: unknown[];
  /** A counter for IDs of users and invitations created here (deterministic, unlike random IDs). */
  sequence: number;
}
