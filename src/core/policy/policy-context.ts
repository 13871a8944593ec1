import type { Role } from '../role.ts';
import type { OrganizationPermissions } from '../viewer.ts';
import type { AccessPolicy } from './access-policy.ts';
import type { MemberRowState } from './member-row.ts';

/** Who is acting and under which rules: what every guard and row decision reads. */
export interface PolicyContext {
  /**
   * The acting viewer's user ID. Null for a caller that acts for no member (a service on its own
   * credentials), so nothing it does counts as acting on itself.
   */
  viewerId: string | null;
  /** The viewer's permissions in the organization (see `viewerPermissions`). */
  permissions: OrganizationPermissions;
  /** The organization's roles, to tell admin roles (unused when `policy.adminRoles` lists names). */
  roles: readonly Role[];
  /** The host's mapping of roles and rules; `{}` when left out. */
  policy?: AccessPolicy;
}

/** Facts about the target member that only a scan of the organization gives. */
export interface LastAdminFact {
  /**
   * Whether the member is the organization's only active admin (see `isLastActiveAdmin`); the caller
   * supplies it because a vendor adapter learns it from a scan of the whole organization.
   */
  lastAdmin: boolean;
}

/** The clock and the backend's cooldown, for decisions about resending an invitation. */
export interface ResendFacts {
  /** The current time, ms since the epoch. */
  now: number;
  /** `capabilities.invitations.resendCooldownMs`: the shortest wait between two sends, or null for none. */
  resendCooldownMs: number | null;
}

/** True when the viewer acts on their own membership. */
export function actsOnSelf(member: Pick<MemberRowState, 'userId'>, context: PolicyContext): boolean {
  return context.viewerId !== null && member.userId === context.viewerId;
}
