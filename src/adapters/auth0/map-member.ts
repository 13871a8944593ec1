import type { Management } from 'auth0';
import type { Invitation } from '../../core/invitation.ts';
import type { Member, MemberActions, ProvisioningMethod } from '../../core/member.ts';
import type { MemberRowState } from '../../core/policy/member-row.ts';
import { type Auth0User, text } from './map-user.ts';

/** A row of `GET /api/v2/organizations/{id}/members` (with `fields=…,roles`). */
export type Auth0MemberRow = Management.OrganizationMember;
/** An organization invitation. */
export type Auth0Invitation = Management.OrganizationInvitation;

const emailLike = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * How a member came: Auth0 does not say. A user ID of the form `strategy|connection|id` (Auth0's form
 * for enterprise connections) names its connection; a connection the host lists as provisioned by a
 * directory (SCIM) makes the member `scim`, so the policy leaves their roles and removal to the
 * directory. Everyone else is `unknown`.
 */
export function provisioningOf(
  userId: string,
  directoryConnections: ReadonlySet<string>,
): ProvisioningMethod {
  const [, connection] = userId.split('|');
  return connection !== undefined && userId.split('|').length >= 3 && directoryConnections.has(connection)
    ? 'scim'
    : 'unknown';
}

/** What the policy reads of an active member. */
export function memberRowState(
  userId: string,
  roles: readonly string[],
  directoryConnections: ReadonlySet<string>,
): MemberRowState {
  return {
    userId,
    roles,
    status: 'active',
    provisioning: provisioningOf(userId, directoryConnections),
    invitedAt: null,
    lastResentAt: null,
  };
}

/** What the policy reads of an invitation (no user, no resend history). */
export function invitationRowState(
  invitation: Auth0Invitation,
  roles: readonly string[],
  now: number,
): MemberRowState {
  return {
    userId: null,
    roles,
    status: isExpired(invitation, now) ? 'invite_expired' : 'pending_invite',
    provisioning: 'invitation',
    invitedAt: text(invitation.created_at),
    lastResentAt: null,
  };
}

function isExpired(invitation: Auth0Invitation, now: number): boolean {
  const expires = Date.parse(invitation.expires_at ?? '');
  return Number.isFinite(expires) && expires <= now;
}

/**
 * An active member as the kit's Member. Lossy: Auth0 keeps no join time, no provisioning method and
 * no membership metadata; a list row has no given or family name and no external ID (they need the
 * user, which `getMember` reads: pass it as `user`).
 */
export function toMember(
  organizationId: string,
  row: { userId: string; email: string; name: string | null; roles: readonly string[] },
  state: MemberRowState,
  actions: MemberActions,
  user?: { record: Auth0User; externalId: string | null },
): Member {
  return {
    userId: row.userId,
    invitationId: null,
    organizationId,
    email: row.email,
    givenName: text(user?.record.given_name),
    familyName: text(user?.record.family_name),
    name: row.name,
    externalId: user?.externalId ?? null,
    roles: row.roles,
    status: 'active',
    provisioning: state.provisioning,
    invitedAt: null,
    joinedAt: null,
    expiresAt: null,
    inviterEmail: null,
    lastResentAt: null,
    resentCount: 0,
    metadata: {},
    actions,
  };
}

/**
 * An invitation as a member row with no user (`userId` null): Auth0 creates the user when it is
 * accepted. The inviter is Auth0's free-text `inviter.name`, read as an email only when it is one.
 */
export function invitationToMember(
  invitation: Auth0Invitation,
  roles: readonly string[],
  state: MemberRowState,
  actions: MemberActions,
  externalIdKey: string,
): Member {
  const inviter = text(invitation.inviter?.name);
  const externalId = text((invitation.app_metadata as Record<string, unknown> | undefined)?.[externalIdKey]);
  return {
    userId: null,
    invitationId: invitation.id ?? '',
    organizationId: invitation.organization_id ?? '',
    email: invitation.invitee?.email ?? '',
    givenName: null,
    familyName: null,
    name: null,
    externalId,
    roles,
    status: state.status,
    provisioning: 'invitation',
    invitedAt: text(invitation.created_at),
    joinedAt: null,
    expiresAt: text(invitation.expires_at),
    inviterEmail: inviter && emailLike.test(inviter) ? inviter : null,
    lastResentAt: null,
    resentCount: 0,
    metadata: {},
    actions,
  };
}

/** An Auth0 invitation as the kit's Invitation: always pending while it exists (Auth0 deletes it otherwise). */
export function toInvitation(invitation: Auth0Invitation, now: number): Invitation {
  const inviter = text(invitation.inviter?.name);
  return {
    id: invitation.id ?? '',
    organizationId: invitation.organization_id ?? '',
    userId: null,
    email: invitation.invitee?.email ?? '',
    inviterEmail: inviter && emailLike.test(inviter) ? inviter : null,
    status: isExpired(invitation, now) ? 'expired' : 'pending',
    createdAt: text(invitation.created_at) ?? '',
    expiresAt: text(invitation.expires_at) ?? '',
    resentAt: null,
    resentCount: 0,
  };
}
