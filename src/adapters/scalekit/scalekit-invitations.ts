import type { CallOptions, TeamkitAdapter } from '../../core/adapter.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import { defaultIdempotencyTtlMs, type IdempotencyStore } from '../../core/idempotency-store.ts';
import type { Invitation, InviteInput } from '../../core/invitation.ts';
import type { Member } from '../../core/member.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import { checkResend, checkRevoke } from '../../core/policy/invitation-guards.ts';
import { enforcePolicy } from '../../core/policy/policy-error.ts';
import { mergeStringMap, refuseKeyDeletion } from './field-checks.ts';
import { membershipIn, toInvitation } from './map-member.ts';
import type { ScalekitSession } from './scalekit-session.ts';
import {
  type ScalekitCreateMembership,
  type ScalekitCreateUser,
  type ScalekitUser,
  stringMap,
} from './scalekit-types.ts';
import { patchUserMetadata, prefixedKeyErrors } from './user-metadata.ts';

/** Rough but sufficient: Scalekit checks `string.email` itself; this catches what needs no round trip. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The largest page `users:search` returns. */
const searchMaxPageSize = 30;

/** The invitation methods of the adapter: invite (once per key, given a store), resend, revoke. */
export function scalekitInvitations(
  session: ScalekitSession,
  store: IdempotencyStore | undefined,
): Pick<TeamkitAdapter, 'inviteMember' | 'resendInvitation' | 'revokeInvitation'> {
  const { api, ok, signalOf } = session;

  /** The user with `email` in the environment, or null (`users:search` matches email among identifiers). */
  async function findUserByEmail(email: string, callOptions?: CallOptions): Promise<ScalekitUser | null> {
    if (email.length < 3 || email.length > 100) return null;
    const data = await ok(
      api.GET('/api/v1/users:search', {
        params: { query: { query: email, page_size: searchMaxPageSize } },
        ...signalOf(callOptions),
      }),
    );
    const wanted = email.toLowerCase();
    return (data.users ?? []).find((user) => user.email?.toLowerCase() === wanted) ?? null;
  }

  async function inviteMember(
    organizationId: string,
    input: InviteInput,
    callOptions?: CallOptions,
  ): Promise<Member> {
    const email = input.email.trim();
    if (!emailPattern.test(email) || email.length > 254)
      throw validationError({ email: 'Enter a valid email address.' });
    if (input.roles && input.roles.length > 0)
      await session.checkRoles(organizationId, input.roles, callOptions);
    refuseKeyDeletion(input.metadata, 'metadata');
    if (input.metadata) {
      const errors = {
        ...metadataFieldErrors({}, input.metadata, session.limits.userMetadata, 'metadata'),
        ...prefixedKeyErrors(input.metadata, 'metadata'),
      };
      if (Object.keys(errors).length > 0) throw validationError(errors);
    }
    // The M2M token may invite anywhere: the viewer's own rights decide, as in the memory adapter.
    const context = await session.contextIn(organizationId, callOptions);
    if (!context.permissions.inviteMembers) throw new TeamkitError('permission_denied');
    if (
      (input.externalId !== undefined || input.metadata !== undefined) &&
      !context.permissions.manageUsers
    ) {
      throw new TeamkitError(
        'permission_denied',
        'Only an administrator can set an external ID or metadata.',
      );
    }
    const roles = (input.roles ?? []).map((name) => ({ name }));
    const membershipBody: ScalekitCreateMembership = {
      ...(roles.length > 0 ? { roles } : {}),
      ...(context.email ? { inviter_email: context.email } : {}),
    };
    const query = { send_invitation_email: input.sendEmail ?? true };
    // No idempotency key in Scalekit: the existing-user check below is what stops a second invitation.
    const existing = await findUserByEmail(email, callOptions);
    let user: ScalekitUser | undefined;
    if (existing) {
      if (membershipIn(existing, organizationId)) throw new TeamkitError('already_member');
      // The invite's metadata goes to the person's admin bag, merged into their one map (as the memory
      // adapter does); checked before anything is written.
      const metadata = input.metadata
        ? patchUserMetadata(stringMap(existing.metadata), { appMetadata: input.metadata }, session.limits)
        : null;
      if (metadata && Object.keys(metadata.errors).length > 0) {
        throw validationError({ metadata: Object.values(metadata.errors)[0] ?? '' });
      }
      const data = await ok(
        api.POST('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: existing.id ?? '' }, query },
          body: membershipBody,
          ...signalOf(callOptions),
        }),
        { onConflict: 'already_member', metadataField: 'metadata' },
      );
      user = data.user;
      if (metadata && user?.id) {
        // Scalekit's CreateMembership takes no user metadata: a second request, so not atomic.
        const updated = await ok(
          api.PATCH('/api/v1/users/{id}', {
            params: { path: { id: user.id } },
            body: { metadata: metadata.map },
            ...signalOf(callOptions),
          }),
          { metadataField: 'metadata' },
        );
        user = updated.user ?? user;
      }
    } else {
      const body: ScalekitCreateUser = {
        email,
        membership: membershipBody,
        ...(input.externalId ? { external_id: input.externalId } : {}),
        ...(input.metadata ? { metadata: mergeStringMap({}, input.metadata) } : {}),
      };
      const profile = {
        ...(input.givenName ? { given_name: input.givenName } : {}),
        ...(input.familyName ? { family_name: input.familyName } : {}),
        ...(input.name ? { name: input.name } : {}),
      };
      if (Object.keys(profile).length > 0) body.user_profile = profile;
      const data = await ok(
        api.POST('/api/v1/organizations/{organization_id}/users', {
          params: { path: { organization_id: organizationId }, query },
          body,
          ...signalOf(callOptions),
        }),
        { onConflict: 'already_member', metadataField: 'appMetadata' },
      );
      user = data.user;
    }
    const membership = user ? membershipIn(user, organizationId) : undefined;
    if (!user || !membership)
      throw new TeamkitError('unknown', 'Scalekit answered the invitation without a membership.');
    // A new invitation is neither a directory's member nor an active admin: no count is made.
    return session.rowOf(
      user,
      membership,
      context,
      session.adminCounter(organizationId, context, callOptions),
    );
  }

  return {
    /** An invite once per idempotency key, where the host gave a store to keep first results in. */
    async inviteMember(organizationId, input, callOptions) {
      const key =
        store && input.idempotencyKey ? `scalekit invite ${organizationId} ${input.idempotencyKey}` : null;
      const remembered = key ? ((await store!.get(key)) as Member | undefined) : undefined;
      if (remembered) return remembered;
      const member = await inviteMember(organizationId, input, callOptions);
      if (key) await store!.put(key, member, defaultIdempotencyTtlMs);
      return member;
    },

    async resendInvitation(organizationId, invitationId, callOptions): Promise<Invitation> {
      // Scalekit addresses an invitation by its user's ID (Member.invitationId is that ID).
      const userId = invitationId;
      const { user, row } = await session.memberOf(organizationId, userId, callOptions);
      const context = await session.contextIn(organizationId, callOptions);
      enforcePolicy(
        'resendInvitation',
        checkResend(row, { ...context, now: session.now(), resendCooldownMs: session.resendCooldownMs }),
      );
      const data = await ok(
        api.PATCH('/api/v1/invites/organizations/{organization_id}/users/{id}/resend', {
          params: { path: { organization_id: organizationId, id: userId } },
          body: {},
          ...signalOf(callOptions),
        }),
      );
      if (!data.invite)
        throw new TeamkitError('unknown', 'Scalekit answered the resend without an invitation.');
      return toInvitation(data.invite, user.email ?? '');
    },

    async revokeInvitation(organizationId, invitationId, callOptions) {
      const userId = invitationId;
      const { row } = await session.memberOf(organizationId, userId, callOptions);
      const context = await session.contextIn(organizationId, callOptions);
      enforcePolicy('revokeInvitation', checkRevoke(row, context));
      // Scalekit has no invitation object to delete: revoking deletes the pending membership (and,
      // by Scalekit's default cascade, the user when it was their only one).
      await ok(
        api.DELETE('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: userId } },
          ...signalOf(callOptions),
        }),
      );
    },
  };
}
