// @vitest-environment node
/**
 * The signed-in person's organizations over the Auth0 adapter (through Auth0's SDK), against the
 * fake Auth0: what the conformance suite cannot see. The user's organizations are read whole and
 * searched, sorted and paged by the adapter (Auth0 does neither); roles are read for one page's
 * organizations only; an organization deleted between the two reads is left out; past Auth0's 1,000
 * no total is claimed; Auth0's failures arrive typed; and nothing about invitations is pretended.
 */
import { describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { ViewerOrganization } from '../../src/core/viewer-organization.ts';
import { viewerOrganizationIds } from '../fakes/auth0/seed.ts';
import { hostManagementClient, setUpAuth0Testbed } from './auth0-fixture.ts';

const bed = setUpAuth0Testbed({ seed: { viewerOrganizations: true } });
type Listing = TeamkitAdapter & Required<Pick<TeamkitAdapter, 'listViewerOrganizations'>>;
const listing = (adapter: TeamkitAdapter = bed.adapter) => adapter as Listing;
const auth0Body = (statusCode: number, error: string, message: string, errorCode?: string) => ({
  statusCode,
  error,
  message,
  ...(errorCode ? { errorCode } : {}),
});

const listCalls = () => bed.fake.requestLines().filter((line) => /\/users\/[^/]+\/organizations/.test(line));
const roleCalls = () => bed.fake.requestLines().filter((line) => /\/members\/[^/]+\/roles/.test(line));

/** Makes the viewer a member of `count` more organizations, "Branch 000" … (name order is index order). */
function addMemberships(count: number) {
  const member = bed.fake.tenant.roles.find((role) => role.name === 'member')?.id ?? '';
  // Added last first: the adapter, not the backend's order, puts them in name order.
  for (let i = count - 1; i >= 0; i -= 1) {
    const id = `org_branch${String(i).padStart(8, '0')}`;
    bed.fake.tenant.organizations.set(id, {
      id,
      name: `branch-${i}`,
      display_name: `Branch ${String(i).padStart(4, '0')}`,
      metadata: {},
    });
    bed.fake.tenant.members.set(id, new Map([[bed.ids.adminUserId, new Set([member])]]));
  }
}

async function everyPage(limit: number, search?: string) {
  const organizations: ViewerOrganization[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listing().listViewerOrganizations({
      limit,
      cursor,
      ...(search === undefined ? {} : { search }),
    });
    organizations.push(...page.organizations);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  return { organizations, pages };
}

describe('the Auth0 adapter lists the viewer’s organizations', () => {
  it('lists them by name (the `name` where there is no display name), with the viewer’s roles in each', async () => {
    const page = await listing().listViewerOrganizations({});
    expect(page.organizations).toEqual([
      {
        id: bed.ids.organizationId,
        displayName: 'Acme Corporation',
        status: 'member',
        roles: ['admin'],
        invitationId: null,
        expiresAt: null,
      },
      {
        id: viewerOrganizationIds.hooli,
        displayName: 'hooli',
        status: 'member',
        roles: ['member'],
        invitationId: null,
        expiresAt: null,
      },
      {
        id: viewerOrganizationIds.initech,
        displayName: 'Initech',
        status: 'member',
        roles: ['member', 'billing'],
        invitationId: null,
        expiresAt: null,
      },
    ]);
    expect(page).toMatchObject({ invitations: [], nextCursor: null, totalCount: 3 });
    expect(listCalls()).toEqual([
      `GET /api/v2/users/${encodeURIComponent(bed.ids.adminUserId)}/organizations?page=0&per_page=100&include_totals=true`,
    ]);
    expect(roleCalls()).toHaveLength(3);
  });

  it('declares a searchable listing with small pages, and neither invitations nor acceptance', () => {
    expect(bed.adapter.capabilities.viewerOrganizations).toEqual({
      list: true,
      search: true,
      invitations: false,
      acceptInvitations: false,
      maxPageSize: 25,
    });
    expect(bed.adapter.acceptViewerInvitation).toBeUndefined();
  });

  it('reads roles for the page’s organizations only, and binds the cursor to its search', async () => {
    const first = await listing().listViewerOrganizations({ limit: 1 });
    expect(first.organizations.map((o) => o.displayName)).toEqual(['Acme Corporation']);
    expect(roleCalls()).toEqual([
      `GET /api/v2/organizations/${bed.ids.organizationId}/members/${encodeURIComponent(bed.ids.adminUserId)}/roles?page=0&per_page=100&include_totals=true`,
    ]);
    const second = await listing().listViewerOrganizations({ limit: 1, cursor: first.nextCursor });
    expect(second.organizations.map((o) => o.displayName)).toEqual(['hooli']);
    await expect(
      listing().listViewerOrganizations({ limit: 1, cursor: first.nextCursor, search: 'ini' }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { cursor: expect.any(String) } });
  });

  it('searches display names and names in any letter case', async () => {
    const initech = await listing().listViewerOrganizations({ search: 'INI' });
    expect(initech.organizations.map((o) => o.id)).toEqual([viewerOrganizationIds.initech]);
    const hooli = await listing().listViewerOrganizations({ search: 'Hoo' });
    expect(hooli.organizations.map((o) => o.id)).toEqual([viewerOrganizationIds.hooli]);
    expect(roleCalls()).toHaveLength(2);
  });

  it('leaves out an organization deleted between the listing and its roles, and counts without it', async () => {
    bed.fake.injectFault({
      status: 404,
      body: auth0Body(404, 'Not Found', 'The organization does not exist.', 'inexistent_organization'),
      match: new RegExp(`^GET /api/v2/organizations/${viewerOrganizationIds.initech}/members/`),
    });
    const page = await listing().listViewerOrganizations({});
    expect(page.organizations.map((o) => o.id)).toEqual([
      bed.ids.organizationId,
      viewerOrganizationIds.hooli,
    ]);
    expect(page.totalCount).toBe(2);
  });

  it('pages and searches hundreds of organizations, reading roles a page at a time', async () => {
    addMemberships(300);
    const { organizations, pages } = await everyPage(25);
    expect(organizations).toHaveLength(303);
    expect(organizations.slice(0, 3).map((o) => o.displayName)).toEqual([
      'Acme Corporation',
      'Branch 0000',
      'Branch 0001',
    ]);
    expect(new Set(organizations.map((o) => o.id)).size).toBe(303);
    expect(pages).toBe(13);
    expect(roleCalls()).toHaveLength(303);
    // Four listing calls (100 each) per page: Auth0 cannot search or sort, so each page reads the list.
    expect(listCalls()).toHaveLength(13 * 4);
    const found = await listing().listViewerOrganizations({ search: 'branch 0287' });
    expect(found.organizations.map((o) => o.displayName)).toEqual(['Branch 0287']);
    const capped = await listing().listViewerOrganizations({ limit: 500 });
    expect(capped.organizations).toHaveLength(25);
  });

  it('past Auth0’s 1,000, lists the first 1,000 and claims no total', async () => {
    addMemberships(1100);
    const page = await listing().listViewerOrganizations({ limit: 2 });
    expect(page.totalCount).toBeNull();
    expect(page.nextCursor).not.toBeNull();
    expect(listCalls()).toHaveLength(10);
  });
});

describe('the Auth0 adapter’s viewer listing, when Auth0 fails', () => {
  it('is unauthenticated without a viewer, and asks Auth0 nothing', async () => {
    const adapter = bed.makeAdapter({ viewerUserId: () => '' });
    await expect(listing(adapter).listViewerOrganizations({})).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(listCalls()).toEqual([]);
  });

  it('is rate_limited when Auth0 answers 429, with the wait from x-ratelimit-reset', async () => {
    bed.fake.injectFault({
      status: 429,
      body: auth0Body(429, 'Too Many Requests', 'Global limit has been reached', 'too_many_requests'),
      headers: { 'x-ratelimit-reset': String(Math.floor(bed.now() / 1000) + 3) },
      match: /\/organizations$/,
    });
    const error = await listing()
      .listViewerOrganizations({})
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'rate_limited' });
    expect((error as { retryAfterMs?: number }).retryAfterMs).toBeGreaterThan(1000);
  });

  it('is not_found when the viewer’s user no longer exists', async () => {
    bed.fake.tenant.users.delete(bed.ids.adminUserId);
    await expect(listing().listViewerOrganizations({})).rejects.toMatchObject({ code: 'not_found' });
  });

  it('fails, rather than leaving an organization out, when its roles cannot be read for another reason', async () => {
    bed.fake.injectFault({
      status: 503,
      body: auth0Body(503, 'Service Unavailable', 'try again'),
      match: /\/members\/[^/]+\/roles$/,
    });
    await expect(listing().listViewerOrganizations({})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('refuses a search term it cannot page from, before asking Auth0', async () => {
    await expect(
      listing().listViewerOrganizations({ search: 'acme', cursor: 'vo1.1.' }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(listCalls()).toEqual([]);
  });
});

describe('the fake Auth0’s user-organizations route', () => {
  it('refuses what the SDK’s request type does not have, and a page size past 100, as Auth0 does', async () => {
    bed.allowRejected();
    const client = await hostManagementClient(bed.fake, { maxRetries: 0 });
    const extra = await client.users.organizations
      .list(bed.ids.adminUserId, { per_page: 5 }, { queryParams: { q: 'acme' } })
      .catch((reason: unknown) => reason as { statusCode: number });
    expect(extra).toMatchObject({ statusCode: 400 });
    const large = await client.users.organizations
      .list(bed.ids.adminUserId, { per_page: 500 })
      .catch((reason: unknown) => reason as { statusCode: number });
    expect(large).toMatchObject({ statusCode: 400 });
    expect(bed.fake.rejectedRequests).toHaveLength(2);
  });
});
