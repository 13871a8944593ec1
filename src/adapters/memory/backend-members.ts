import type { MembershipWriteOptions, MembersPage, MembersQuery } from '../../core/adapter.ts';
import { applyMembershipPatch } from '../../core/apply-membership-patch.ts';
import { TeamkitError } from '../../core/errors.ts';
import { checkExpectedRoles } from '../../core/expected-roles.ts';
import { isEmptyPatch } from '../../core/is-empty-patch.ts';
import type { Member, MembershipPatch } from '../../core/member.ts';
import {
  decodeMembersCursor,
  encodeMembersCursor,
  membersQueryFingerprint,
} from '../../core/members-cursor.ts';
import type { Role } from '../../core/role.ts';
import type { BackendContext } from './backend-context.ts';
import { denied, notFound, own, throwIfInvalid } from './backend-state.ts';
import { checkMetadataPatch, type FieldErrorBag } from './field-checks.ts';
import { checkRoles } from './member-input-checks.ts';
import { checkMembersQuery, type MemberRow, pageSize, selectMemberRows } from './members-query.ts';
import type { MemoryData } from './memory-data.ts';
import { enforceRemoval, enforceRoleChange } from './permissions.ts';

const invalidCursor = () =>
  new TeamkitError('validation', 'This page link belongs to another search. Start from the first page.', {
    fieldErrors: { cursor: 'The cursor does not belong to this query.' },
  });

/** The memory backend's members: the list, one member, role and metadata changes, removal, roles. */
export function createMembersBackend(context: BackendContext) {
  const { state } = context;
  // Sorting 10,000 members takes milliseconds; paging through one query should not sort again per page.
  let rowsCache: { data: MemoryData; fingerprint: string; rows: MemberRow[] } | null = null;
  context.onChange(() => {
    rowsCache = null;
  });

  const rowsFor = (query: MembersQuery, fingerprint: string): MemberRow[] => {
    if (rowsCache && rowsCache.data === state.data && rowsCache.fingerprint === fingerprint)
      return rowsCache.rows;
    const rows: MemberRow[] = [];
    for (const membership of state.data.memberships) {
      if (membership.userId === null) {
        rows.push({ membership, user: null });
        continue;
      }
      const user = own(state.data.users, membership.userId);
      if (user) rows.push({ membership, user });
    }
    const selected = selectMemberRows(rows, query, context.capabilities().members);
    rowsCache = { data: state.data, fingerprint, rows: selected };
    return selected;
  };

  return {
    listMembers(query: MembersQuery): MembersPage {
      const permissions = context.requirePermission(query.organizationId, 'viewMembers');
      const capabilities = context.capabilities().members;
      checkMembersQuery(query, capabilities);
      const position = query.cursor ? decodeMembersCursor(query.cursor, query) : 0;
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) throw invalidCursor();
      const rows = rowsFor(query, membersQueryFingerprint(query));
      const size = pageSize(query.limit, capabilities.maxPageSize);
      const adminCount = context.activeAdminCount(query.organizationId);
      const end = position + size;
      return {
        members: rows
          .slice(position, end)
          .map((row) => context.toMember(row.membership, permissions, adminCount)),
        nextCursor: end < rows.length ? encodeMembersCursor(end, query) : null,
        totalCount: capabilities.totals === 'none' ? null : rows.length,
      };
    },

    getMember(organizationId: string, userId: string): Member {
      context.viewerUser();
      context.organization(organizationId);
      if (userId !== state.viewerId && !context.permissionsIn(organizationId).viewMembers) throw denied();
      const membership = context.membershipOf(organizationId, userId);
      if (!membership || !own(state.data.users, userId)) throw notFound('The member');
      return context.memberFor(membership);
    },

    updateMembership(
      organizationId: string,
      userId: string,
      patch: MembershipPatch,
      options: MembershipWriteOptions = {},
    ): Member {
      const permissions = context.requirePermission(organizationId, 'manageMembers');
      const membership = context.membershipOf(organizationId, userId);
      if (!membership) throw notFound('The member');
      checkExpectedRoles(membership.roles, options.expectedRoles);
      const errors: FieldErrorBag = {};
      const checked: MembershipPatch = {};
      if (patch.roles !== undefined) {
        const roles = checkRoles(context.rolesOf(organizationId), patch.roles, errors);
        if (roles && roles.length === 0) errors.roles = 'Choose at least one role.';
        // The same set in another order is no change.
        else if (
          roles &&
          (roles.length !== membership.roles.length || roles.some((role) => !membership.roles.includes(role)))
        )
          checked.roles = roles;
      }
      if (patch.metadata !== undefined) {
        const metadata = checkMetadataPatch(
          membership.metadata,
          patch.metadata,
          state.limits.membershipMetadata,
          'metadata',
          errors,
        );
        if (metadata) checked.metadata = metadata;
      }
      throwIfInvalid(errors);

      if (checked.roles)
        enforceRoleChange(membership, checked.roles, {
          viewerId: state.viewerId,
          permissions,
          memberships: state.data.memberships,
          roles: context.rolesOf(organizationId),
        });
      if (isEmptyPatch(checked)) return context.memberFor(membership);
      Object.assign(membership, applyMembershipPatch(membership, checked));
      context.changed();
      return context.memberFor(membership);
    },

    removeMember(organizationId: string, userId: string): void {
      const permissions = context.requirePermission(organizationId, 'manageMembers');
      const membership = context.membershipOf(organizationId, userId);
      if (!membership) throw notFound('The member');
      enforceRemoval(membership, {
        viewerId: state.viewerId,
        permissions,
        memberships: state.data.memberships,
        roles: context.rolesOf(organizationId),
      });
      context.deleteMembership(membership);
    },

    listRoles(organizationId: string): Role[] {
      context.viewerUser();
      context.organization(organizationId);
      if (!context.membershipOf(organizationId, state.viewerId)) throw denied();
      return context.rolesOf(organizationId);
    },
  };
}
