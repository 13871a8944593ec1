import type { MembersQuery } from './adapter.ts';
import { TeamkitError } from './errors.ts';
import type { JsonValue } from './json.ts';
import { versionFingerprint } from './version-fingerprint.ts';

/**
 * The fingerprint of what a members query selects and in what order (organization, search, filters,
 * sort), not which page: every page of one query shares it, and any other query has another.
 */
export function membersQueryFingerprint(query: MembersQuery): string {
  return versionFingerprint({
    organizationId: query.organizationId,
    search: (query.search ?? '').trim().toLowerCase(),
    statuses: [...(query.statuses ?? [])].sort(),
    roles: [...(query.roles ?? [])].sort(),
    sort: query.sort ? { field: query.sort.field, direction: query.sort.direction } : null,
  });
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(cursor: string): string {
  const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * An opaque cursor for the page after `position` of `query`: the backend's own position (an offset, a
 * vendor's page token, several tokens for a composite list) with the query's fingerprint, so a cursor
 * handed to another query is refused instead of silently skipping or repeating members.
 */
export function encodeMembersCursor(position: JsonValue, query: MembersQuery): string {
  return toBase64Url(JSON.stringify({ p: position, q: membersQueryFingerprint(query) }));
}

/**
 * The position a cursor made by `encodeMembersCursor` carries. Rejects `validation`
 * (`fieldErrors.cursor`) for a malformed cursor or one made by another query.
 */
export function decodeMembersCursor(cursor: string, query: MembersQuery): JsonValue {
  let decoded: unknown = null;
  try {
    decoded = JSON.parse(fromBase64Url(cursor));
  } catch {
    // Falls through to the same refusal as a cursor of another query.
  }
  const record = (typeof decoded === 'object' && decoded !== null ? decoded : {}) as {
    p?: JsonValue;
    q?: unknown;
  };
  if (record.p === undefined || record.q !== membersQueryFingerprint(query)) {
    throw new TeamkitError(
      'validation',
      'This page link belongs to another search. Start from the first page.',
      { fieldErrors: { cursor: 'The cursor does not belong to this query.' } },
    );
  }
  return record.p;
}
