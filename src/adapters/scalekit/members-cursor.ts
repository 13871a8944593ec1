import { TeamkitError } from '../../core/errors.ts';
import { fingerprint } from './fingerprint.ts';

/** What a members cursor is bound to: a cursor from one query is refused by another. */
export interface CursorQuery {
  /** The organization listed. */
  organizationId: string;
  /** The search sent to `users:search`, or null for the plain list. */
  search: string | null;
  /** The page size asked for. */
  pageSize: number;
}

/** Wraps Scalekit's `page_token` with a fingerprint of the query that made it, as an opaque string. */
export function encodeMembersCursor(pageToken: string, query: CursorQuery): string {
  return Buffer.from(JSON.stringify({ t: pageToken, q: fingerprint(query) })).toString('base64url');
}

/** Scalekit's `page_token` inside a cursor; `validation` when it is malformed or from another query. */
export function decodeMembersCursor(cursor: string, query: CursorQuery): string {
  let parsed: { t?: unknown; q?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { t?: unknown; q?: unknown };
  } catch {
    parsed = {};
  }
  if (typeof parsed.t !== 'string' || parsed.t === '') {
    throw new TeamkitError('validation', 'This page cursor is not one the members list gave out.', {
      fieldErrors: { cursor: 'Not a members cursor.' },
    });
  }
  if (parsed.q !== fingerprint(query)) {
    throw new TeamkitError('validation', 'This page cursor belongs to another search or page size.', {
      fieldErrors: { cursor: 'The cursor belongs to another query; start from the first page.' },
    });
  }
  return parsed.t;
}
