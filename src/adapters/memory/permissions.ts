import type { ActionPermission, MemberActions } from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import type { OrganizationPermissions } from '../../core/viewer.ts';
import type { StoredMembership } from './memory-data.ts';

/** How long after sending an invitation it may be sent again (a real backend rate-limits resends too). */
export const resendCooldownMs = 60_000;

const none: OrganizationPermissions = {
  viewMembers: false,
  inviteMembers: false,
  manageMembers: false,
  updateOrganization: false,
  manageUsers: false,
};

/**
 * What each non-admin seeded role may do. Admin roles (`isAdmin`) may do everything; a role not listed
 * here (one a story added) may see the members list and nothing more.
 */
const rolePermissions: Readonly<Record<string, Partial<OrganizationPermissions>>> = {
  member: { viewMembers: true },
  billing_manager: { viewMembers: true, updateOrganization: true },
};

/** The permissions an active membership with these roles grants; nothing for anyone else. */
export function permissionsFor(
  membership: StoredMembership | undefined,
  roles: readonly Role[],
): OrganizationPermissions {
  if (membership?.status !== 'active') return { ...none };
  const granted = { ...none };
  for (const name of membership.roles) {
    const role = roles.find((candidate) => candidate.name === name);
    if (role?.isAdmin)
      return {
        viewMembers: true,
        inviteMembers: true,
        manageMembers: true,
        updateOrganization: true,
        manageUsers: true,
      };
    Object.assign(granted, rolePermissions[name] ?? { viewMembers: true });
  }
  return granted;
}

/** True when the membership holds an admin role. */
export function holdsAdminRole(membership: Pick<StoredMembership, 'roles'>, roles: readonly Role[]): boolean {
  return membership.roles.some((name) => roles.some((role) => role.name === name && role.isAdmin));
}

/** True when `membership` is the organization's only active admin: removing or demoting it would leave none. */
export function isLastAdmin(
  membership: StoredMembership,
  memberships: readonly StoredMembership[],
  roles: readonly Role[],
): boolean {
  if (membership.status !== 'active' || !holdsAdminRole(membership, roles)) return false;
  return !memberships.some(
    (other) =>
      other !== membership &&
      other.organizationId === membership.organizationId &&
      other.status === 'active' &&
      holdsAdminRole(other, roles),
  );
}

/** True for an invitation not yet accepted (pending or expired). */
export function isInvitation(membership: Pick<StoredMembership, 'status'>): boolean {
  return membership.status === 'pending_invite' || membership.status === 'invite_expired';
}

/** When the invitation may next be sent (ms since the epoch). */
export function resendAllowedAt(membership: StoredMembership): number {
  const lastSent = membership.lastResentAt ?? membership.invitedAt;
  return lastSent ? Date.parse(lastSent) + resendCooldownMs : 0;
}

const allowed: ActionPermission = { allowed: true };
const denied = (reason: Exclude<ActionPermission, { allowed: true }>['reason']): ActionPermission => ({
  allowed: false,
  reason,
});

/** What the viewer may do to one member row, and why not: the same rules the methods enforce. */
export function memberActions(
  membership: StoredMembership,
  context: { permissions: OrganizationPermissions; lastAdmin: boolean; now: number },
): MemberActions {
  const { permissions, lastAdmin, now } = context;
  const manage = (): ActionPermission => {
    if (!permissions.manageMembers) return denied('not_permitted');
    if (membership.provisioning === 'scim') return denied('managed_by_directory');
    if (lastAdmin) return denied('last_admin');
    return allowed;
  };
  const resend = (): ActionPermission => {
    if (!permissions.inviteMembers) return denied('not_permitted');
    if (!isInvitation(membership)) return denied('not_an_invitation');
    if (now < resendAllowedAt(membership)) return denied('resend_cooldown');
    return allowed;
  };
  const revoke = (): ActionPermission => {
    if (!permissions.inviteMembers) return denied('not_permitted');
    if (!isInvitation(membership)) return denied('not_an_invitation');
    return allowed;
  };
  return { changeRoles: manage(), remove: manage(), resendInvitation: resend(), revokeInvitation: revoke() };
}
