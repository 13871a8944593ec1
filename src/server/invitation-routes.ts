/**
 * Resending and withdrawing an invitation, decided by the core policy before the backend is asked:
 * the backend, called with the server's credentials, would send an accepted invitation's email again
 * or ignore the cooldown if it does not check them itself (Scalekit resends whatever it is given).
 */
import { isTeamkitError, TeamkitError } from '../core/errors.ts';
import type { Invitation, InviteInput } from '../core/invitation.ts';
import type { Member } from '../core/member.ts';
import { checkResend, checkRevoke } from '../core/policy/invitation-guards.ts';
import { enforcePolicy } from '../core/policy/policy-error.ts';
import { inviteBody } from './bodies.ts';
import { inviteIdempotently } from './invite.ts';
import { forCaller } from './member-routes.ts';
import type { RouteContext } from './route-context.ts';
import { noContent, ok, type RouteSpec } from './route-spec.ts';

/** The invitation row whose ID is `invitationId`, page by page (only `statuses`, when given), or null. */
async function scanFor(
  context: RouteContext,
  invitationId: string,
  statuses?: Member['status'][],
): Promise<Member | null> {
  const { adapter, session, signal } = context;
  let cursor: string | null = null;
  do {
    const page = await adapter.listMembers(
      {
        organizationId: session.organizationId,
        limit: adapter.capabilities.members.maxPageSize,
        ...(statuses ? { statuses } : {}),
        cursor,
      },
      { signal },
    );
    const found = page.members.find((member) => member.invitationId === invitationId);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  return null;
}

/** The member `userId` names, or null when there is none. */
async function memberOrNull(context: RouteContext, userId: string): Promise<Member | null> {
  try {
    return await context.member(userId);
  } catch (error) {
    if (isTeamkitError(error) && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * The organization's row that `invitationId` names. Invitation rows carry their ID (`Member.invitationId`
 * is null on any other row), so they are looked for page by page (only invitations, where the backend
 * filters by status). Otherwise the ID may name a member who has joined since: Scalekit addresses an
 * invitation by its user's ID. Neither: `not_found`, for an invitation withdrawn (or accepted, where
 * the backend gives it an ID of its own), or never made.
 */
export async function findInvitationRow(context: RouteContext, invitationId: string): Promise<Member> {
  const filtered = context.adapter.capabilities.members.statusFilter;
  const found =
    (await scanFor(context, invitationId, filtered ? ['pending_invite', 'invite_expired'] : undefined)) ??
    (await memberOrNull(context, invitationId));
  if (!found) {
    throw new TeamkitError('not_found', 'This invitation is no longer open: it was withdrawn or accepted.');
  }
  return found;
}

/** Sends the invitation again, unless it was accepted or was sent within the backend's cooldown. */
export async function resendChecked(context: RouteContext, invitationId: string): Promise<Invitation> {
  const target = await findInvitationRow(context, invitationId);
  enforcePolicy(
    'resendInvitation',
    checkResend(target, {
      ...(await context.policyContext()),
      now: Date.now(),
      resendCooldownMs: context.adapter.capabilities.invitations.resendCooldownMs,
    }),
  );
  return context.adapter.resendInvitation(context.session.organizationId, invitationId, {
    signal: context.signal,
  });
}

/** Withdraws the invitation, unless it was accepted. */
export async function revokeChecked(context: RouteContext, invitationId: string): Promise<void> {
  const target = await findInvitationRow(context, invitationId);
  enforcePolicy('revokeInvitation', checkRevoke(target, await context.policyContext()));
  await context.adapter.revokeInvitation(context.session.organizationId, invitationId, {
    signal: context.signal,
  });
}

/** The invitation routes, in the order the OpenAPI document lists them. */
export const invitationRoutes: readonly RouteSpec[] = [
  {
    operationId: 'inviteMember',
    method: 'POST',
    path: '/organizations/{organizationId}/invitations',
    access: 'inviteMembers',
    adapterMethod: 'inviteMember',
    body: inviteBody,
    run: async (context) => {
      const input = context.body as InviteInput;
      const viewer = await context.viewer();
      // The external ID and user metadata of a new person are an administrator's to set.
      if (
        (input.externalId !== undefined || input.metadata !== undefined) &&
        !viewer.permissions.manageUsers
      ) {
        throw new TeamkitError(
          'permission_denied',
          'Only an administrator can set an external ID or metadata.',
        );
      }
      const result = await inviteIdempotently(context, input);
      if (result.status !== 201) return result;
      const [row] = await forCaller(context, [result.body as Member]);
      return { ...result, body: row };
    },
  },
  {
    operationId: 'resendInvitation',
    method: 'POST',
    path: '/organizations/{organizationId}/invitations/{invitationId}/resend',
    access: 'inviteMembers',
    adapterMethod: 'resendInvitation',
    // Accepted invitations and the cooldown are refused here, by the core policy (invitation-routes.ts).
    run: async (context) => ok(await resendChecked(context, context.params.invitationId ?? '')),
  },
  {
    operationId: 'revokeInvitation',
    method: 'DELETE',
    path: '/organizations/{organizationId}/invitations/{invitationId}',
    access: 'inviteMembers',
    adapterMethod: 'revokeInvitation',
    run: async (context) => {
      await revokeChecked(context, context.params.invitationId ?? '');
      return noContent;
    },
  },
];
