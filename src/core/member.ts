import type { Metadata, MetadataPatch } from './json.ts';

/** Where a membership stands (Scalekit's MembershipStatus). */
export type MembershipStatus = 'active' | 'inactive' | 'pending_invite' | 'invite_expired';

/** Every membership status, in the order filters list them. */
export const membershipStatuses: readonly MembershipStatus[] = [
  'active',
  'pending_invite',
  'invite_expired',
  'inactive',
];

/**
 * How a member came to be in the organization. `org_creator`, `allowed_email_domain` and `direct` are
 * Scalekit's `provisioning_method`s (`direct` is Scalekit's `direct_provision`: the API or a directory,
 * which cannot be told apart); `scim` is used only where a backend says so.
 */
export type ProvisioningMethod =
  | 'invitation'
  | 'dashboard'
  | 'jit_sso'
  | 'scim'
  | 'api'
  | 'org_creator'
  | 'allowed_email_domain'
  | 'direct'
  | 'unknown';

/** Why an action on a member is not offered, as a code components turn into words. */
export type ActionDeniedReason =
  | 'not_permitted'
  | 'last_admin'
  | 'managed_by_directory'
  | 'not_an_invitation'
  | 'invitation_not_pending'
  | 'resend_cooldown';

/** Whether the viewer may do one thing to one member, and why not. */
export type ActionPermission = { allowed: true } | { allowed: false; reason: ActionDeniedReason };

/** What the viewer may do to one member row, decided by the backend. */
export interface MemberActions {
  /** Change the member's roles. */
  changeRoles: ActionPermission;
  /** Remove the member from the organization. */
  remove: ActionPermission;
  /** Send the invitation again. */
  resendInvitation: ActionPermission;
  /** Withdraw a pending invitation. */
  revokeInvitation: ActionPermission;
}

/**
 * One person's membership of an organization, as a members list shows it: an active member, or an
 * invitation (pending or expired). Address a row by `memberKey(member)`, never by `userId` alone.
 */
export interface Member {
  /**
   * The member's user ID, or null for an invitation the backend keeps without a user (Auth0 creates
   * the user only when the invitation is accepted).
   */
  userId: string | null;
  /**
   * The invitation's ID on an invitation row (pending or expired), null otherwise: opaque and
   * adapter-defined; resend and revoke address it. It may change when an invitation is resent
   * (`capabilities.invitations.resend === 'recreate'`).
   */
  invitationId: string | null;
  /** The organization's ID. */
  organizationId: string;
  /** Email address. */
  email: string;
  /** Given name, when known. */
  givenName: string | null;
  /** Family name, when known. */
  familyName: string | null;
  /** Display name, when known. */
  name: string | null;
  /** The host's ID for this user, or null. */
  externalId: string | null;
  /** Names of the roles held here. */
  roles: readonly string[];
  /** Where the membership stands. */
  status: MembershipStatus;
  /** How the member was added. */
  provisioning: ProvisioningMethod;
  /** When they were invited (RFC 3339), or null if never invited. */
  invitedAt: string | null;
  /** When they joined (RFC 3339), or null while invited. */
  joinedAt: string | null;
  /** When a pending invitation expires (RFC 3339), or null. */
  expiresAt: string | null;
  /** Who sent the invitation, or null. */
  inviterEmail: string | null;
  /** When the invitation was last resent (RFC 3339), or null. */
  lastResentAt: string | null;
  /** How many times the invitation has been resent. */
  resentCount: number;
  /** Metadata of the membership itself (per organization). */
  metadata: Metadata;
  /** What the viewer may do to this member. */
  actions: MemberActions;
}

/** A change to a membership: its roles (the full desired set) and metadata (merged by key). */
export interface MembershipPatch {
  /** The roles the member should hold, replacing the current ones. */
  roles?: readonly string[];
  /** Membership metadata to set or remove, by key. */
  metadata?: MetadataPatch;
}

/** The name to show for a member: display name, else given + family name, else the email. */
export function memberDisplayName(
  member: Pick<Member, 'name' | 'givenName' | 'familyName' | 'email'>,
): string {
  if (member.name?.trim()) return member.name.trim();
  const joined = [member.givenName, member.familyName].filter((part) => part?.trim()).join(' ');
  return joined || member.email;
}

/** Up to two letters for an initials avatar. */
export function memberInitials(member: Pick<Member, 'name' | 'givenName' | 'familyName' | 'email'>): string {
  const words = memberDisplayName(member)
    .replace(/@.*/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? '?'];
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}
