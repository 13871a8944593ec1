import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  announced,
  memberRows,
  openActions,
  rowOf,
  searchBox,
  setUpMembersTableTests,
  showOnly,
  singleRole,
} from '../../../test/support/members-table-helpers.ts';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';

setUpMembersTableTests();

/**
 * The members table's row actions: resend, revoke, role changes, removal, and the guards the backend
 * reports (last admin, SCIM, removing oneself).
 */
describe('MembersTable', () => {
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
});
