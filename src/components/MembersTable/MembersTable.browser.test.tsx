import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import type { MembersPage, MembersQuery } from '../../core/adapter.ts';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import { teamkitKeys } from '../../core/query-keys.ts';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';

afterEach(cleanup);
// A desktop frame, where every column shows; tests of narrow tables set their own.
beforeEach(() => page.viewport(1280, 800));
// Typing, the 250 ms search pause and a fetch can outlast the default 1 s on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

/** The list requests the backend received, in order. */
function listQueries(adapter: MemoryAdapter): MembersQuery[] {
  return adapter.calls
    .filter((call) => call.method === 'listMembers')
    .map((call) => call.args[0] as MembersQuery);
}

/** The rendered member rows (only those the virtualizer put in the DOM). */
function memberRows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('tr[data-part="member-row"]'));
}

function rowOf(name: string | RegExp): HTMLElement {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error('A row header outside a row');
  return row;
}

function searchBox(): HTMLInputElement {
  return screen.getByRole('searchbox', { name: 'Search members' }) as HTMLInputElement;
}

/** Narrows the table to one member by searching, and returns that member's row. */
async function showOnly(search: string, name: string | RegExp): Promise<HTMLElement> {
  await screen.findAllByRole('rowheader');
  await userEvent.fill(searchBox(), search);
  await waitFor(() => expect(memberRows()).toHaveLength(1));
  return rowOf(name);
}

/** What the provider's live regions said last. */
function announced(): string {
  return document.querySelector('[data-part="live-regions"]')?.textContent ?? '';
}

/** Expects `element` to lie horizontally inside `container`'s content box (half a pixel of rounding allowed). */
function expectInsideContentBox(element: HTMLElement, container: HTMLElement): void {
  const box = element.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  const style = getComputedStyle(container);
  const left = outer.left + Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft);
  const right =
    outer.right - Number.parseFloat(style.borderRightWidth) - Number.parseFloat(style.paddingRight);
  const what = element.textContent ?? '';
  expect(box.left, `start edge of "${what}"`).toBeGreaterThanOrEqual(left - 0.5);
  expect(box.right, `end edge of "${what}"`).toBeLessThanOrEqual(right + 0.5);
}

/** A failed row action's visible message (the live region holds the same words). */
const failureMessage = '[data-part="action-failure-message"]';

/** A backend whose members hold exactly one role each (a single choice, not a multi-select). */
const singleRole = { memberships: { multipleRoles: false } };

async function openActions(name: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  return screen.findByRole('menu');
}

describe('MembersTable', () => {
  describe('given the seeded organization and an admin', () => {
    it('shows the members as a table with the total, row positions and sortable headers', async () => {
      renderWithTeamkit(<MembersTable />);
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(0));
      const table = screen.getByRole('table', { name: 'Members' });
      expect(table).toHaveAttribute('aria-rowcount', '51');
      expect(screen.getByText('50 members')).toBeVisible();
      expect(memberRows()[0]).toHaveAttribute('aria-rowindex', '2');
      expect(screen.getByRole('columnheader', { name: /Member/ })).toHaveAttribute('aria-sort', 'ascending');
      expect(screen.getByRole('columnheader', { name: /Roles/ })).not.toHaveAttribute('aria-sort');
      await expectNoAxeViolations(document.body);
    });

    it('renders a name that looks like HTML as text', async () => {
      renderWithTeamkit(<MembersTable />);
      const header = await screen.findByRole('rowheader', { name: /<b>bold<\/b>/ });
      expect(header.querySelector('b, script')).toBeNull();
    });
  });

  describe('when searching', () => {
    it('shows only the matching rows as the person types', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      await userEvent.type(searchBox(), 'Jonas');
      await waitFor(() => expect(listQueries(adapter).at(-1)?.search).toBe('Jonas'));
      await waitFor(() => expect(memberRows()).toHaveLength(1));
      expect(rowOf(/Jonas Müller/)).toBeVisible();
      expect(screen.getByText('1 member')).toBeVisible();
    });

    it('sends one request for a burst of keystrokes, not one per key', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      // Five changes within one task: no pause between them, so only the last may reach the server.
      for (const text of ['J', 'Jo', 'Jon', 'Jona', 'Jonas'])
        fireEvent.change(searchBox(), { target: { value: text } });
      await waitFor(() => expect(memberRows()).toHaveLength(1));
      expect(listQueries(adapter).map((query) => query.search ?? '')).toEqual(['', 'Jonas']);
    });

    it('says when nothing matches and clears the search and filters on request', async () => {
      renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'inactive');
      await userEvent.fill(searchBox(), 'nobody-by-this-name');
      expect(await screen.findByText('No members match')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(1));
      expect(searchBox()).toHaveValue('');
      expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
      expect(document.activeElement).toBe(searchBox());
    });
  });

  describe('when filtering', () => {
    it('lists only the chosen status', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending_invite');
      await waitFor(() => expect(listQueries(adapter).at(-1)?.statuses).toEqual(['pending_invite']));
      await waitFor(() => {
        const rows = memberRows();
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row).toHaveAttribute('data-state', 'pending_invite');
      });
    });

    it('lists only holders of the chosen role', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role' }), 'billing_manager');
      await waitFor(() => expect(listQueries(adapter).at(-1)?.roles).toEqual(['billing_manager']));
      await waitFor(() => expect(screen.getByRole('rowheader', { name: /Sofía Hernández/ })).toBeVisible());
      for (const row of memberRows()) {
        expect(within(row).getByText(/Billing manager/)).toBeVisible();
      }
    });
  });

  describe('when sorting', () => {
    it('asks the server for the new order and marks the sorted column', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      const firstBefore = memberRows()[0]?.dataset.userId;
      await userEvent.click(screen.getByRole('button', { name: /Member/ }));
      await waitFor(() =>
        expect(listQueries(adapter).at(-1)?.sort).toEqual({ field: 'name', direction: 'desc' }),
      );
      expect(screen.getByRole('columnheader', { name: /Member/ })).toHaveAttribute('aria-sort', 'descending');
      await waitFor(() => expect(memberRows()[0]?.dataset.userId).not.toBe(firstBefore));

      await userEvent.click(screen.getByRole('button', { name: /Date/ }));
      await waitFor(() =>
        expect(listQueries(adapter).at(-1)?.sort).toEqual({ field: 'joinedAt', direction: 'desc' }),
      );
      expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
      expect(screen.getByRole('columnheader', { name: /Member/ })).not.toHaveAttribute('aria-sort');

      // Listing only invitations, the date column sorts by when they were sent.
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'pending_invite');
      await waitFor(() =>
        expect(listQueries(adapter).at(-1)).toMatchObject({
          statuses: ['pending_invite'],
          sort: { field: 'invitedAt', direction: 'desc' },
        }),
      );
      expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    });
  });

  describe('given a pending invitation', () => {
    it('resends it and shows when it can be sent again', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      const row = await showOnly('priya', /Priya Sharma/);
      expect(within(row).getByText('Invited')).toBeVisible();
      expect(within(row).getByText(/Expires in 12 days/)).toBeVisible();
      const menu = await openActions('Priya Sharma');
      await userEvent.click(within(menu).getByRole('menuitem', { name: 'Resend invitation' }));

      await waitFor(() =>
        expect(within(rowOf(/Priya Sharma/)).getByRole('timer')).toHaveTextContent(
          /^Resend available in [01]:\d\d$/,
        ),
      );
      expect(adapter.calls.filter((call) => call.method === 'resendInvitation')).toHaveLength(1);
      await waitFor(() =>
        expect(announced()).toContain('The invitation was sent again to priya.sharma@acme.example.'),
      );

      // While the cooldown runs the item stays, disabled, and says why.
      const again = await openActions('Priya Sharma');
      const resend = within(again).getByRole('menuitem', { name: 'Resend invitation' });
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      expect(resend).toHaveAccessibleDescription(/Resend available in/);
      // Playwright will not click an aria-disabled item, so choose it the way a keyboard user would.
      resend.focus();
      await userEvent.keyboard('{Enter}');
      expect(adapter.calls.filter((call) => call.method === 'resendInvitation')).toHaveLength(1);
    });

    it('shows no countdown where the backend declares no resend cooldown, and resends again at once', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, {
        capabilities: { invitations: { resendCooldownMs: null } },
      });
      await showOnly('priya', /Priya Sharma/);
      await userEvent.click(
        within(await openActions('Priya Sharma')).getByRole('menuitem', { name: 'Resend invitation' }),
      );
      await waitFor(() =>
        expect(announced()).toContain('The invitation was sent again to priya.sharma@acme.example.'),
      );
      expect(within(rowOf(/Priya Sharma/)).queryByRole('timer')).toBeNull();
      const again = within(await openActions('Priya Sharma')).getByRole('menuitem', {
        name: 'Resend invitation',
      });
      expect(again).not.toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(again);
      await waitFor(() =>
        expect(adapter.calls.filter((call) => call.method === 'resendInvitation')).toHaveLength(2),
      );
    });

    it('revokes it after confirmation', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await showOnly('li.wei', /li\.wei/);
      const menu = await openActions('li.wei@acme.example');
      await userEvent.click(within(menu).getByRole('menuitem', { name: 'Revoke invitation' }));
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Revoke the invitation for li.wei@acme.example?',
      });
      expect(adapter.calls.some((call) => call.method === 'revokeInvitation')).toBe(false);
      const { invitationId } = await adapter.getMember(memoryIds.organization, memoryIds.expiredInvite);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

      await waitFor(() => expect(memberRows()).toHaveLength(0));
      // Revoked by the invitation's own ID, not the user's.
      expect(
        adapter.calls.filter((call) => call.method === 'revokeInvitation').map((call) => call.args[1]),
      ).toEqual([invitationId]);
      await waitFor(() =>
        expect(announced()).toContain('The invitation for li.wei@acme.example was revoked.'),
      );
    });
  });

  describe('given an active member', () => {
    it('changes the role from the menu', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, { capabilities: singleRole });
      const row = await showOnly('Jonas', /Jonas Müller/);
      expect(within(row).getByText('Member')).toBeVisible();
      const menu = await openActions('Jonas Müller');
      const group = within(menu).getByRole('group', { name: 'Change role' });
      expect(within(group).getByRole('menuitemradio', { name: 'Member' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await userEvent.click(within(group).getByRole('menuitemradio', { name: 'Admin' }));

      await waitFor(() => expect(within(rowOf(/Jonas Müller/)).getByText('Admin')).toBeVisible());
      const update = adapter.calls.find((call) => call.method === 'updateMembership');
      expect(update?.args.slice(1, 3)).toEqual([memoryIds.member, { roles: ['admin'] }]);
      await waitFor(() => expect(announced()).toContain('Jonas Müller now has the role Admin.'));
    });

    it('removes them only after confirmation, and focus does not fall to the page', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await showOnly('Jonas', /Jonas Müller/);
      const menu = await openActions('Jonas Müller');
      await userEvent.click(within(menu).getByRole('menuitem', { name: 'Remove member' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Remove Jonas Müller?' });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(adapter.calls.some((call) => call.method === 'removeMember')).toBe(false);
      await expect
        .poll(() => document.activeElement)
        .toBe(screen.getByRole('button', { name: 'Actions for Jonas Müller' }));

      await userEvent.click(
        within(await openActions('Jonas Müller')).getByRole('menuitem', { name: 'Remove member' }),
      );
      await userEvent.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove member' }),
      );
      await waitFor(() => expect(announced()).toContain('Jonas Müller was removed.'));
      expect(
        adapter.calls.filter((call) => call.method === 'removeMember').map((call) => call.args[1]),
      ).toEqual([memoryIds.member]);
      // The only row is gone: focus goes back to the search box rather than to <body>.
      await expect.poll(() => document.activeElement).toBe(searchBox());
    });

    it('moves focus to the next row when a removed row held it', async () => {
      renderWithTeamkit(<MembersTable />);
      await screen.findAllByRole('rowheader');
      const rows = memberRows();
      const removable = rows.find((row) => row.dataset.userId === memoryIds.member) ?? rows[3];
      const index = rows.indexOf(removable as HTMLElement);
      const nextName = rows[index + 1]?.querySelector('[data-part="member-name"]')?.textContent ?? '';
      const name = removable?.querySelector('[data-part="member-name"]')?.textContent ?? '';
      await userEvent.click(within(await openActions(name)).getByRole('menuitem', { name: 'Remove member' }));
      await userEvent.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove member' }),
      );
      await expect
        .poll(() => document.activeElement?.getAttribute('aria-label'))
        .toBe(`Actions for ${nextName}`);
    });
  });

  describe('given the last admin', () => {
    it('shows removing and demoting disabled, with the reason', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await showOnly('maya', /Maya Okafor/);
      const menu = await openActions('Maya Okafor');
      const remove = within(menu).getByRole('menuitem', { name: 'Remove member' });
      expect(remove).toHaveAttribute('aria-disabled', 'true');
      expect(remove).toHaveAccessibleDescription('The last admin cannot be removed');
      expect(within(menu).getByText('The last admin cannot be removed')).toBeVisible();
      const changeRole = within(menu).getByRole('menuitem', { name: 'Change roles' });
      expect(changeRole).toHaveAccessibleDescription('The last admin cannot be demoted');
      remove.focus();
      await userEvent.keyboard('{Enter}');
      expect(screen.getByRole('menu')).toBeVisible();
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(adapter.calls.some((call) => call.method === 'removeMember')).toBe(false);
    });
  });

  describe('given another admin', () => {
    it('asks before the viewers demote themselves', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, {
        capabilities: singleRole,
        prepare: (data) => {
          const jonas = data.memberships.find((m) => m.userId === memoryIds.member);
          if (jonas) jonas.roles = ['admin'];
        },
      });
      await showOnly('maya', /Maya Okafor/);
      const menu = await openActions('Maya Okafor');
      await userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Member' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Change your own role to Member?' });
      expect(adapter.calls.some((call) => call.method === 'updateMembership')).toBe(false);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Change my role' }));
      await waitFor(() =>
        expect(adapter.calls.some((call) => call.method === 'updateMembership')).toBe(true),
      );
    });
  });

  describe('given a member provisioned by SCIM', () => {
    it('says the directory manages them instead of offering remove or role changes', async () => {
      renderWithTeamkit(<MembersTable />);
      const row = await showOnly('aaliyah', /Aaliyah Johnson/);
      expect(within(row).getByText('SCIM directory')).toBeVisible();
      const menu = await openActions('Aaliyah Johnson');
      expect(within(menu).queryByRole('menuitemradio')).toBeNull();
      for (const name of ['Change roles', 'Remove member']) {
        const item = within(menu).getByRole('menuitem', { name });
        expect(item).toHaveAttribute('aria-disabled', 'true');
        expect(item).toHaveAccessibleDescription('Managed by your SCIM directory');
      }
    });
  });

  describe('given a keyboard-only user', () => {
    it('operates the row actions menu as a WAI-ARIA menu button', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, { capabilities: singleRole });
      await screen.findAllByRole('rowheader');
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(searchBox());
      await userEvent.keyboard('Jonas');
      await waitFor(() => expect(memberRows()).toHaveLength(1));
      const trigger = screen.getByRole('button', { name: 'Actions for Jonas Müller' });
      // Search, status, role, three sort buttons, then the row's actions.
      for (let step = 0; step < 6; step += 1) await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(trigger);

      await userEvent.keyboard('{ArrowDown}');
      const menu = await screen.findByRole('menu', { name: 'Actions for Jonas Müller' });
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(document.activeElement).toBe(within(menu).getByRole('menuitemradio', { name: 'Admin' }));
      await userEvent.keyboard('{ArrowDown}');
      expect(document.activeElement).toBe(within(menu).getByRole('menuitemradio', { name: 'Member' }));
      await userEvent.keyboard('{End}');
      expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Remove member' }));
      await userEvent.keyboard('{ArrowDown}');
      expect(document.activeElement).toBe(within(menu).getByRole('menuitemradio', { name: 'Admin' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(trigger);

      // Enter opens on the first item; ArrowUp wraps to Remove; Enter asks; Escape cancels.
      await userEvent.keyboard('{Enter}');
      await screen.findByRole('menu');
      await userEvent.keyboard('{ArrowUp}{Enter}');
      const dialog = await screen.findByRole('alertdialog', { name: 'Remove Jonas Müller?' });
      await expect
        .poll(() => document.activeElement)
        .toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => document.activeElement).toBe(trigger);

      // Space opens; a letter jumps to the item starting with it; Enter chooses it.
      await userEvent.keyboard(' ');
      await screen.findByRole('menu');
      await userEvent.keyboard('b');
      expect(document.activeElement).toHaveAccessibleName('Billing manager');
      await userEvent.keyboard('{Enter}');
      expect(document.activeElement).toBe(trigger);
      await waitFor(() =>
        expect(adapter.calls.find((call) => call.method === 'updateMembership')?.args[2]).toEqual({
          roles: ['billing_manager'],
        }),
      );
      expect(adapter.calls.some((call) => call.method === 'removeMember')).toBe(false);
    });

    it('loads more with the button and continues from the first new row', async () => {
      renderWithTeamkit(<MembersTable />, { memberCount: 120 });
      const loadMore = await screen.findByRole('button', { name: 'Load more' });
      expect(screen.getByText('Showing 50 of 120')).toBeVisible();
      loadMore.focus();
      await userEvent.keyboard('{Enter}');
      // Row 52 of the table (the header is row 1): the first member of the new page.
      await expect
        .poll(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))
        .toBe('52');
      expect(screen.getByText('Showing 100 of 120')).toBeVisible();
    });
  });

  describe('given a plain member as the viewer', () => {
    it('shows the list without any actions', async () => {
      renderWithTeamkit(<MembersTable />, { viewer: 'member' });
      await screen.findAllByRole('rowheader');
      expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
      expect(screen.queryAllByRole('button', { name: /^Actions for/ })).toEqual([]);
      await expectNoAxeViolations(document.body);
    });
  });

  describe('given 10,000 members', () => {
    it('keeps the rendered rows few while scrolling, with every member loaded', async () => {
      const adapter = createMemoryAdapter({ memberCount: 10_000 });
      const { queryClient } = renderWithTeamkit(<MembersTable />, { adapter });
      await screen.findAllByRole('rowheader');
      expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
      expect(memberRows().length).toBeLessThan(40);

      // Load every page into the cache (as scrolling to the end would), then scroll through.
      const pages: MembersPage[] = [];
      const pageParams: (string | null)[] = [];
      let cursor: string | null = null;
      do {
        pageParams.push(cursor);
        const page: MembersPage = await adapter.listMembers({
          organizationId: memoryIds.organization,
          cursor,
          limit: 100,
        });
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor);
      queryClient.setQueryData(
        teamkitKeys.membersList({
          organizationId: memoryIds.organization,
          search: '',
          statuses: [],
          roles: [],
          sort: { field: 'name', direction: 'asc' },
          limit: 50,
        }),
        { pages, pageParams },
      );
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());

      const scroller = document.querySelector<HTMLElement>('[data-part="members-scroller"]');
      if (!scroller) throw new Error('no scroller');
      scroller.scrollTop = scroller.scrollHeight / 2;
      await waitFor(() =>
        expect(Number(memberRows()[0]?.getAttribute('aria-rowindex'))).toBeGreaterThan(4000),
      );
      expect(memberRows().length).toBeLessThan(40);
      scroller.scrollTop = scroller.scrollHeight;
      await waitFor(() => expect(memberRows().at(-1)).toHaveAttribute('aria-rowindex', '10001'));
      expect(memberRows().length).toBeLessThan(40);
    });

    it('fetches the next page when scrolled near the end', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, { memberCount: 10_000 });
      await screen.findAllByRole('rowheader');
      const scroller = document.querySelector<HTMLElement>('[data-part="members-scroller"]');
      if (!scroller) throw new Error('no scroller');
      scroller.scrollTop = scroller.scrollHeight;
      await waitFor(() => expect(listQueries(adapter).some((query) => query.cursor)).toBe(true));
      await waitFor(() => expect(screen.getByText('Showing 100 of 10,000')).toBeVisible());
    });
  });

  describe('when removing fails', () => {
    it('puts the row back and announces why', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await showOnly('Jonas', /Jonas Müller/);
      adapter.faults.failMethod('removeMember', 'permission_denied');
      // Long enough that the optimistic removal is seen even on a loaded machine, before the refusal puts it back.
      adapter.setLatency(1500);
      await userEvent.click(
        within(await openActions('Jonas Müller')).getByRole('menuitem', { name: 'Remove member' }),
      );
      await userEvent.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove member' }),
      );
      // Optimistic: the row goes at once …
      await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Jonas Müller/ })).toBeNull());
      // … and comes back when the backend refuses, with the reason announced.
      await waitFor(() => expect(screen.getByRole('rowheader', { name: /Jonas Müller/ })).toBeVisible());
      await waitFor(() =>
        expect(announced()).toContain('Jonas Müller was not removed. You do not have permission to do this.'),
      );
      // … and shown where the person acted, with no retry: permission will not come by trying again.
      const notice = await screen.findByText(/^Jonas Müller was not removed\. You do not have permission/, {
        selector: failureMessage,
      });
      expect(notice).toBeVisible();
      const failure = notice.closest('[data-part="action-failure"]') as HTMLElement;
      expect(failure).toHaveAttribute('data-code', 'permission_denied');
      expect(within(failure).queryByRole('button', { name: 'Try again' })).toBeNull();
      await userEvent.click(within(failure).getByRole('button', { name: 'Dismiss' }));
      expect(screen.queryByText(/^Jonas Müller was not removed/, { selector: failureMessage })).toBeNull();
      await expect
        .poll(() => document.activeElement)
        .toBe(screen.getByRole('button', { name: 'Actions for Jonas Müller' }));
    });
  });

  describe('when a role change fails and can be retried', () => {
    it('shows why on screen and tries again from the keyboard', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, { capabilities: singleRole });
      await showOnly('Jonas', /Jonas Müller/);
      adapter.faults.failMethod('updateMembership', 'network', { times: 1 });
      await userEvent.click(
        within(await openActions('Jonas Müller')).getByRole('menuitemradio', { name: 'Admin' }),
      );
      const message = 'The role of Jonas Müller was not changed. We could not reach the server.';
      const notice = await screen.findByText(new RegExp(`^${message}`), { selector: failureMessage });
      expect(notice).toBeVisible();
      expect(announced()).toContain(message);
      expect(within(rowOf(/Jonas Müller/)).getByText('Member')).toBeVisible();
      await expectNoAxeViolations(document.body);

      const retry = within(notice.closest('li') as HTMLElement).getByRole('button', { name: 'Try again' });
      expect(retry).toHaveAccessibleDescription(new RegExp(`^${message}`));
      retry.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(within(rowOf(/Jonas Müller/)).getByText('Admin')).toBeVisible());
      expect(screen.queryByText(new RegExp(`^${message}`), { selector: failureMessage })).toBeNull();
      expect(
        adapter.calls.filter((call) => call.method === 'updateMembership').map((call) => call.args[2]),
      ).toEqual([{ roles: ['admin'] }, { roles: ['admin'] }]);
      await waitFor(() => expect(announced()).toContain('Jonas Müller now has the role Admin.'));
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Jonas Müller' }));
    });
  });

  describe('given a member holding two roles', () => {
    const name = 'Maximiliana Wilhelmina Theodora von Hohenzollern-Sigmaringen-Brandenburg';

    it('checks both in a multi-select and says what a change adds and keeps before making it', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />);
      await showOnly('maximiliana', new RegExp(name));
      const menu = await openActions(name);
      const group = within(menu).getByRole('group', { name: 'Change roles' });
      const checked = (role: string) =>
        within(group).getByRole('menuitemcheckbox', { name: role }).getAttribute('aria-checked');
      expect([checked('Admin'), checked('Member'), checked('Billing manager')]).toEqual([
        'false',
        'true',
        'true',
      ]);
      await userEvent.click(within(group).getByRole('menuitemcheckbox', { name: 'Admin' }));
      const dialog = await screen.findByRole('alertdialog', { name: `Change the roles of ${name}?` });
      expect(dialog).toHaveAccessibleDescription('Add Admin. Keeps Member and Billing manager.');
      expect(adapter.calls.some((call) => call.method === 'updateMembership')).toBe(false);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Change roles' }));
      await waitFor(() =>
        expect(adapter.calls.find((call) => call.method === 'updateMembership')?.args[2]).toEqual({
          roles: ['member', 'billing_manager', 'admin'],
        }),
      );
      await waitFor(() =>
        expect(within(rowOf(new RegExp(name))).getByText('Member, Billing manager, and Admin')).toBeVisible(),
      );

      // Unchecking one says what goes and what stays.
      await userEvent.click(
        within(await openActions(name)).getByRole('menuitemcheckbox', { name: 'Billing manager' }),
      );
      expect(await screen.findByRole('alertdialog')).toHaveAccessibleDescription(
        'Remove Billing manager. Keeps Member and Admin.',
      );
    });

    it('shows both checked in a single choice, and says what picking one drops', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, { capabilities: singleRole });
      await showOnly('maximiliana', new RegExp(name));
      const group = within(await openActions(name)).getByRole('group', { name: 'Change role' });
      expect(within(group).getByRole('menuitemradio', { name: 'Member' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      expect(within(group).getByRole('menuitemradio', { name: 'Billing manager' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await userEvent.click(within(group).getByRole('menuitemradio', { name: 'Member' }));
      const dialog = await screen.findByRole('alertdialog', { name: `Change the roles of ${name}?` });
      expect(dialog).toHaveAccessibleDescription('Remove Billing manager. Keeps Member.');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(adapter.calls.some((call) => call.method === 'updateMembership')).toBe(false);
      expect(within(rowOf(new RegExp(name))).getByText('Member and Billing manager')).toBeVisible();
    });
  });

  describe('given admins removing themselves', () => {
    it('asks in words of its own, not as if removing someone else', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, {
        prepare: (data) => {
          const jonas = data.memberships.find((m) => m.userId === memoryIds.member);
          if (jonas) jonas.roles = ['admin'];
        },
      });
      await showOnly('maya', /Maya Okafor/);
      await userEvent.click(
        within(await openActions('Maya Okafor')).getByRole('menuitem', { name: 'Remove member' }),
      );
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Remove yourself from this organization?',
      });
      expect(dialog).toHaveAccessibleDescription(/only an admin can invite you back/);
      expect(adapter.calls.some((call) => call.method === 'removeMember')).toBe(false);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Remove myself' }));
      await waitFor(() =>
        expect(adapter.calls.filter((call) => call.method === 'removeMember')).toHaveLength(1),
      );
    });
  });

  describe('when the list cannot load', () => {
    it('shows the error with a retry that recovers', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failMethod('listMembers', 'unavailable', { times: 1 });
      renderWithTeamkit(<MembersTable />, { adapter });
      expect(await screen.findByText('The members could not be loaded.')).toBeVisible();
      await expectNoAxeViolations(document.body);
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(0));
    });
  });

  describe('given an organization with no members yet', () => {
    it('says so and shows the host’s invite action', async () => {
      const adapter = createMemoryAdapter();
      const empty = new Proxy(adapter, {
        get(target, property, receiver) {
          if (property === 'listMembers') {
            return async (): Promise<MembersPage> => ({ members: [], nextCursor: null, totalCount: 0 });
          }
          return Reflect.get(target, property, receiver);
        },
      });
      renderWithTeamkit(<MembersTable emptyAction={<button type="button">Invite teammate</button>} />, {
        adapter: empty,
      });
      expect(await screen.findByText('No members yet')).toBeVisible();
      expect(screen.getByRole('button', { name: 'Invite teammate' })).toBeVisible();
      await expectNoAxeViolations(document.body);
    });
  });

  describe('with a confirmation open', () => {
    it('has no axe violations', async () => {
      renderWithTeamkit(<MembersTable />);
      await showOnly('Jonas', /Jonas Müller/);
      await userEvent.click(
        within(await openActions('Jonas Müller')).getByRole('menuitem', { name: 'Remove member' }),
      );
      await screen.findByRole('alertdialog');
      await expectNoAxeViolations(document.body);
    });
  });

  describe('given right-to-left Arabic, whose status and provisioning labels are long', () => {
    afterEach(() => page.viewport(414, 896));

    it('keeps every badge whole inside its cell, wrapping rather than clipping', async () => {
      // Wide enough for the provisioning column, which a narrower table drops.
      await page.viewport(1280, 800);
      const { ar } = await import('../../i18n/ar/index.ts');
      renderWithTeamkit(<MembersTable />, { locale: 'ar', messages: ar });
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(0));
      const badges = Array.from(
        document.querySelectorAll<HTMLElement>('[data-part="member-cell"] [data-part="badge"]'),
      );
      // The two labels that did not fit their columns are among those checked.
      expect(badges.some((badge) => badge.dataset.value === 'invite_expired')).toBe(true);
      expect(badges.some((badge) => badge.dataset.value === 'jit_sso')).toBe(true);
      for (const badge of badges) {
        expectInsideContentBox(badge, badge.closest('td, th') as HTMLElement);
        expect(badge.scrollWidth, badge.textContent ?? '').toBeLessThanOrEqual(badge.clientWidth);
      }
    });
  });

  describe('given right-to-left Arabic and left-to-right data', () => {
    async function jonasRow(): Promise<HTMLElement> {
      const { ar } = await import('../../i18n/ar/index.ts');
      renderWithTeamkit(<MembersTable columns={['member', 'externalId', 'status']} />, {
        locale: 'ar',
        messages: ar,
      });
      const header = await screen.findByRole('rowheader', { name: /Jonas Müller/ });
      return header.closest('tr') as HTMLElement;
    }
    /** Where an element's text itself sits (it may run past its box when cut short). */
    function textBox(element: HTMLElement): DOMRect {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    }

    afterEach(() => page.viewport(414, 896));

    it('isolates each email and external ID left to right, aligned with the row’s right-hand side', async () => {
      // Wide enough for both to fit their cells.
      await page.viewport(1280, 800);
      const row = await jonasRow();
      for (const data of [
        within(row).getByText('jonas.muller@acme.example'),
        within(row).getByText('SALESFORCE-003921'),
      ]) {
        expect(data.closest('[dir="ltr"]'), data.textContent ?? '').not.toBeNull();
        expect(getComputedStyle(data).direction).toBe('ltr');
        expect(textBox(data).right, data.textContent ?? '').toBeCloseTo(
          data.getBoundingClientRect().right,
          0,
        );
      }
      // A name takes its own direction: a Latin one reads left to right inside the Arabic table.
      const name = within(row).getByText('Jonas Müller');
      expect(name).toHaveAttribute('dir', 'auto');
      expect(getComputedStyle(name).direction).toBe('ltr');
    });

    it('cuts a long email short at its end, keeping its beginning in view', async () => {
      await page.viewport(414, 896);
      const row = await jonasRow();
      const email = within(row).getByText('jonas.muller@acme.example');
      // The narrow frame leaves the member column too small for the whole address.
      expect(email.scrollWidth).toBeGreaterThan(email.clientWidth);
      expect(textBox(email).left).toBeCloseTo(email.getBoundingClientRect().left, 0);
    });
  });

  describe('given column labels longer than their columns', () => {
    afterEach(() => page.viewport(414, 896));

    it('wraps each header within its column instead of clipping it', async () => {
      // Every column shown (a table under 60rem drops two), yet narrower than they need together.
      await page.viewport(1000, 800);
      const { en } = await import('../../i18n/en/index.ts');
      const long = 'Added through which provisioning channel';
      const messages = {
        ...en,
        members: {
          ...en.members,
          columns: { ...en.members.columns, provisioning: long, status: 'Membership status right now' },
        },
      };
      renderWithTeamkit(
        <MembersTable
          columns={['member', 'roles', 'status', 'provisioning', 'date', 'externalId', 'actions']}
        />,
        { messages },
      );
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(0));
      expect(screen.getByRole('columnheader', { name: long })).toBeVisible();
      // Every column shown, in a narrow frame: the member column still keeps its 13rem.
      const memberHeader = document.querySelector('th[data-column="member"]') as HTMLElement;
      expect(memberHeader.getBoundingClientRect().width).toBeGreaterThanOrEqual(13 * 16 - 0.5);
      for (const header of screen.getAllByRole('columnheader')) {
        expect(header.scrollWidth, header.textContent ?? '').toBeLessThanOrEqual(header.clientWidth);
        const button = header.querySelector<HTMLElement>('[data-part="sort-button"]');
        if (button) expectInsideContentBox(button, header);
      }
    });
  });

  describe('over a Scalekit-like backend (identifier search from 3 characters, no sort, no filters)', () => {
    it('offers no sort or filter, says what a search matches, and sends no search it would refuse', async () => {
      const { adapter } = renderWithTeamkit(<MembersTable />, { capabilities: scalekitCapabilities });
      await screen.findAllByRole('rowheader');
      expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();
      expect(screen.queryByRole('combobox', { name: 'Role' })).toBeNull();
      for (const header of screen.getAllByRole('columnheader')) {
        expect(header.querySelector('button'), header.textContent ?? '').toBeNull();
        expect(header).not.toHaveAttribute('aria-sort');
      }
      expect(listQueries(adapter)[0]?.sort).toBeUndefined();
      expect(searchBox()).toHaveAttribute('placeholder', 'Email, user ID or external ID');

      await userEvent.fill(searchBox(), 'jo');
      expect(await screen.findByText('Type at least 3 characters to search.')).toBeVisible();
      expect(searchBox()).toHaveAccessibleDescription('Type at least 3 characters to search.');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(listQueries(adapter).map((query) => query.search ?? '')).not.toContain('jo');

      await userEvent.fill(searchBox(), 'jonas');
      await waitFor(() => expect(listQueries(adapter).at(-1)?.search).toBe('jonas'));
      expect(screen.queryByText('Type at least 3 characters to search.')).toBeNull();
      await expectNoAxeViolations(document.body);
    });
  });

  describe('over an Auth0-like backend (no search, no total)', () => {
    it('has no search box and counts "50+" until the last page says how many there are', async () => {
      renderWithTeamkit(<MembersTable />, { capabilities: auth0Capabilities, memberCount: 120 });
      await screen.findAllByRole('rowheader');
      expect(screen.queryByRole('searchbox')).toBeNull();
      expect(screen.getByText('50+ members')).toBeVisible();
      expect(screen.queryByText(/^Showing/)).toBeNull();
      // ARIA's "unknown" rather than a number that may be wrong.
      expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '-1');
      await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
      await waitFor(() => expect(screen.getByText('100+ members')).toBeVisible());
      await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
      // Auth0 deletes expired invitations, so fewer than the 120 seeded are listed: the last page makes
      // the count exact, and the table's row count agrees with it.
      const count = await screen.findByText(/^1\d\d members$/);
      const total = Number.parseInt(count.textContent ?? '', 10);
      expect(total).toBeLessThan(120);
      expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(total + 1));
    });

    it('calls an estimated total "about"', async () => {
      renderWithTeamkit(<MembersTable />, {
        capabilities: { members: { totals: 'estimated' } },
        memberCount: 120,
      });
      expect(await screen.findByText('About 120 members')).toBeVisible();
      expect(screen.queryByText(/^Showing/)).toBeNull();
    });
  });

  describe('at common widths', () => {
    afterEach(() => page.viewport(414, 896));

    /** Names, emails and roles in the rendered rows that are cut short. */
    function cutShort(): string[] {
      return Array.from(
        document.querySelectorAll<HTMLElement>(
          '[data-part="member-name"], [data-part="member-email"], [data-part="member-roles"]',
        ),
      )
        .filter((element) => element.scrollWidth > element.clientWidth + 0.5)
        .map((element) => element.textContent ?? '');
    }

    it('gives names and emails their room at 1280 px, and keeps the actions on screen at 800 px', async () => {
      await page.viewport(1280, 800);
      renderWithTeamkit(<MembersTable />);
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(5));
      expect(cutShort()).toEqual([]);

      await page.viewport(800, 800);
      await waitFor(() => expect(cutShort()).toEqual([]));
      for (const trigger of document.querySelectorAll('[data-part="menu-trigger"]')) {
        expect(trigger.getBoundingClientRect().right).toBeLessThanOrEqual(800);
      }
    });

    it('on a phone, keeps each row’s actions in reach and shows a cut email in full on focus', async () => {
      await page.viewport(375, 800);
      renderWithTeamkit(<MembersTable />);
      const row = await showOnly('Jonas', /Jonas Müller/);
      const trigger = within(row).getByRole('button', { name: 'Actions for Jonas Müller' });
      const box = trigger.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(375);
      // Pinned over the scrolled cells, not under them: a tap at its centre reaches it.
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(
        trigger.querySelector('[data-part="row-actions-icon"]') ?? trigger,
      );
      const email = within(row).getByText('jonas.muller@acme.example');
      expect(email.scrollWidth).toBeGreaterThan(email.clientWidth);
      trigger.focus();
      await expect.poll(() => email.scrollWidth <= email.clientWidth).toBe(true);
      expect(email).toBeVisible();
    });
  });

  describe('with the host’s options', () => {
    it('shows the chosen columns and opens a member’s details from the name', async () => {
      const onOpenMember = vi.fn();
      renderWithTeamkit(
        <MembersTable columns={['member', 'externalId', 'status']} onOpenMember={onOpenMember} />,
      );
      await showOnly('Jonas', /Jonas Müller/);
      expect(
        screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼↕]/g, '')),
      ).toEqual(['Member', 'External ID', 'Status']);
      expect(within(rowOf(/Jonas Müller/)).getByText('SALESFORCE-003921')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Jonas Müller' }));
      expect(onOpenMember).toHaveBeenCalledWith(expect.objectContaining({ userId: memoryIds.member }));
    });
  });
});
