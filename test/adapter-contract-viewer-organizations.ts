/**
 * The conformance suite's part for the signed-in person's own organizations
 * (`capabilities.viewerOrganizations`, the organization switcher): run inside `describeAdapterContract`
 * over the same fresh adapter each test gets, signed in as the fixture's admin. Where listing is not
 * declared, one test checks that the adapter says so (`not_supported`, or no method) rather than
 * pretending, and the others are reported as not applicable.
 */
import { describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import type { ViewerOrganization } from '../src/core/viewer-organization.ts';
import type { ContractIds } from './adapter-contract.ts';

type Listing = TeamkitAdapter & Required<Pick<TeamkitAdapter, 'listViewerOrganizations'>>;

async function failure(
  promise: Promise<unknown>,
): Promise<{ code?: string; fieldErrors?: Record<string, string> }> {
  return promise.then(
    () => ({}),
    (error: unknown) => error as { code?: string; fieldErrors?: Record<string, string> },
  );
}

/** Every organization of the viewer, page by page with `limit`, and the totals each page reported. */
async function allOrganizations(adapter: Listing, search: string | undefined, limit: number) {
  const organizations: ViewerOrganization[] = [];
  const totals: (number | null)[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: Parameters<Listing['listViewerOrganizations']>[0] = { cursor, limit };
    if (search !== undefined) query.search = search;
    const page = await adapter.listViewerOrganizations(query);
    organizations.push(...page.organizations);
    totals.push(page.totalCount);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 1000);
  return { organizations, totals, pages };
}

/** Defines the viewer-organization cases; `current` gives the adapter and fixture of the running test. */
export function describeViewerOrganizationsContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  const declared = capabilities.viewerOrganizations;
  const when = (applies: boolean, needs: string) => (title: string, test: () => Promise<void>) =>
    it.runIf(applies)(
      applies ? title : `${title} (not applicable: needs viewerOrganizations.${needs})`,
      test,
    );
  const listing = () => current().adapter as Listing;

  describe("when listing the viewer's own organizations", () => {
    it.runIf(!declared.list)(
      declared.list
        ? 'refuses a listing where undeclared (not applicable: viewerOrganizations.list is declared)'
        : 'refuses with not_supported, or offers no such method',
      async () => {
        const { adapter } = current();
        if (!adapter.listViewerOrganizations) return;
        expect((await failure(adapter.listViewerOrganizations({}))).code).toBe('not_supported');
      },
    );

    when(declared.list, 'list')(
      'lists the organization in scope as a membership, with the admin role',
      async () => {
        const { ids } = current();
        const { organizations } = await allOrganizations(listing(), undefined, declared.maxPageSize);
        const here = organizations.find((organization) => organization.id === ids.organizationId);
        expect(here).toMatchObject({ status: 'member', invitationId: null, expiresAt: null });
        expect(here?.roles).toContain(ids.adminRole);
        expect(typeof here?.displayName).toBe('string');
      },
    );

    when(declared.list, 'list')(
      'pages through every organization once, each page within the limit, in name order',
      async () => {
        const whole = await allOrganizations(listing(), undefined, declared.maxPageSize);
        const byOne = await allOrganizations(listing(), undefined, 1);
        expect(byOne.organizations.map((o) => o.id)).toEqual(whole.organizations.map((o) => o.id));
        expect(new Set(byOne.organizations.map((o) => o.id)).size).toBe(byOne.organizations.length);
        expect(byOne.pages).toBeGreaterThanOrEqual(whole.organizations.length);
        const names = whole.organizations.map((o) => o.displayName.toLowerCase());
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
        for (const total of byOne.totals) {
          if (total !== null) expect(total).toBe(whole.organizations.length);
        }
      },
    );

    when(declared.list, 'list')(
      'lists members only in `organizations`, and invitations only on the first page',
      async () => {
        const first = await listing().listViewerOrganizations({ limit: 1 });
        expect(first.organizations.every((o) => o.status === 'member')).toBe(true);
        expect(first.invitations.every((o) => o.status === 'invited' && o.invitationId !== null)).toBe(true);
        if (!declared.invitations) expect(first.invitations).toEqual([]);
        if (first.nextCursor) {
          const second = await listing().listViewerOrganizations({ limit: 1, cursor: first.nextCursor });
          expect(second.invitations).toEqual([]);
        }
      },
    );

    when(declared.list && declared.search, 'search')(
      'finds organizations by part of their name, in any letter case',
      async () => {
        const { ids } = current();
        const { organizations } = await allOrganizations(listing(), undefined, declared.maxPageSize);
        const name = organizations.find((o) => o.id === ids.organizationId)?.displayName ?? '';
        const part = name.slice(1, 4).toUpperCase();
        const found = await allOrganizations(listing(), part, declared.maxPageSize);
        expect(found.organizations.map((o) => o.id)).toContain(ids.organizationId);
        expect(
          found.organizations.every((o) => o.displayName.toLowerCase().includes(part.toLowerCase())),
        ).toBe(true);
        const none = await listing().listViewerOrganizations({ search: 'zz-no-organization-is-called-this' });
        expect(none).toMatchObject({ organizations: [], invitations: [], nextCursor: null });
      },
    );

    when(declared.list && declared.search, 'search')(
      'refuses a cursor from another search (fieldErrors.cursor)',
      async () => {
        const first = await listing().listViewerOrganizations({ limit: 1 });
        if (!first.nextCursor) return;
        const error = await failure(
          listing().listViewerOrganizations({ search: 'a', cursor: first.nextCursor }),
        );
        expect(error.code).toBe('validation');
        expect(error.fieldErrors?.cursor).toEqual(expect.any(String));
      },
    );

    when(declared.list && !declared.search, 'list without search')(
      'refuses a search with not_supported',
      async () => {
        expect((await failure(listing().listViewerOrganizations({ search: 'ac' }))).code).toBe(
          'not_supported',
        );
      },
    );

    it.runIf(!declared.acceptInvitations)(
      declared.acceptInvitations
        ? 'refuses accepting where undeclared (not applicable: acceptInvitations is declared)'
        : 'refuses accepting an invitation with not_supported, or offers no such method',
      async () => {
        const { adapter, ids } = current();
        if (!adapter.acceptViewerInvitation) return;
        const error = await failure(adapter.acceptViewerInvitation(ids.organizationId, 'inv_nothing'));
        expect(error.code).toBe('not_supported');
      },
    );

    when(declared.acceptInvitations, 'acceptInvitations')(
      'answers not_found for an invitation that is not theirs',
      async () => {
        const { adapter, ids } = current();
        const error = await failure(
          adapter.acceptViewerInvitation?.(ids.organizationId, 'inv_nothing') ?? Promise.reject(),
        );
        expect(error.code).toBe('not_found');
      },
    );

    when(declared.acceptInvitations, 'acceptInvitations')(
      'makes an accepted invitation a membership, and refuses a second acceptance',
      async () => {
        const { adapter } = current();
        const { invitations } = await listing().listViewerOrganizations({});
        const invitation = invitations[0];
        if (!invitation?.invitationId || !adapter.acceptViewerInvitation) return;
        const accepted = await adapter.acceptViewerInvitation(invitation.id, invitation.invitationId);
        expect(accepted).toMatchObject({ id: invitation.id, status: 'member', invitationId: null });
        const { organizations } = await allOrganizations(listing(), undefined, declared.maxPageSize);
        expect(organizations.map((o) => o.id)).toContain(invitation.id);
        const again = await listing().listViewerOrganizations({});
        expect(again.invitations.map((o) => o.id)).not.toContain(invitation.id);
        const second = await failure(adapter.acceptViewerInvitation(invitation.id, invitation.invitationId));
        expect(['conflict', 'not_found']).toContain(second.code);
      },
    );
  });
}
