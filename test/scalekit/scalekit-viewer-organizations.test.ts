// @vitest-environment node
/**
 * The signed-in person's organizations over the Scalekit adapter, against the fake Scalekit: what the
 * conformance suite cannot see. One `GET /api/v1/users/{id}` serves every page; names come from the
 * memberships, or from the organization where a membership carries none; a membership whose
 * organization is gone is left out; invitations carry the user ID Scalekit addresses them by;
 * hundreds of memberships page and search; and Scalekit's failures arrive typed.
 */
import { describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { ViewerOrganization } from '../../src/core/viewer-organization.ts';
import { viewerOrganizationIds } from '../fakes/scalekit/seed.ts';
import { setUpScalekitTestbed } from './scalekit-fixture.ts';

const bed = setUpScalekitTestbed({ seed: { viewerOrganizations: true } });
type Listing = Required<Pick<TeamkitAdapter, 'listViewerOrganizations'>>;
const listing = (adapter: TeamkitAdapter = bed.adapter) => adapter as TeamkitAdapter & Listing;

async function everyPage(adapter: TeamkitAdapter, limit: number, search?: string) {
  const organizations: ViewerOrganization[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listing(adapter).listViewerOrganizations({
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

/** Gives the viewer `count` more active memberships, "Branch 000" … (names padded, so name order is index order). */
function addMemberships(count: number) {
  const viewer = bed.fake.users.get(bed.ids.adminUserId);
  if (!viewer) throw new Error('The seed has no viewer.');
  // Added last first: the adapter, not the backend's order, puts them in name order.
  for (let i = count - 1; i >= 0; i -= 1) {
    const id = `org_9619445518${String(i).padStart(7, '0')}`;
    const at = new Date().toISOString();
    bed.fake.organizations.set(id, {
      id,
      display_name: `Branch ${String(i).padStart(3, '0')}`,
      metadata: {},
      create_time: at,
      update_time: at,
    });
    bed.fake.roles.set(id, [{ name: 'member', display_name: 'Member', default_member: true }]);
    viewer.memberships.push({
      organization_id: id,
      membership_status: 'ACTIVE',
      roles: ['member'],
      metadata: {},
      provisioning_method: 'invitation',
      join_time: at,
      resent_count: 0,
    });
  }
}

describe('the Scalekit adapter lists the viewer’s organizations', () => {
  it('lists active memberships by name with their roles, and the pending invitation, from one call', async () => {
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
        id: viewerOrganizationIds.initech,
        displayName: 'Initech',
        status: 'member',
        roles: ['member', 'admin'],
        invitationId: null,
        expiresAt: null,
      },
    ]);
    // The expired invitation (Umbrella Labs) and the inactive membership (Vandelay) are not offered.
    expect(page.invitations).toEqual([
      {
        id: viewerOrganizationIds.hooli,
        displayName: 'Hooli',
        status: 'invited',
        roles: ['member'],
        // Scalekit addresses an invitation by the invited user's ID (as the members list does).
        invitationId: bed.ids.adminUserId,
        expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(page).toMatchObject({ nextCursor: null, totalCount: 2 });
    expect(bed.fake.requestLines().filter((line) => !line.startsWith('POST /oauth'))).toEqual([
      `GET /api/v1/users/${bed.ids.adminUserId}`,
    ]);
  });

  it('declares a listing with search and invitations, and no acceptance (Scalekit’s link accepts)', () => {
    expect(bed.adapter.capabilities.viewerOrganizations).toEqual({
      list: true,
      search: true,
      invitations: true,
      acceptInvitations: false,
      maxPageSize: 100,
    });
    expect(bed.adapter.acceptViewerInvitation).toBeUndefined();
  });

  it('pages with a cursor bound to its search, invitations on the first page only', async () => {
    const first = await listing().listViewerOrganizations({ limit: 1 });
    expect(first.organizations.map((o) => o.displayName)).toEqual(['Acme Corporation']);
    expect(first.invitations).toHaveLength(1);
    expect(first.totalCount).toBe(2);
    const second = await listing().listViewerOrganizations({ limit: 1, cursor: first.nextCursor });
    expect(second.organizations.map((o) => o.displayName)).toEqual(['Initech']);
    expect(second).toMatchObject({ invitations: [], nextCursor: null });
    await expect(
      listing().listViewerOrganizations({ limit: 1, cursor: first.nextCursor, search: 'ini' }),
    ).rejects.toMatchObject({ code: 'validation', fieldErrors: { cursor: expect.any(String) } });
    await expect(listing().listViewerOrganizations({ cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { cursor: expect.any(String) },
    });
  });

  it('searches names in any letter case, the invitations too', async () => {
    const acme = await listing().listViewerOrganizations({ search: 'CORP' });
    expect(acme.organizations.map((o) => o.id)).toEqual([bed.ids.organizationId]);
    expect(acme.invitations).toEqual([]);
    const hooli = await listing().listViewerOrganizations({ search: 'hoo' });
    expect(hooli).toMatchObject({ organizations: [], totalCount: 0 });
    expect(hooli.invitations.map((o) => o.id)).toEqual([viewerOrganizationIds.hooli]);
  });

  it('reads the organization’s name where the membership carries none', async () => {
    bed.fake.settings.membershipNames = false;
    const page = await listing().listViewerOrganizations({});
    expect(page.organizations.map((o) => o.displayName)).toEqual(['Acme Corporation', 'Initech']);
    expect(page.invitations.map((o) => o.displayName)).toEqual(['Hooli']);
    const lookups = bed.fake.requestLines().filter((line) => line.startsWith('GET /api/v1/organizations/'));
    expect(lookups.sort()).toEqual(
      [bed.ids.organizationId, viewerOrganizationIds.initech, viewerOrganizationIds.hooli]
        .map((id) => `GET /api/v1/organizations/${id}`)
        .sort(),
    );
  });

  it('leaves out a membership whose organization was deleted, and counts without it', async () => {
    bed.fake.settings.membershipNames = false;
    bed.fake.organizations.delete(viewerOrganizationIds.initech);
    bed.fake.organizations.delete(viewerOrganizationIds.hooli);
    const page = await listing().listViewerOrganizations({});
    expect(page.organizations.map((o) => o.id)).toEqual([bed.ids.organizationId]);
    expect(page).toMatchObject({ invitations: [], totalCount: 1, nextCursor: null });
  });

  it('lists a membership once when Scalekit repeats it, and skips one with no organization ID', async () => {
    const viewer = bed.fake.users.get(bed.ids.adminUserId);
    const [first] = viewer?.memberships ?? [];
    if (!viewer || !first) throw new Error('The seed has no viewer membership.');
    viewer.memberships.push({ ...first, roles: ['member'] });
    const { organizations } = await everyPage(bed.adapter, 100);
    expect(organizations.filter((o) => o.id === bed.ids.organizationId)).toHaveLength(1);
    expect(organizations.find((o) => o.id === bed.ids.organizationId)?.roles).toEqual(['admin']);
  });

  it('pages and searches hundreds of memberships from one call per page', async () => {
    addMemberships(300);
    const { organizations, pages } = await everyPage(bed.adapter, 100);
    expect(organizations).toHaveLength(302);
    expect(organizations.slice(0, 4).map((o) => o.displayName)).toEqual([
      'Acme Corporation',
      'Branch 000',
      'Branch 001',
      'Branch 002',
    ]);
    expect(new Set(organizations.map((o) => o.id)).size).toBe(302);
    expect(pages).toBe(4);
    expect(bed.fake.requestLines().filter((line) => line.startsWith('GET /api/v1/organizations/'))).toEqual(
      [],
    );
    const found = await listing().listViewerOrganizations({ search: 'branch 287' });
    expect(found.organizations.map((o) => o.displayName)).toEqual(['Branch 287']);
    const capped = await listing().listViewerOrganizations({ limit: 5000 });
    expect(capped.organizations).toHaveLength(100);
  });

  it('reads missing names of hundreds of organizations a few at a time', async () => {
    addMemberships(120);
    bed.fake.settings.membershipNames = false;
    const page = await listing().listViewerOrganizations({ limit: 100, search: 'Branch 11' });
    expect(page.organizations.map((o) => o.displayName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Branch 11${i}`),
    );
    expect(
      bed.fake.requestLines().filter((line) => line.startsWith('GET /api/v1/organizations/')),
    ).toHaveLength(123);
  });
});

describe('the Scalekit adapter’s viewer listing, when Scalekit fails', () => {
  it('is unauthenticated without a viewer, and asks Scalekit nothing', async () => {
    const adapter = bed.makeAdapter({ viewerUserId: () => '' });
    await expect(listing(adapter).listViewerOrganizations({})).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(bed.fake.requestLines()).toEqual([]);
  });

  it('refuses a cursor of another search before asking Scalekit anything', async () => {
    await expect(
      listing().listViewerOrganizations({ cursor: 'vo1.1.acme', search: 'ini' }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(bed.fake.requestLines().filter((line) => line.startsWith('GET'))).toEqual([]);
  });

  it('is rate_limited when Scalekit answers 429, with its Retry-After', async () => {
    bed.fake.injectFault({
      status: 429,
      body: { code: 8, message: 'rate limited', details: [{ error_code: 'RATE_LIMITED' }] },
      headers: { 'Retry-After': '2' },
      match: /^GET \/api\/v1\/users\//,
    });
    await expect(listing().listViewerOrganizations({})).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 2000,
    });
  });

  it('is not_found when the viewer’s user no longer exists', async () => {
    bed.fake.users.delete(bed.ids.adminUserId);
    await expect(listing().listViewerOrganizations({})).rejects.toMatchObject({ code: 'not_found' });
  });

  it('fails, rather than leaving an organization out, when reading its name fails for another reason', async () => {
    bed.fake.settings.membershipNames = false;
    bed.fake.injectFault({
      status: 503,
      body: { code: 14, message: 'unavailable', details: [] },
      match: new RegExp(`^GET /api/v1/organizations/${viewerOrganizationIds.initech}$`),
    });
    await expect(listing().listViewerOrganizations({})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('is misconfigured when Scalekit refuses the credentials', async () => {
    bed.fake.injectFault({
      status: 403,
      body: { code: 7, message: 'client lacks scope', details: [] },
      match: /^GET \/api\/v1\/users\//,
    });
    await expect(listing().listViewerOrganizations({})).rejects.toMatchObject({ code: 'misconfigured' });
  });
});
