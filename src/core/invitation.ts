import type { TeamkitErrorCode } from './errors.ts';
import type { MetadataPatch } from './json.ts';
import type { Member } from './member.ts';

/** An invitation to join an organization (Scalekit's Invite). */
export interface Invitation {
  /**
   * The invitation's ID: opaque, adapter-defined, what resend and revoke address. A resend may return a
   * new one (`capabilities.invitations.resend === 'recreate'`, Auth0's delete and re-create).
   */
  id: string;
  /** The organization invited to. */
  organizationId: string;
  /** The invited user's ID, or null when the backend creates the user only on acceptance (Auth0). */
  userId: string | null;
  /** The invited address. */
  email: string;
  /** Who invited them, or null. */
  inviterEmail: string | null;
  /** Whether it is still waiting, expired or accepted. */
  status: 'pending' | 'expired' | 'accepted';
  /** When it was created (RFC 3339). */
  createdAt: string;
  /** When it expires (RFC 3339). */
  expiresAt: string;
  /** When it was last resent (RFC 3339), or null. */
  resentAt: string | null;
  /** How many times it has been resent. */
  resentCount: number;
}

/** What is needed to invite one person. */
export interface InviteInput {
  /** The address to invite. */
  email: string;
  /** Role names to grant; empty means the organization's default role. */
  roles?: readonly string[];
  /** Given name, if known. */
  givenName?: string;
  /** Family name, if known. */
  familyName?: string;
  /** Display name, if known. */
  name?: string;
  /** The host's ID for this person (admins only). */
  externalId?: string;
  /** User metadata to store (admins only). */
  metadata?: MetadataPatch;
  /** Whether the backend emails the invitation; default true. */
  sendEmail?: boolean;
  /**
   * A key unique to this person and this attempt: sending the same key again returns the first
   * result instead of inviting twice, so a retry after a lost response is safe.
   */
  idempotencyKey: string;
}

/** How inviting one address ended. */
export type InviteOutcome =
  | { email: string; status: 'invited'; member: Member }
  | { email: string; status: 'already_member' }
  | { email: string; status: 'invalid'; message: string }
  | { email: string; status: 'failed'; code: TeamkitErrorCode; message: string };
