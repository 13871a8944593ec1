import type { MembersPage, MembersQuery } from '../../core/adapter.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import { checkExpectedRoles } from '../../core/expected-roles.ts';
import type { Member, MemberActions, MembershipPatch } from '../../core/member.ts';
import { decodeMembersCursor, encodeMembersCursor } from '../../core/members-cursor.ts';
import { holdsAdminRole, isLastActiveAdmin } from '../../core/policy/admin-roles.ts';
import { decideMemberActions } from '../../core/policy/member-actions.ts';
import type { MemberRowState } from '../../core/policy/member-row.ts';
import { checkMembershipChange, checkRemoval } from '../../core/policy/membership-guards.ts';
import type { PolicyContext } from '../../core/policy/policy-context.ts';
import { toMemberActions } from '../../core/policy/policy-decision.ts';
import { enforcePolicy } from '../../core/policy/policy-error.ts';
import type { Auth0Context } from './context.ts';
import { invitationRowState, invitationToMember, memberRowState, toMember } from './map-member.ts';
import { text } from './map-user.ts';
import { bagOf } from './metadata-checks.ts';
import { auth0MaxPage, invitationsSlice, membersPage } from './organization-scans.ts';

/** Where a members list continues: in the members (an Auth0 checkpoint) or in the invitations (an offset). */
type ListPosition = { k: 'm'; f: string | null; s: number } | { k: 'i'; o: number; s: number };

/** The organization's active-admin count, scanned at most once per call and only if a row needs it. */
export function adminCounter(context: Auth0Context, organizationId: string, signal?: AbortSignal) {
  let count: Promise<number> | null = null;
  return () => {
    count ??= context.activeAdminCount(organizationId, signal);
    return count;
  };
}

/** What the viewer may do to one row, by the core policy (Auth0 returns no per-row rights). */
export async function actionsFor(
  context: Auth0Context,
  policy: PolicyContext,
  state: MemberRowState,
  admins: () => Promise<number>,
): Promise<MemberActions> {
  const needsCount =
    policy.permissions.manageMembers &&
    state.status === 'active' &&
    holdsAdminRole(state.roles, policy.roles, context.policy);
  const lastAdmin = needsCount && isLastActiveAdmin(state, await admins(), policy.roles, context.policy);
  return toMemberActions(
    decideMemberActions(state, { ...policy, lastAdmin, now: context.now(), resendCooldownMs: null }),
  );
}

function readPosition(query: MembersQuery, size: number): ListPosition {
  if (!query.cursor) return { k: 'm', f: null, s: size };
  const position = decodeMembersCursor(query.cursor, query) as Partial<ListPosition> | null;
  const valid =
    position !== null &&
    typeof position === 'object' &&
    typeof position.s === 'number' &&
    ((position.k === 'm' && (position.f === null || typeof position.f === 'string')) ||
      (position.k === 'i' && typeof (position as { o?: unknown }).o === 'number'));
  if (!valid) throw validationError({ cursor: 'The cursor does not belong to this query.' });
  return position as ListPosition;
}

/**
 * One page of the members list: the organization's members (checkpoint paging), then its invitations
 * (offset paging), as one list under one opaque cursor bound to the query. Auth0 cannot search, sort
 * or filter either list, and has no invitation total: `totalCount` is null.
 */
export async function listMembers(
  context: Auth0Context,
  query: MembersQuery,
  signal?: AbortSignal,
): Promise<MembersPage> {
  if (query.search?.trim())
    throw new TeamkitError('not_supported', 'Auth0 cannot search an organization’s members.');
  if ((query.statuses?.length ?? 0) > 0 || (query.roles?.length ?? 0) > 0) {
    throw new TeamkitError('not_supported', 'Auth0 cannot filter members by status or role.');
  }
  if (query.sort)
    throw new TeamkitError('not_supported', 'Auth0 returns members in its own order and cannot sort them.');
  const size = Math.max(1, Math.min(Math.floor(query.limit ?? 50), auth0MaxPage));
  let position = readPosition(query, size);
  const policy = await context.policyContext(query.organizationId, signal);
  if (!policy.permissions.viewMembers) throw new TeamkitError('permission_denied');
  const catalogue = await context.roles.catalogue(signal);
  const admins = adminCounter(context, query.organizationId, signal);
  const members: Member[] = [];
  let next: ListPosition | null = null;

  if (position.k === 'm') {
    const page = await membersPage(context.api, query.organizationId, position.f, position.s, signal);
    for (const row of page.rows) {
      const userId = row.user_id ?? '';
      const roles = (row.roles ?? []).map((role) => role.name ?? '').filter(Boolean);
      const state = memberRowState(userId, roles, context.directoryConnections);
      const actions = await actionsFor(context, policy, state, admins);
      members.push(
        toMember(
          query.organizationId,
          { userId, email: row.email ?? '', name: text(row.name), roles },
          state,
          actions,
        ),
      );
    }
    if (page.next) next = { k: 'm', f: page.next, s: position.s };
    else position = { k: 'i', o: 0, s: position.s };
  }
  if (position.k === 'i' && next === null) {
    const room = position.s - members.length;
    const slice = await invitationsSlice(context.api, query.organizationId, position.o, room, signal);
    for (const invitation of slice.invitations) {
      const roles = (invitation.roles ?? []).map((id) => catalogue.nameOf.get(id) ?? id);
      const state = invitationRowState(invitation, roles, context.now());
      const actions = await actionsFor(context, policy, state, admins);
      members.push(invitationToMember(invitation, roles, state, actions, context.layout.externalIdKey));
    }
    if (slice.more) next = { k: 'i', o: position.o + slice.invitations.length, s: position.s };
  }
  return { members, nextCursor: next ? encodeMembersCursor(next, query) : null, totalCount: null };
}

/** One active member, read with their user record (names, external ID) and their roles here. */
export async function getMember(
  context: Auth0Context,
  organizationId: string,
  userId: string,
  signal?: AbortSignal,
): Promise<Member> {
  const [roles, user] = await Promise.all([
    context.memberRoles(organizationId, userId, signal),
    context.fetchUser(userId, signal),
  ]);
  const policy = await context.policyContext(organizationId, signal);
  const state = memberRowState(userId, roles, context.directoryConnections);
  const actions = await actionsFor(context, policy, state, adminCounter(context, organizationId, signal));
  const externalId = text(bagOf(user.app_metadata)[context.layout.externalIdKey]);
  return toMember(
    organizationId,
    { userId, email: user.email ?? '', name: text(user.name), roles },
    state,
    actions,
    {
      record: user,
      externalId,
    },
  );
}

/**
 * Changes a member's roles to the set sent: Auth0 assigns and unassigns roles by `rol_` ID, so the
 * difference is sent as one POST of the added and one DELETE of the removed (not atomic: a failure
 * between them leaves the first applied). Auth0 has no membership metadata: `not_supported`.
 */
export async function updateMembership(
  context: Auth0Context,
  organizationId: string,
  userId: string,
  patch: MembershipPatch,
  signal?: AbortSignal,
  expectedRoles?: readonly string[],
): Promise<Member> {
  if (patch.metadata && Object.keys(patch.metadata).length > 0) {
    throw new TeamkitError('not_supported', 'Auth0 keeps no metadata on a membership.', {
      fieldErrors: { metadata: 'Auth0 keeps no metadata on a membership.' },
    });
  }
  if (patch.roles) {
    const current = await context.memberRoles(organizationId, userId, signal);
    // Read, then compare: Auth0 has no version on a membership's roles, so this is check-then-write.
    checkExpectedRoles(current, expectedRoles);
    const wanted = await context.roles.idsOf(patch.roles, signal);
    const policy = await context.policyContext(organizationId, signal);
    const state = memberRowState(userId, current, context.directoryConnections);
    const admins = adminCounter(context, organizationId, signal);
    const isAdmin = holdsAdminRole(current, policy.roles, context.policy);
    const lastAdmin = isAdmin && isLastActiveAdmin(state, await admins(), policy.roles, context.policy);
    enforcePolicy(
      'changeRoles',
      checkMembershipChange(state, { roles: patch.roles }, { ...policy, lastAdmin }),
    );
    // Roles the host does not offer (`roles.offered`) are not in the catalogue and stay untouched.
    const { idOf } = await context.roles.catalogue(signal);
    const held = new Set(current.flatMap((name) => idOf.get(name) ?? []));
    const add = wanted.filter((id) => !held.has(id));
    const remove = [...held].filter((id) => !wanted.includes(id));
    const { api } = context;
    if (add.length > 0) {
      await api.call(
        (request) =>
          api.client.organizations.members.roles.assign(organizationId, userId, { roles: add }, request),
        {},
        signal,
      );
    }
    if (remove.length > 0) {
      await api.call(
        (request) =>
          api.client.organizations.members.roles.delete(organizationId, userId, { roles: remove }, request),
        {},
        signal,
      );
    }
  }
  return getMember(context, organizationId, userId, signal);
}

/** Removes a member (Auth0 never deletes the user: `removeDeletesOrphanedUser` is false). */
export async function removeMember(
  context: Auth0Context,
  organizationId: string,
  userId: string,
  signal?: AbortSignal,
): Promise<void> {
  const roles = await context.memberRoles(organizationId, userId, signal);
  const policy = await context.policyContext(organizationId, signal);
  const state = memberRowState(userId, roles, context.directoryConnections);
  const isAdmin = holdsAdminRole(roles, policy.roles, context.policy);
  const lastAdmin =
    isAdmin &&
    isLastActiveAdmin(
      state,
      await context.activeAdminCount(organizationId, signal),
      policy.roles,
      context.policy,
    );
  enforcePolicy('remove', checkRemoval(state, { ...policy, lastAdmin }));
  const { api } = context;
  await api.call(
    (request) => api.client.organizations.members.delete(organizationId, { members: [userId] }, request),
    {},
    signal,
  );
}
