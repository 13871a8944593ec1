import type { Auth0Api } from './client.ts';
import type { Auth0Invitation, Auth0MemberRow } from './map-member.ts';

/** The most rows Auth0 returns per page (members `take`, invitations `per_page`). */
export const auth0MaxPage = 100;
/** The member fields the adapter reads; roles come only when asked for (`read:organization_member_roles`). */
export const memberFields = 'user_id,email,name,picture,roles';
/** Invitations oldest first, so one created while paging lands at the end and none is skipped. */
export const invitationOrder = 'created_at:1';

/** One page of members by checkpoint: the rows and the `next` checkpoint, absent on the last page. */
export async function membersPage(
  api: Auth0Api,
  organizationId: string,
  from: string | null,
  take: number,
  signal?: AbortSignal,
): Promise<{ rows: Auth0MemberRow[]; next: string | null }> {
  const page = await api.call(
    (request) =>
      api.client.organizations.members.list(
        organizationId,
        { ...(from ? { from } : {}), take, fields: memberFields, include_fields: true },
        request,
      ),
    {},
    signal,
  );
  const next = page.response.next;
  return { rows: page.data, next: typeof next === 'string' && next !== '' ? next : null };
}

/**
 * Every member of an organization, page by page (checkpoint paging has no 1,000-row ceiling). What
 * Auth0 cannot filter or count on the server (admins, an email) costs this scan, which spends the
 * tenant's rate limit: the capabilities declare no totals and no filters for that reason.
 */
export async function allMembers(
  api: Auth0Api,
  organizationId: string,
  signal?: AbortSignal,
): Promise<Auth0MemberRow[]> {
  const rows: Auth0MemberRow[] = [];
  let from: string | null = null;
  for (let pages = 0; pages < 10_000; pages += 1) {
    const page = await membersPage(api, organizationId, from, auth0MaxPage, signal);
    rows.push(...page.rows);
    from = page.next;
    if (!from) break;
  }
  return rows;
}

/** One offset page of invitations, oldest first. */
async function invitationsPage(
  api: Auth0Api,
  organizationId: string,
  page: number,
  perPage: number,
  signal?: AbortSignal,
): Promise<Auth0Invitation[]> {
  const result = await api.call(
    (request) =>
      api.client.organizations.invitations.list(
        organizationId,
        { page, per_page: perPage, include_totals: true, sort: invitationOrder },
        request,
      ),
    {},
    signal,
  );
  return result.data;
}

/**
 * `count` invitations from `offset` (oldest first), and whether more follow. Auth0 pages invitations
 * by `page`/`per_page` only, so an offset that is not a page boundary reads the page it falls in and
 * the next; one extra row tells whether the list goes on (Auth0 gives no invitation total).
 */
export async function invitationsSlice(
  api: Auth0Api,
  organizationId: string,
  offset: number,
  count: number,
  signal?: AbortSignal,
): Promise<{ invitations: Auth0Invitation[]; more: boolean }> {
  const perPage = auth0MaxPage;
  const collected: Auth0Invitation[] = [];
  let page = Math.floor(offset / perPage);
  let skip = offset % perPage;
  while (collected.length <= count) {
    const rows = await invitationsPage(api, organizationId, page, perPage, signal);
    collected.push(...rows.slice(skip));
    if (rows.length < perPage) break;
    page += 1;
    skip = 0;
  }
  return { invitations: collected.slice(0, count), more: collected.length > count };
}

/** Every invitation of an organization. */
export async function allInvitations(
  api: Auth0Api,
  organizationId: string,
  signal?: AbortSignal,
): Promise<Auth0Invitation[]> {
  const all: Auth0Invitation[] = [];
  for (let page = 0; page < 10_000; page += 1) {
    const rows = await invitationsPage(api, organizationId, page, auth0MaxPage, signal);
    all.push(...rows);
    if (rows.length < auth0MaxPage) break;
  }
  return all;
}
