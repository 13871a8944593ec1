/**
 * The fake Scalekit's membership routes: add an existing user to an organization (an invitation),
 * change roles and metadata, delete (cascading to an orphaned user), and resend an invitation.
 */
import type { Context } from 'openapi-backend';
import { bodyOf, type FakeScalekitModel, pathParams, queryParams } from './fake-scalekit-model.ts';
import { alreadyExists, invalid, mapViolations, notFound, type Reply, status } from './fake-scalekit-wire.ts';

/** The membership and invitation routes, by operationId. */
export function membershipRoutes(model: FakeScalekitModel): [string, (c: Context) => Reply][] {
  const { state, iso, userJson, findRoles, newMembership } = model;
  const { users, organizations, now } = state;
  /** What Scalekit refuses in a membership's body: too many or bad metadata, unknown role names. */
  const membershipViolations = (
    organizationId: string,
    body: { roles?: { name?: string }[]; metadata?: Record<string, string> },
  ) => [
    ...mapViolations(body.metadata, 'membership.metadata', 20),
    ...findRoles(
      organizationId,
      (body.roles ?? []).map((r) => r.name ?? ''),
    ),
  ];
  return [
    [
      'UserService_CreateMembership',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        if (!organizations.has(organizationId)) return notFound('organization');
        const user = users.get(id);
        if (!user) return notFound('user');
        // The document declares `required: [membership]` beside the `$ref`, but the body *is* the
        // membership (`body: "membership"` in the proto route): the fake reads it as Scalekit does.
        const body = bodyOf<{
          roles?: { name?: string }[];
          metadata?: Record<string, string>;
          inviter_email?: string;
        }>(c);
        const violations = membershipViolations(organizationId, body);
        if (violations.length > 0) return invalid(violations);
        if (user.memberships.some((m) => m.organization_id === organizationId)) {
          return alreadyExists('membership already exists');
        }
        user.memberships.push(
          newMembership(
            organizationId,
            body,
            user.email,
            String(queryParams(c).send_invitation_email) !== 'false',
          ),
        );
        return { status: 201, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_UpdateMembership',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        const user = users.get(id);
        const membership = user?.memberships.find((m) => m.organization_id === organizationId);
        if (!user || !membership) return notFound('membership');
        const body = bodyOf<{ roles?: { name?: string }[]; metadata?: Record<string, string> }>(c);
        const violations = membershipViolations(organizationId, body);
        if (violations.length > 0) return invalid(violations);
        // The Node SDK sends `roles: []` and `metadata: {}` for "unchanged" (scalekit-api.md §9.5).
        if (body.roles && body.roles.length > 0) membership.roles = body.roles.map((role) => role.name ?? '');
        if (body.metadata && Object.keys(body.metadata).length > 0)
          membership.metadata = { ...body.metadata };
        user.update_time = iso();
        return { status: 200, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_DeleteMembership',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        const user = users.get(id);
        if (!user?.memberships.some((m) => m.organization_id === organizationId))
          return notFound('membership');
        user.memberships = user.memberships.filter((m) => m.organization_id !== organizationId);
        // `cascade` defaults to true: a user left with no membership is deleted too.
        if (user.memberships.length === 0) users.delete(user.id);
        return { status: 200, body: {} };
      },
    ],
    [
      'UserService_ResendInvite',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        const user = users.get(id);
        const membership = user?.memberships.find((m) => m.organization_id === organizationId);
        if (!user || !membership) return notFound('invite');
        if (
          membership.membership_status !== 'PENDING_INVITE' &&
          membership.membership_status !== 'INVITE_EXPIRED'
        ) {
          return status(400, 9, 'FAILED_PRECONDITION', 'invite already accepted');
        }
        // An expired invitation is replaced by a new one; a pending one is reminded (OpenAPI L772).
        if (membership.membership_status === 'INVITE_EXPIRED') {
          membership.membership_status = 'PENDING_INVITE';
          membership.created_at = iso();
          membership.expires_at = new Date(now() + 15 * 24 * 3600 * 1000).toISOString();
        }
        membership.resent_count += 1;
        state.invitationEmails.push(user.email);
        membership.resent_at = iso();
        return {
          status: 200,
          body: {
            invite: {
              organization_id: organizationId,
              user_id: user.id,
              ...(membership.inviter_email ? { inviter_email: membership.inviter_email } : {}),
              // `status` is a free string; the document and the guides use lower case.
              status: 'pending_invite',
              created_at: membership.created_at,
              expires_at: membership.expires_at,
              resent_at: membership.resent_at,
              resent_count: membership.resent_count,
            },
          },
        };
      },
    ],
  ];
}
