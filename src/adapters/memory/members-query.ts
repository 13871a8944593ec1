import type { MemberSortField, MembersQuery } from '../../core/adapter.ts';
import { TeamkitError } from '../../core/errors.ts';
import { memberDisplayName, membershipStatuses } from '../../core/member.ts';
import type { User } from '../../core/user.ts';
import type { StoredMembership } from './memory-data.ts';

/** Default page size, and the most one page may hold (Scalekit caps organization users at 100). */
export const defaultPageSize = 50;
/** The most members one page may hold. */
export const maxPageSize = 100;

/** A membership joined with its user: what searching and sorting read. */
export interface MemberRow {
  /** The membership. */
  membership: StoredMembership;
  /** Its user. */
  user: User;
}

/** The name a members list shows and sorts by: the user's own override first, like `Member.name`. */
export function memberName(user: User): string | null {
  return user.overrides.name ?? user.profile.name;
}

/** The parts of a query that decide which members match and in what order (not the page). */
function queryShape(query: MembersQuery) {
  return {
    organizationId: query.organizationId,
    search: (query.search ?? '').trim().toLowerCase(),
    statuses: [...(query.statuses ?? [])].sort(),
    roles: [...(query.roles ?? [])].sort(),
    sort: { field: query.sort?.field ?? 'name', direction: query.sort?.direction ?? 'asc' },
  };
}

/** A short, stable fingerprint of a query's shape (FNV-1a), so a cursor can tell it belongs to its query. */
export function queryFingerprint(query: MembersQuery): string {
  const text = JSON.stringify(queryShape(query));
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** An opaque cursor: base64 of the offset and the query's fingerprint. */
export function encodeCursor(offset: number, fingerprint: string): string {
  return btoa(JSON.stringify({ o: offset, q: fingerprint }));
}

/** The offset a cursor points at; rejects `validation` for a malformed cursor or one from another query. */
export function decodeCursor(cursor: string, fingerprint: string): number {
  let decoded: unknown;
  try {
    decoded = JSON.parse(atob(cursor));
  } catch {
    decoded = null;
  }
  const { o, q } = (decoded ?? {}) as { o?: unknown; q?: unknown };
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || q !== fingerprint) {
    throw new TeamkitError(
      'validation',
      'This page link belongs to another search. Start from the first page.',
      {
        fieldErrors: { cursor: 'The cursor does not belong to this query.' },
      },
    );
  }
  return o;
}

/** The page size a query asks for, within 1…maxPageSize. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return defaultPageSize;
  return Math.min(maxPageSize, Math.max(1, Math.floor(limit)));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const statusRank = new Map(membershipStatuses.map((status, index) => [status, index]));

function matchesSearch(row: MemberRow, needle: string): boolean {
  if (needle === '') return true;
  const { user } = row;
  const haystack = [
    memberName(user),
    user.profile.givenName,
    user.profile.familyName,
    user.email,
    user.externalId,
  ];
  const fullName = [user.profile.givenName, user.profile.familyName].filter(Boolean).join(' ');
  return [...haystack, fullName].some((text) => text?.toLowerCase().includes(needle));
}

type SortKey = string | number | null;

function sortKey(row: MemberRow, field: MemberSortField): SortKey {
  const { membership, user } = row;
  switch (field) {
    case 'name':
      return memberDisplayName({
        name: memberName(user),
        givenName: user.profile.givenName,
        familyName: user.profile.familyName,
        email: user.email,
      });
    case 'email':
      return user.email;
    case 'status':
      return statusRank.get(membership.status) ?? 99;
    case 'joinedAt':
      return membership.joinedAt;
    case 'invitedAt':
      return membership.invitedAt;
  }
}

/**
 * The rows matching a query, sorted: by the chosen field, members without a value (never joined,
 * never invited) last in either direction, ties broken by user ID so pages never overlap.
 */
export function selectMemberRows(rows: readonly MemberRow[], query: MembersQuery): MemberRow[] {
  const shape = queryShape(query);
  const statuses = new Set(shape.statuses);
  const roles = new Set(shape.roles);
  const matching = rows.filter(
    (row) =>
      row.membership.organizationId === shape.organizationId &&
      (statuses.size === 0 || statuses.has(row.membership.status)) &&
      (roles.size === 0 || row.membership.roles.some((role) => roles.has(role))) &&
      matchesSearch(row, shape.search),
  );
  const direction = shape.sort.direction === 'desc' ? -1 : 1;
  const keyed = matching.map((row) => ({ row, key: sortKey(row, shape.sort.field as MemberSortField) }));
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
    return a.row.user.id < b.row.user.id ? -1 : a.row.user.id > b.row.user.id ? 1 : 0;
  });
  return keyed.map((entry) => entry.row);
}
