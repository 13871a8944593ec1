import { TeamkitError } from '../../core/errors.ts';
import type { Invitation, InviteInput } from '../../core/invitation.ts';
import { isPlainObject } from '../../core/json.ts';
import type { Member } from '../../core/member.ts';
import { applyMetadataPatch } from '../../core/metadata.ts';
import type { User } from '../../core/user.ts';
import type { BackendContext } from './backend-context.ts';
import { denied, notFound, own, throwIfInvalid } from './backend-state.ts';
import { checkEmail, checkExternalId, checkMetadataPatch, type FieldErrorBag } from './field-checks.ts';
import { memoryMembership, memoryUser } from './fixtures.ts';
import { checkName, checkRoles } from './member-input-checks.ts';
import type { StoredMembership } from './memory-data.ts';
import { isInvitation } from './permissions.ts';

const alreadyAccepted = () => new TeamkitError('conflict', 'This invitation was already accepted.');

/**
 * The memory backend's invitations: invite, resend and revoke, each invitation with an ID of its own.
 * Where invitations create no user (`invitationsCreateUsers: false`, as Auth0), an invitation is a
 * membership row with only an address until it is accepted. Idempotency keys are kept by the adapter
 * in its IdempotencyStore, not here.
 */
export function createInvitationsBackend(context: BackendContext) {
  const { state } = context;

  const toInvitation = (membership: StoredMembership): Invitation => ({
    id: membership.invitationId ?? '',
    organizationId: membership.organizationId,
    userId: membership.userId,
    email:
      (membership.userId === null ? null : own(state.data.users, membership.userId)?.email) ??
      membership.email ??
      '',
    inviterEmail: membership.inviterEmail,
    status:
      membership.status === 'pending_invite'
        ? 'pending'
        : membership.status === 'invite_expired'
          ? 'expired'
          : 'accepted',
    createdAt: membership.invitedAt ?? context.iso(),
    expiresAt: membership.expiresAt ?? context.iso(),
    resentAt: membership.lastResentAt,
    resentCount: membership.resentCount,
  });

  /** The invitation in scope, or not_found / conflict (accepted) as the contract says. */
  const pendingInvitation = (organizationId: string, invitationId: string) => {
    context.requirePermission(organizationId, 'inviteMembers');
    const membership =
      typeof invitationId === 'string' ? context.invitationOf(organizationId, invitationId) : undefined;
    if (!membership) throw notFound('The invitation');
    if (!isInvitation(membership)) throw alreadyAccepted();
    return membership;
  };

  return {
    inviteMember(organizationId: string, input: InviteInput): Member {
      const permissions = context.requirePermission(organizationId, 'inviteMembers');
      if (!isPlainObject(input)) throw new TeamkitError('validation', 'The invitation was not understood.');
      if ((input.externalId !== undefined || input.metadata !== undefined) && !permissions.manageUsers) {
        throw denied('Only an administrator can set an external ID or metadata.');
      }
      const errors: FieldErrorBag = {};
      const email = checkEmail(input.email, errors);
      const roles =
        input.roles === undefined || (Array.isArray(input.roles) && input.roles.length === 0)
          ? context
              .rolesOf(organizationId)
              .filter((role) => role.isDefault)
              .map((role) => role.name)
          : checkRoles(context.rolesOf(organizationId), input.roles, errors);
      const givenName = checkName(input.givenName, 'givenName', errors);
      const familyName = checkName(input.familyName, 'familyName', errors);
      const name = checkName(input.name, 'name', errors);
      const externalId =
        input.externalId === undefined
          ? undefined
          : checkExternalId(input.externalId, state.limits.externalIdMaxLength, errors);
      const existing = email
        ? Object.values(state.data.users).find((user) => user.email.toLowerCase() === email)
        : undefined;
      const metadata =
        input.metadata === undefined
          ? undefined
          : checkMetadataPatch(
              existing?.appMetadata ?? {},
              input.metadata,
              state.limits.userMetadata,
              'metadata',
              errors,
            );
      throwIfInvalid(errors);
      if (!email || !roles) throw new TeamkitError('validation', undefined, { fieldErrors: errors });

      const current = state.data.memberships.find(
        (m) =>
          m.organizationId === organizationId &&
          ((existing !== undefined && m.userId === existing.id) || m.email?.toLowerCase() === email),
      );
      if (current && current.status !== 'invite_expired') throw new TeamkitError('already_member');
      if (
        externalId &&
        (context.externalIdTaken(externalId, existing?.id ?? '') ||
          (existing?.externalId && existing.externalId !== externalId))
      ) {
        throw new TeamkitError('conflict', 'Another user already has this external ID.', {
          fieldErrors: { externalId: 'Another user already has this external ID.' },
        });
      }

      // One reading of the clock, so the invitation lasts exactly its lifetime.
      const nowMs = state.now();
      const now = new Date(nowMs).toISOString();
      let userId: string | null = null;
      if (state.invitationsCreateUsers) {
        let user: User;
        if (existing) {
          // An existing person keeps their profile; only what an admin adds here is merged in.
          user = {
            ...existing,
            externalId: externalId ?? existing.externalId,
            appMetadata: metadata ? applyMetadataPatch(existing.appMetadata, metadata) : existing.appMetadata,
          };
          if (externalId || metadata)
            user = { ...user, version: context.userVersion(user, existing.version), updatedAt: now };
        } else {
          user = memoryUser({
            id: context.nextId('usr_963'),
            email,
            emailVerified: false,
            externalId: externalId ?? null,
            createdAt: now,
            appMetadata: metadata ? applyMetadataPatch({}, metadata) : {},
            profile: { givenName, familyName, name },
          });
          user = { ...user, version: context.userVersion(user, '0') };
        }
        state.data.users[user.id] = user;
        userId = user.id;
      }
      // Without a user (Auth0), the external ID and metadata wait on the invitation until it is
      // accepted (see backend-acceptance.ts); names have no place on one, as in Auth0.
      if (current) state.data.memberships = state.data.memberships.filter((m) => m !== current);
      const membership = memoryMembership({
        organizationId,
        userId,
        invitationId: context.nextId('inv_963'),
        email: userId === null ? email : null,
        roles,
        status: 'pending_invite',
        provisioning: 'invitation',
        invitedAt: now,
        joinedAt: null,
        expiresAt: new Date(nowMs + context.invitationLifetime()).toISOString(),
        inviterEmail: own(state.data.users, state.viewerId)?.email ?? null,
      });
      if (userId === null && (externalId || metadata)) {
        membership.invitee = {
          externalId: externalId ?? null,
          appMetadata: metadata ? { ...applyMetadataPatch({}, metadata) } : {},
        };
      }
      state.data.memberships.push(membership);
      context.changed();
      return context.memberFor(membership);
    },

    resendInvitation(organizationId: string, invitationId: string): Invitation {
      const { resend } = context.capabilities().invitations;
      if (resend === 'none')
        throw new TeamkitError('not_supported', 'This backend cannot resend invitations.');
      const membership = pendingInvitation(organizationId, invitationId);
      const now = state.now();
      const allowedAt = context.resendAllowedAt(membership);
      if (now < allowedAt)
        throw new TeamkitError('rate_limited', undefined, { retryAfterMs: allowedAt - now });
      const sentAt = new Date(now).toISOString();
      const expiresAt = new Date(now + context.invitationLifetime()).toISOString();
      if (resend === 'recreate') {
        // Deleted and created again (Auth0): a new ID and a new lifetime, whatever the old state.
        membership.invitationId = context.nextId('inv_963');
        membership.status = 'pending_invite';
        membership.invitedAt = sentAt;
        membership.expiresAt = expiresAt;
      } else if (membership.status === 'invite_expired') {
        // A resend after expiry is a new invitation with a new lifetime; before it, a reminder.
        membership.status = 'pending_invite';
        membership.invitedAt = sentAt;
        membership.expiresAt = expiresAt;
      }
      membership.lastResentAt = sentAt;
      membership.resentCount += 1;
      context.changed();
      return toInvitation(membership);
    },

    revokeInvitation(organizationId: string, invitationId: string): void {
      context.deleteMembership(pendingInvitation(organizationId, invitationId));
    },
  };
}
