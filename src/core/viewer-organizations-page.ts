/**
 * Paging the signed-in person's organizations where the backend gives the whole list and the adapter
 * sorts, searches and pages it (Scalekit's memberships on the user, Auth0's user organizations): the
 * request's search, offset and limit, and a cursor bound to the search that made it. Server-side
 * adapters only; no browser entry point imports it.
 */
import type { ViewerOrganizationCapabilities } from './capabilities.ts';
import { TeamkitError } from './errors.ts';
import type { ViewerOrganizationsQuery } from './viewer-organization.ts';

/** A listing request, checked: the trimmed search, where the page starts, and its size. */
export interface ViewerPageRequest {
  search: string;
  offset: number;
  limit: number;
}

/** The page size when the caller names none. */
export const defaultViewerPageSize = 25;

/** The cursor of the page starting at `offset` for `search`. */
export function viewerCursor(offset: number, search: string): string {
  return `vo1.${offset}.${encodeURIComponent(search)}`;
}

function offsetOf(cursor: string, search: string): number {
  const match = /^vo1\.(\d{1,9})\.(.*)$/.exec(cursor);
  let bound: string | null = null;
  try {
    bound = match ? decodeURIComponent(match[2] ?? '') : null;
  } catch {
    bound = null;
  }
  if (!match || bound !== search) {
    throw new TeamkitError('validation', 'This page of organizations belongs to another search.', {
      fieldErrors: { cursor: 'Start the list again from its first page.' },
    });
  }
  return Number(match[1]);
}

/**
 * The checked request: a search where `declared.search` is false is `not_supported`; a cursor that
 * is malformed or from another search is `validation` on `cursor`; the limit is kept within 1 and
 * `declared.maxPageSize`.
 */
export function viewerPageRequest(
  query: ViewerOrganizationsQuery,
  declared: ViewerOrganizationCapabilities,
): ViewerPageRequest {
  const search = typeof query.search === 'string' ? query.search.trim() : '';
  if (search !== '' && !declared.search) {
    throw new TeamkitError('not_supported', 'Organizations cannot be searched on this backend.');
  }
  const offset = query.cursor ? offsetOf(query.cursor, search) : 0;
  const wanted = typeof query.limit === 'number' && Number.isFinite(query.limit) ? query.limit : 0;
  const limit = Math.max(1, Math.min(Math.floor(wanted) || defaultViewerPageSize, declared.maxPageSize));
  return { search, offset, limit };
}

/** Whether a name matches the search: case-insensitive, anywhere in it; an empty search matches all. */
export function nameMatches(displayName: string, search: string): boolean {
  return search === '' || displayName.toLocaleLowerCase('en').includes(search.toLocaleLowerCase('en'));
}

/** Name order, letter case and accents aside, then ID, so equal names keep one order across pages. */
export function byDisplayName(
  a: { displayName: string; id: string },
  b: { displayName: string; id: string },
): number {
  return (
    a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id)
  );
}

/** A name from untrusted data: a non-empty string, or null. */
export function nameText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
