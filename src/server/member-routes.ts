/**
 * The routes of an organization's members: the list (the query parsed and scoped to the caller's
 * organization), one member, a role or status change and a removal, both decided by the core policy
 * (directory-managed members, the last admin, self-demotion) before the backend is asked. Every row
 * goes out with the actions the caller may take on it.
 */
import type { MembersQuery } from '../core/adapter.ts';
import { TeamkitError } from '../core/errors.ts';
import { checkExpectedRoles } from '../core/expected-roles.ts';
import type { Member, MembershipPatch, MembershipStatus } from '../core/member.ts';
import { checkMembershipChange, checkRemoval } from '../core/policy/membership-guards.ts';
import { enforcePolicy } from '../core/policy/policy-error.ts';
import { membershipUpdateBody, membersQueryParams, parseWith, searchParamsObject } from './bodies.ts';
import { isLastAdmin, rowsForCaller } from './member-rows.ts';
import type { RouteContext } from './route-context.ts';
import { noContent, ok, type RouteSpec } from './route-spec.ts';

/** Members as the caller may act on them (actions decided by the core policy for the caller). */
export async function forCaller(context: RouteContext, members: readonly Member[]): Promise<Member[]> {
  const cooldown = context.adapter.capabilities.invitations.resendCooldownMs;
  return rowsForCaller(members, await context.policyContext(), context.activeAdmins, cooldown);
}
/** The member routes, in the order the OpenAPI document lists them. */
export const memberRoutes: readonly RouteSpec[] = [
  {
    operationId: 'listMembers',
    method: 'GET',
    path: '/organizations/{organizationId}/members',
    access: 'viewMembers',
    adapterMethod: 'listMembers',
    run: async (context) => {
      const params = parseWith(membersQueryParams, searchParamsObject(context.query));
      const query: MembersQuery = {
        organizationId: context.session.organizationId,
        ...(params.search === undefined ? {} : { search: params.search }),
        ...(params.status.length ? { statuses: params.status as MembershipStatus[] } : {}),
        ...(params.role.length ? { roles: params.role } : {}),
        ...(params.sort ? { sort: { field: params.sort, direction: params.direction ?? 'asc' } } : {}),
        ...(params.cursor === undefined ? {} : { cursor: params.cursor }),
        ...(params.limit === undefined ? {} : { limit: params.limit }),
      };
      const page = await context.adapter.listMembers(query, { signal: context.signal });
      return ok({ ...page, members: await forCaller(context, page.members) });
    },
  },
  {
    operationId: 'getMember',
    method: 'GET',
    path: '/organizations/{organizationId}/members/{userId}',
    access: 'signed_in',
    adapterMethod: 'getMember',
    run: async (context) => {
      const userId = context.params.userId ?? '';
      const viewer = await context.viewer();
      if (userId !== viewer.userId && !viewer.permissions.viewMembers) {
        throw new TeamkitError('permission_denied');
      }
      const [member] = await forCaller(context, [await context.member(userId)]);
      return ok(member);
    },
  },
  {
    operationId: 'updateMembership',
    method: 'PATCH',
    path: '/organizations/{organizationId}/members/{userId}',
    access: 'manageMembers',
    adapterMethod: 'updateMembership',
    body: membershipUpdateBody,
    run: async (context) => {
      const { expectedRoles, ...patch } = context.body as MembershipPatch & { expectedRoles?: string[] };
      const userId = context.params.userId ?? '';
      const target = await context.member(userId);
      // Checked here against the roles just read, whatever the backend does with it, and passed on.
      checkExpectedRoles(target.roles, expectedRoles);
      const policy = await context.policyContext();
      const lastAdmin = await isLastAdmin(target, policy, context.activeAdmins);
      // Directory-managed members, the last admin and self-demotion, as the core policy decides.
      enforcePolicy(
        'changeRoles',
        checkMembershipChange(target, patch.roles ? { roles: patch.roles } : {}, { ...policy, lastAdmin }),
      );
      const member = await context.adapter.updateMembership(target.organizationId, userId, patch, {
        signal: context.signal,
        ...(expectedRoles ? { expectedRoles } : {}),
      });
      const [row] = await forCaller(context, [member]);
      return ok(row);
    },
  },
  {
    operationId: 'removeMember',
    method: 'DELETE',
    path: '/organizations/{organizationId}/members/{userId}',
    access: 'manageMembers',
    adapterMethod: 'removeMember',
    run: async (context) => {
      const userId = context.params.userId ?? '';
      const target = await context.member(userId);
      const policy = await context.policyContext();
      const lastAdmin = await isLastAdmin(target, policy, context.activeAdmins);
      enforcePolicy('remove', checkRemoval(target, { ...policy, lastAdmin }));
      await context.adapter.removeMember(target.organizationId, userId, { signal: context.signal });
      return noContent;
    },
  },
];
