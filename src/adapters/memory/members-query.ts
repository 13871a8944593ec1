import type { MemberSortField, MembersQuery } from '../../core/adapter.ts';
import type { MemberListCapabilities } from '../../core/capabilities.ts';
import { TeamkitError } from '../../core/errors.ts';
import { memberDisplayName, membershipStatuses } from '../../core/member.ts';
import type { User } from '../../core/user.ts';
import type { StoredMembership } from './memory-data.ts';

/** Default page size (within every preset's `maxPageSize`). */
export const defaultPageSize = 50;

/** A membership joined with its user (null for an invitation without one): what searching and sorting read. */
export interface MemberRow {
  /** The membership. */
  membership: StoredMembership;
  /** Its user, or null for an invitation that created none. */
  user: User | null;
}

/** The name a members list shows and sorts by: the user's own override first, like `Member.name`. */
export function memberName(user: User): string | null {
  return user.overrides.name ?? user.profile.name;
}

/** The row's address: its user's, else the one the invitation was sent to. */
function rowEmail(row: MemberRow): string {
  return row.user?.email ?? row.membership.email ?? '';
}

/** A stable tie-break: the user ID, else the invitation ID. */
function rowId(row: MemberRow): string {
  return row.membership.userId ?? row.membership.invitationId ?? '';
}

const notSupported = (what: string) => new TeamkitError('not_supported', `This backend cannot ${what}.`);

/**
 * Refuses what the declared capabilities do not cover, as a real backend of that kind would: a search
 * it cannot run or shorter than it accepts, a sort field or a filter it does not have.
 */
export function checkMembersQuery(query: MembersQuery, capabilities: MemberListCapabilities): void {
  const search = (query.search ?? '').trim();
  if (search !== '') {
    if (capabilities.search === 'none') throw notSupported('search members');
    if (Array.from(search).length < capabilities.searchMinLength) {
      const message = `Type at least ${capabilities.searchMinLength} characters to search.`;
      throw new TeamkitError('validation', message, { fieldErrors: { search: message } });
    }
  }
  if (query.sort && !capabilities.sortFields.includes(query.sort.field))
    throw notSupported(`sort members by ${query.sort.field}`);
  if ((query.statuses?.length ?? 0) > 0 && !capabilities.statusFilter)
    throw notSupported('filter members by status');
  if ((query.roles?.length ?? 0) > 0 && !capabilities.roleFilter)
    throw notSupported('filter members by role');
}

/** The page size a query asks for, within 1…maxPageSize. */
export function pageSize(limit: number | undefined, maxPageSize: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return Math.min(defaultPageSize, maxPageSize);
  return Math.min(maxPageSize, Math.max(1, Math.floor(limit)));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const statusRank = new Map(membershipStatuses.map((status, index) => [status, index]));

/** `full_text`: names, email and external ID by substring; `identifiers`: email, user ID and external ID. */
function matchesSearch(row: MemberRow, needle: string, mode: MemberListCapabilities['search']): boolean {
  if (needle === '') return true;
  const { user } = row;
  const identifiers = [rowEmail(row), user?.externalId, mode === 'identifiers' ? user?.id : null];
  const names =
    mode === 'full_text' && user
      ? [
          memberName(user),
          user.profile.givenName,
          user.profile.familyName,
          [user.profile.givenName, user.profile.familyName].filter(Boolean).join(' '),
        ]
      : [];
  return [...identifiers, ...names].some((text) => text?.toLowerCase().includes(needle));
}

type SortKey = string | number | null;

function sortKey(row: MemberRow, field: MemberSortField): SortKey {
  const { membership, user } = row;
  switch (field) {
    case 'name':
      return memberDisplayName({
        name: user ? memberName(user) : null,
        givenName: user?.profile.givenName ?? null,
        familyName: user?.profile.familyName ?? null,
        email: rowEmail(row),
      });
    case 'email':
      return rowEmail(row);
    case 'status':
      return statusRank.get(membership.status) ?? 99;
    case 'joinedAt':
      return membership.joinedAt;
    case 'invitedAt':
      return membership.invitedAt;
  }
}

/**
 * The rows matching a query, in the order the declared backend gives them. Where it sorts (`sortFields`
 * not empty): by the chosen field (by name when none, if names sort), members without a value (never
 * joined, never invited) last in either direction, ties broken by ID so pages never overlap. Where it
 * cannot sort (Scalekit returns members in its own order): in the order they were added, as the
 * backend would, never sorted by name behind the kit's back.
 */
export function selectMemberRows(
  rows: readonly MemberRow[],
  query: MembersQuery,
  capabilities: Pick<MemberListCapabilities, 'search' | 'sortFields'>,
): MemberRow[] {
  const search = (query.search ?? '').trim().toLowerCase();
  const statuses = new Set(query.statuses ?? []);
  const roles = new Set(query.roles ?? []);
  const matching = rows.filter(
    (row) =>
      row.membership.organizationId === query.organizationId &&
      (statuses.size === 0 || statuses.has(row.membership.status)) &&
      (roles.size === 0 || row.membership.roles.some((role) => roles.has(role))) &&
      matchesSearch(row, search, capabilities.search),
  );
  const field = query.sort?.field ?? (capabilities.sortFields.includes('name') ? 'name' : null);
  if (field === null) return matching;
  const direction = query.sort?.direction === 'desc' ? -1 : 1;
  const keyed = matching.map((row) => ({ row, key: sortKey(row, field), id: rowId(row) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      if (order !== 0) return order * direction;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((entry) => entry.row);
}
