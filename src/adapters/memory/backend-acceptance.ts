import { TeamkitError } from '../../core/errors.ts';
import type { Member } from '../../core/member.ts';
import type { User } from '../../core/user.ts';
import type { BackendContext } from './backend-context.ts';
import { notFound } from './backend-state.ts';
import { memoryUser } from './fixtures.ts';
import type { StoredMembership } from './memory-data.ts';
import { isInvitation } from './permissions.ts';

/** What the invitee types when they accept (Auth0's sign-up asks for their names; none are required). */
export interface AcceptInvitationProfile {
  /** Their given name. */
  givenName?: string;
  /** Their family name. */
  familyName?: string;
  /** Their full display name. */
  name?: string;
}

/** What an invitation without a user carries for the person it will create. */
type Invitee = NonNullable<StoredMembership['invitee']>;

/**
 * The invitee's side of an invitation, which happens in the backend's own pages, outside the kit: the
 * control surface a demo or test uses to show what follows (the row becomes an active member, the
 * invitation is accepted). Not permission-checked: it is the invitee acting, not the viewer.
 */
export function createAcceptanceBackend(context: BackendContext) {
  const { state } = context;

  /**
   * The user an invitation without one becomes: the person the address already belongs to in the
   * environment (Auth0 links an existing user), else a new user with the names given and what the
   * invitation carried (external ID, unless another user holds it; admin metadata).
   */
  function userFor(email: string, profile: AcceptInvitationProfile, invitee: Invitee): User {
    const existing = Object.values(state.data.users).find(
      (user) => user.email.toLowerCase() === email.toLowerCase(),
    );
    if (existing) return existing;
    const externalId =
      invitee.externalId && !context.externalIdTaken(invitee.externalId, '') ? invitee.externalId : null;
    const user = memoryUser({
      id: context.nextId('usr_963'),
      email,
      // They proved the address by following the invitation's link.
      emailVerified: true,
      externalId,
      createdAt: context.iso(),
      appMetadata: { ...invitee.appMetadata },
      profile: {
        givenName: profile.givenName ?? null,
        familyName: profile.familyName ?? null,
        name: profile.name ?? null,
      },
    });
    const versioned = { ...user, version: context.userVersion(user, '0') };
    state.data.users[versioned.id] = versioned;
    return versioned;
  }

  return {
    /**
     * The invitee accepts `invitationId`: an invitation without a user creates (or links) the user,
     * the membership becomes active, and the invitation is accepted (its ID now answers `conflict`).
     * `not_found` for an unknown invitation, `conflict` for an expired or already accepted one.
     */
    acceptInvitation(
      organizationId: string,
      invitationId: string,
      profile: AcceptInvitationProfile = {},
    ): Member {
      context.expireInvitations();
      const membership = context.invitationOf(organizationId, invitationId);
      if (!membership) throw notFound('The invitation');
      if (membership.status === 'invite_expired') {
        throw new TeamkitError('conflict', 'This invitation has expired. Send it again first.');
      }
      if (!isInvitation(membership))
        throw new TeamkitError('conflict', 'This invitation was already accepted.');
      if (membership.userId === null) {
        const user = userFor(
          membership.email ?? '',
          profile,
          membership.invitee ?? {
            externalId: null,
            appMetadata: {},
          },
        );
        if (context.membershipOf(organizationId, user.id)) {
          throw new TeamkitError('conflict', 'This person is already a member of the organization.');
        }
        membership.userId = user.id;
        membership.email = null;
      }
      delete membership.invitee;
      membership.status = 'active';
      membership.joinedAt = context.iso();
      membership.expiresAt = null;
      context.changed();
      return context.memberFor(membership);
    },
  };
}
