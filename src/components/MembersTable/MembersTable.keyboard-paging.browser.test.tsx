import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  listQueries,
  memberRows,
  searchBox,
  setUpMembersTableTests,
  singleRole,
} from '../../../test/support/members-table-helpers.ts';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import type { MembersPage } from '../../core/adapter.ts';
import { teamkitKeys } from '../../core/query-keys.ts';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';

setUpMembersTableTests();

/** The members table from the keyboard, and its paging and virtualization over 10,000 members. */
describe('MembersTable', () => {
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
});
