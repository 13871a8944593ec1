import type { CallOptions, MembersPage, MembersQuery, TeamkitAdapter } from '../../core/adapter.ts';
import { scalekitCapabilities } from '../../core/capabilities.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import { checkExpectedRoles } from '../../core/expected-roles.ts';
import type { Member, MembershipPatch } from '../../core/member.ts';
import { decodeMembersCursor, encodeMembersCursor } from '../../core/members-cursor.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import { holdsAdminRole } from '../../core/policy/admin-roles.ts';
import { checkMembershipChange, checkRemoval } from '../../core/policy/membership-guards.ts';
import { enforcePolicy } from '../../core/policy/policy-error.ts';
import { mergeStringMap, refuseKeyDeletion } from './field-checks.ts';
import { membershipIn } from './map-member.ts';
import { needsAdminCount } from './scalekit-policy.ts';
import { listMaxPageSize, type ScalekitSession } from './scalekit-session.ts';
import { presentString, type ScalekitUpdateMembership, stringMap } from './scalekit-types.ts';

/** The largest page `users:search` returns (OpenAPI L3955); the plain list allows 100. */
const searchMaxPageSize = 30;

/** The members methods of the adapter: list, read, change roles or metadata, remove. */
export function scalekitMembers(
  session: ScalekitSession,
): Pick<TeamkitAdapter, 'listMembers' | 'getMember' | 'updateMembership' | 'removeMember'> {
  const { api, ok, signalOf } = session;

  async function listMembers(query: MembersQuery, callOptions?: CallOptions): Promise<MembersPage> {
    if ((query.statuses?.length ?? 0) > 0 || (query.roles?.length ?? 0) > 0) {
      throw new TeamkitError('not_supported', 'Scalekit cannot filter members by status or role.');
    }
    if (query.sort) {
      throw new TeamkitError(
        'not_supported',
        'Scalekit returns members in its own order and cannot sort them.',
      );
    }
    const search = query.search?.trim() || null;
    // buf.validate's `min_len`/`max_len` count characters (code points), as the memory adapter does.
    const characters = search === null ? 0 : Array.from(search).length;
    if (search !== null && (characters < scalekitCapabilities.members.searchMinLength || characters > 100)) {
      throw validationError({ search: 'Scalekit searches from 3 to 100 characters.' });
    }
    const cap = search === null ? listMaxPageSize : searchMaxPageSize;
    // The cursor carries Scalekit's page_token and the page size it was made with, bound to the query
    // by the core helper: later pages keep the first page's size, so Scalekit's token stays valid.
    let pageSize = Math.max(1, Math.min(query.limit ?? 50, cap));
    let pageToken: string | undefined;
    if (query.cursor) {
      const position = decodeMembersCursor(query.cursor, query) as { t?: unknown; s?: unknown };
      if (typeof position?.t !== 'string' || typeof position.s !== 'number') {
        throw validationError({ cursor: 'The cursor does not belong to this query.' });
      }
      pageToken = position.t;
      pageSize = Math.max(1, Math.min(position.s, cap));
    }
    const context = await session.contextIn(query.organizationId, callOptions);
    if (!context.permissions.viewMembers) throw new TeamkitError('permission_denied');
    const page = { page_size: pageSize, ...(pageToken ? { page_token: pageToken } : {}) };
    const path = { organization_id: query.organizationId };
    const data =
      search === null
        ? await ok(
            api.GET('/api/v1/organizations/{organization_id}/users', {
              params: { path, query: page },
              ...signalOf(callOptions),
            }),
          )
        : await ok(
            api.GET('/api/v1/organizations/{organization_id}/users:search', {
              params: { path, query: { ...page, query: search } },
              ...signalOf(callOptions),
            }),
          );
    const members: Member[] = [];
    const activeAdmins = session.adminCounter(query.organizationId, context, callOptions);
    for (const user of data.users ?? []) {
      const membership = membershipIn(user, query.organizationId);
      if (membership) members.push(await session.rowOf(user, membership, context, activeAdmins));
    }
    const next = presentString(data.next_page_token);
    // `total_size` is uint32 (a JSON number), but int64 counts elsewhere are strings: accept both.
    const total = Number(data.total_size ?? members.length);
    return {
      members,
      nextCursor: next ? encodeMembersCursor({ t: next, s: pageSize }, query) : null,
      totalCount: Number.isFinite(total) ? total : members.length,
    };
  }

  return {
    listMembers,

    async getMember(organizationId, userId, callOptions) {
      const { user, membership } = await session.memberOf(organizationId, userId, callOptions);
      const context = await session.contextIn(organizationId, callOptions);
      return session.rowOf(
        user,
        membership,
        context,
        session.adminCounter(organizationId, context, callOptions),
      );
    },

    async updateMembership(organizationId, userId, patch: MembershipPatch, callOptions) {
      if (patch.roles) await session.checkRoles(organizationId, patch.roles, callOptions);
      refuseKeyDeletion(patch.metadata, 'metadata');
      const { membership, row } = await session.memberOf(organizationId, userId, callOptions);
      // Read, then compare: as check-then-write as the user version (Scalekit has no membership ETag).
      checkExpectedRoles(
        (membership.roles ?? []).map((role) => role.name ?? ''),
        callOptions?.expectedRoles,
      );
      const context = await session.contextIn(organizationId, callOptions);
      // Only a change that takes every admin role from an active admin can hit the last-admin rule.
      const dropsAdmin =
        patch.roles !== undefined && !holdsAdminRole(patch.roles, context.roles, context.policy);
      const lastAdmin =
        dropsAdmin &&
        needsAdminCount(row, context) &&
        (await session.adminCounter(organizationId, context, callOptions)()) <= 1;
      // Directory-managed members, the last admin and self-demotion, as the core policy decides.
      enforcePolicy(
        'changeRoles',
        checkMembershipChange(row, patch.roles ? { roles: patch.roles } : {}, { ...context, lastAdmin }),
      );
      const body: ScalekitUpdateMembership = {};
      // UpdateMembership.roles is the full desired set (the docs' change-role flow).
      if (patch.roles) body.roles = patch.roles.map((name) => ({ name }));
      if (patch.metadata && Object.keys(patch.metadata).length > 0) {
        const current = stringMap(membership.metadata);
        const errors = metadataFieldErrors(
          current,
          patch.metadata,
          session.limits.membershipMetadata,
          'metadata',
        );
        if (Object.keys(errors).length > 0) throw validationError(errors);
        // Merge-or-replace is undocumented here too: the whole merged map is written.
        body.metadata = mergeStringMap(current, patch.metadata);
      }
      const data = await ok(
        api.PATCH('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: userId } },
          body,
          ...signalOf(callOptions),
        }),
        { metadataField: 'metadata' },
      );
      const updated = data.user ? membershipIn(data.user, organizationId) : undefined;
      if (!data.user || !updated) throw new TeamkitError('not_found');
      // The count before the write may be stale now: the row is decided over a fresh one.
      return session.rowOf(
        data.user,
        updated,
        context,
        session.adminCounter(organizationId, context, callOptions),
      );
    },

    async removeMember(organizationId, userId, callOptions) {
      const { row } = await session.memberOf(organizationId, userId, callOptions);
      const context = await session.contextIn(organizationId, callOptions);
      const lastAdmin =
        needsAdminCount(row, context) &&
        (await session.adminCounter(organizationId, context, callOptions)()) <= 1;
      enforcePolicy('remove', checkRemoval(row, { ...context, lastAdmin }));
      await ok(
        api.DELETE('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: userId } },
          ...signalOf(callOptions),
        }),
      );
    },
  };
}
