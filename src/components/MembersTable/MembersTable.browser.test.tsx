import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  listQueries,
  memberRows,
  rowOf,
  searchBox,
  setUpMembersTableTests,
  showOnly,
} from '../../../test/support/members-table-helpers.ts';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import type { MembersPage } from '../../core/adapter.ts';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';

setUpMembersTableTests();

/**
 * The members table as a list: rows, search, filters, sort, the empty, error and plain-member views, the
 * host's options, and backends that cannot search, sort or count.
 */
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

  describe('given a plain member as the viewer', () => {
    it('shows the list without any actions', async () => {
      renderWithTeamkit(<MembersTable />, { viewer: 'member' });
      await screen.findAllByRole('rowheader');
      expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
      expect(screen.queryAllByRole('button', { name: /^Actions for/ })).toEqual([]);
      await expectNoAxeViolations(document.body);
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
});
