import type { MembershipStatus, ProvisioningMethod } from '../member.ts';
import type { AccessPolicy } from './access-policy.ts';

/**
 * What the policy reads of one membership row: a `Member`, a memory adapter's stored membership and
 * a vendor's membership mapped by an adapter all have these fields.
 */
export interface MemberRowState {
  /** The member's user ID; null for an invitation that has no user yet (Auth0). */
  userId: string | null;
  /** Names of the roles held. */
  roles: readonly string[];
  /** Where the membership stands. */
  status: MembershipStatus;
  /** How the member was added. */
  provisioning: ProvisioningMethod;
  /** When the invitation was first sent (RFC 3339), or null. */
  invitedAt: string | null;
  /** When the invitation was last sent again (RFC 3339), or null. */
  lastResentAt: string | null;
}

/** True for an invitation not yet accepted (pending or expired). */
export function isInvitation(member: Pick<MemberRowState, 'status'>): boolean {
  return member.status === 'pending_invite' || member.status === 'invite_expired';
}

/** True when a directory manages the member, so their roles and removal are changed there, not here. */
export function isDirectoryManaged(member: MemberRowState, policy: AccessPolicy = {}): boolean {
  return policy.isDirectoryManaged ? policy.isDirectoryManaged(member) : member.provisioning === 'scim';
}
