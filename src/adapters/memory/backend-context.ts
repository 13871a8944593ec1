import { TeamkitError } from '../../core/errors.ts';
import type { ActionPermission, Member, MemberActions } from '../../core/member.ts';
import type { Organization } from '../../core/organization.ts';
import type { Role } from '../../core/role.ts';
import type { User } from '../../core/user.ts';
import {
  organizationVersionFields,
  userVersionFields,
  versionFingerprint,
} from '../../core/version-fingerprint.ts';
import type { OrganizationPermissions } from '../../core/viewer.ts';
import { type BackendState, denied, notFound, own } from './backend-state.ts';
import { memberName } from './members-query.ts';
import type { StoredMembership } from './memory-data.ts';
import {
  resendAllowedAt as cooldownEndsAt,
  holdsAdminRole,
  isInvitation,
  memberActions,
  permissionsFor,
} from './permissions.ts';
import { invitationLifetimeMs } from './seed-clock.ts';

function bumpVersion(version: string): string {
  const number = Number(version);
  return Number.isInteger(number) ? String(number + 1) : '1';
}

/**
 * The lookups and record rules every resource of the memory backend shares: who the viewer is and
 * what they may do, memberships and their rows, versions, deletion and expiry as the declared
 * capabilities say.
 */
export function createBackendContext(state: BackendState) {
  const listeners: Array<() => void> = [];
  const capabilities = () => state.capabilities;

  const iso = () => new Date(state.now()).toISOString();
  /** Records a change: caches forget, and the state is saved when persisting. */
  const changed = () => {
    for (const listener of listeners) listener();
    state.commit();
  };

  /**
   * The version a record gets when written: a counter where writes are atomic (one process), else
   * the fingerprint of the fields the kit edits, as an adapter over a backend without an ETag does.
   */
  const userVersion = (user: User, previous: string) =>
    capabilities().concurrency === 'check-then-write'
      ? versionFingerprint(userVersionFields(user))
      : bumpVersion(previous);
  const organizationVersion = (organization: Organization, previous: string) =>
    capabilities().concurrency === 'check-then-write'
      ? versionFingerprint(organizationVersionFields(organization))
      : bumpVersion(previous);

  /**
   * Refuses a write whose `expectedVersion` no longer matches. Check-then-write recomputes the
   * fingerprint of what is stored now (a check, then the caller writes: not atomic, as declared);
   * `none` checks nothing.
   */
  const checkVersion = (current: string, fingerprint: () => string, expected: string | undefined) => {
    if (expected === undefined || capabilities().concurrency === 'none') return;
    const now = capabilities().concurrency === 'check-then-write' ? fingerprint() : current;
    if (expected !== now) throw new TeamkitError('conflict');
  };

  /** How long a new invitation lasts: as declared, else the memory backend's 15 days. */
  const invitationLifetime = () => capabilities().invitations.lifetimeMs ?? invitationLifetimeMs;

  /** When an invitation may next be sent (ms since the epoch), under the declared cooldown. */
  const resendAllowedAt = (membership: StoredMembership): number =>
    cooldownEndsAt(membership, capabilities().invitations.resendCooldownMs);

  const users = () => state.data.users;
  const rolesOf = (organizationId: string): Role[] => own(state.data.roles, organizationId) ?? [];
  const membershipOf = (organizationId: string, userId: string) =>
    state.data.memberships.find((m) => m.organizationId === organizationId && m.userId === userId);
  const invitationOf = (organizationId: string, invitationId: string) =>
    state.data.memberships.find(
      (m) => m.organizationId === organizationId && m.invitationId === invitationId,
    );

  /** Deletes a membership; a user left with none is deleted too where the backend cascades (Scalekit). */
  const deleteMembership = (membership: StoredMembership) => {
    state.data.memberships = state.data.memberships.filter((m) => m !== membership);
    const { userId } = membership;
    if (
      userId !== null &&
      capabilities().memberships.removeDeletesOrphanedUser &&
      !state.data.memberships.some((m) => m.userId === userId)
    ) {
      delete state.data.users[userId];
    }
    changed();
  };

  /**
   * Invitations past their expiry: `invite_expired` where the backend keeps them (Scalekit), deleted
   * where it does not (Auth0), as the real backend would report them at the next read.
   */
  const expireInvitations = () => {
    const now = state.now();
    const expired = state.data.memberships.filter(
      (m) => m.status === 'pending_invite' && m.expiresAt && Date.parse(m.expiresAt) <= now,
    );
    if (expired.length === 0) return;
    for (const membership of expired) {
      if (capabilities().invitations.expiredInvitationsRemain) membership.status = 'invite_expired';
      else deleteMembership(membership);
    }
    changed();
  };

  const viewerUser = (): User => {
    expireInvitations();
    const user = own(users(), state.viewerId);
    if (!user) throw new TeamkitError('unauthenticated');
    return user;
  };
  const organization = (organizationId: string): Organization => {
    const found = own(state.data.organizations, organizationId);
    if (!found) throw notFound('The organization');
    return found;
  };
  const permissionsIn = (organizationId: string): OrganizationPermissions =>
    permissionsFor(membershipOf(organizationId, state.viewerId), rolesOf(organizationId));
  const requirePermission = (organizationId: string, permission: keyof OrganizationPermissions) => {
    viewerUser();
    organization(organizationId);
    const permissions = permissionsIn(organizationId);
    if (!permissions[permission]) throw denied();
    return permissions;
  };
  /** True when the viewer manages `userId` in a shared organization (`organizationId`, when given). */
  const managesUser = (userId: string, organizationId?: string) =>
    state.data.memberships.some(
      (m) =>
        m.userId === userId &&
        (organizationId === undefined || m.organizationId === organizationId) &&
        permissionsIn(m.organizationId).manageUsers,
    );
  const activeAdminCount = (organizationId: string) => {
    const roles = rolesOf(organizationId);
    return state.data.memberships.filter(
      (m) => m.organizationId === organizationId && m.status === 'active' && holdsAdminRole(m, roles),
    ).length;
  };
  const externalIdTaken = (externalId: string, exceptUserId: string) =>
    Object.values(users()).some((user) => user.externalId === externalId && user.id !== exceptUserId);

  /** The row's actions, with resend judged by the declared resend mode and cooldown. */
  const actionsFor = (
    membership: StoredMembership,
    permissions: OrganizationPermissions,
    lastAdmin: boolean,
  ): MemberActions => {
    const now = state.now();
    const actions = memberActions(membership, { permissions, lastAdmin, now });
    const resend = actions.resendInvitation;
    if (!resend.allowed && resend.reason !== 'resend_cooldown') return actions;
    const resendInvitation: ActionPermission =
      now < resendAllowedAt(membership) ? { allowed: false, reason: 'resend_cooldown' } : { allowed: true };
    return { ...actions, resendInvitation };
  };

  const toMember = (
    membership: StoredMembership,
    permissions: OrganizationPermissions,
    adminCount: number,
  ): Member => {
    const user = membership.userId === null ? undefined : own(users(), membership.userId);
    const roles = rolesOf(membership.organizationId);
    const lastAdmin = adminCount <= 1 && membership.status === 'active' && holdsAdminRole(membership, roles);
    return {
      userId: membership.userId,
      invitationId: isInvitation(membership) ? membership.invitationId : null,
      organizationId: membership.organizationId,
      email: user?.email ?? membership.email ?? '',
      givenName: user?.profile.givenName ?? null,
      familyName: user?.profile.familyName ?? null,
      name: user ? memberName(user) : null,
      externalId: user?.externalId ?? null,
      roles: [...membership.roles],
      status: membership.status,
      provisioning: membership.provisioning,
      invitedAt: membership.invitedAt,
      joinedAt: membership.joinedAt,
      expiresAt: membership.expiresAt,
      inviterEmail: membership.inviterEmail,
      lastResentAt: membership.lastResentAt,
      resentCount: membership.resentCount,
      metadata: membership.metadata,
      actions: actionsFor(membership, permissions, lastAdmin),
    };
  };
  const memberFor = (membership: StoredMembership) =>
    toMember(
      membership,
      permissionsIn(membership.organizationId),
      activeAdminCount(membership.organizationId),
    );

  /** A new ID from the data's sequence (users and invitations made here). */
  const nextId = (prefix: string) => {
    state.data.sequence += 1;
    return `${prefix}${String(state.data.sequence).padStart(14, '0')}`;
  };

  return {
    state,
    capabilities,
    iso,
    changed,
    /** Calls `listener` after every change (the members list drops its cache). */
    onChange: (listener: () => void) => listeners.push(listener),
    userVersion,
    organizationVersion,
    checkVersion,
    invitationLifetime,
    resendAllowedAt,
    rolesOf,
    membershipOf,
    invitationOf,
    deleteMembership,
    expireInvitations,
    viewerUser,
    organization,
    permissionsIn,
    requirePermission,
    managesUser,
    activeAdminCount,
    externalIdTaken,
    toMember,
    memberFor,
    nextId,
  };
}

/** The shared lookups and record rules of the memory backend (see createBackendContext). */
export type BackendContext = ReturnType<typeof createBackendContext>;
