import type { Invitation } from '../../core/invitation.ts';
import type { Member, MemberActions, MembershipStatus, ProvisioningMethod } from '../../core/member.ts';
import { familyNameOf, givenNameOf } from './map-user.ts';
import {
  presentString,
  type ScalekitInvite,
  type ScalekitMembership,
  type ScalekitUser,
  stringMap,
} from './scalekit-types.ts';

const statuses: Readonly<Record<string, MembershipStatus>> = {
  ACTIVE: 'active',
  INACTIVE: 'inactive',
  PENDING_INVITE: 'pending_invite',
  INVITE_EXPIRED: 'invite_expired',
};

/**
 * Scalekit's MembershipStatus. `Membership_Status_UNSPECIFIED` (or none) has no kit equivalent: it is
 * read as `inactive`, the state that offers no actions, rather than guessed active.
 */
export function toMembershipStatus(status: string | undefined): MembershipStatus {
  return statuses[String(status ?? '').toUpperCase()] ?? 'inactive';
}

const provisioning: Readonly<Record<string, ProvisioningMethod>> = {
  invitation: 'invitation',
  jit_using_sso: 'jit_sso',
  org_creator: 'org_creator',
  allowed_email_domain: 'allowed_email_domain',
  // "API or SCIM" (OpenAPI L8468): Scalekit does not say which, so the kit cannot tell a directory apart.
  direct_provision: 'direct',
};

/** Scalekit's `provisioning_method`; a value it adds later reads as `unknown`. */
export function toProvisioningMethod(method: string | undefined): ProvisioningMethod {
  return provisioning[String(method ?? '')] ?? 'unknown';
}

/** A user's membership of one organization, or undefined when they hold none there. */
export function membershipIn(user: ScalekitUser, organizationId: string): ScalekitMembership | undefined {
  return user.memberships?.find((membership) => membership.organization_id === organizationId);
}

/**
 * A Scalekit user and their membership as the kit's Member. Lossy: the membership carries no resend
 * history (`lastResentAt` null, `resentCount` 0: only the resend call's Invite has them).
 */
export function toMember(user: ScalekitUser, membership: ScalekitMembership, actions: MemberActions): Member {
  const profile = user.user_profile ?? {};
  const status = toMembershipStatus(membership.membership_status);
  const invited = status === 'pending_invite' || status === 'invite_expired';
  const userId = user.id ?? '';
  return {
    userId,
    // Scalekit has no invitation object: an invitation is the pending membership, addressed by user ID.
    invitationId: invited ? userId : null,
    organizationId: membership.organization_id ?? '',
    email: user.email ?? '',
    givenName: givenNameOf(profile),
    familyName: familyNameOf(profile),
    name: presentString(profile.name),
    externalId: presentString(user.external_id),
    roles: (membership.roles ?? []).map((role) => role.name ?? '').filter(Boolean),
    status,
    provisioning: toProvisioningMethod(membership.provisioning_method),
    invitedAt: presentString(membership.created_at),
    joinedAt: invited ? null : (presentString(membership.accepted_at) ?? presentString(membership.join_time)),
    expiresAt: invited ? presentString(membership.expires_at) : null,
    inviterEmail: presentString(membership.inviter_email),
    lastResentAt: null,
    resentCount: 0,
    metadata: stringMap(membership.metadata),
    actions,
  };
}

/** Scalekit's Invite (from resend) as the kit's Invitation; `status` is a free string in either case. */
export function toInvitation(invite: ScalekitInvite, email: string): Invitation {
  const status = String(invite.status ?? '').toLowerCase();
  return {
    // The invitation is addressed by its user's ID (see toMember); resend keeps it (`in_place`).
    id: invite.user_id ?? '',
    organizationId: invite.organization_id ?? '',
    userId: invite.user_id ?? '',
    email,
    inviterEmail: presentString(invite.inviter_email),
    status:
      status === 'active' || status === 'accepted'
        ? 'accepted'
        : status.includes('expired')
          ? 'expired'
          : 'pending',
    createdAt: presentString(invite.created_at) ?? '',
    expiresAt: presentString(invite.expires_at) ?? '',
    resentAt: presentString(invite.resent_at),
    resentCount:
      typeof invite.resent_count === 'number' ? invite.resent_count : Number(invite.resent_count ?? 0),
  };
}
