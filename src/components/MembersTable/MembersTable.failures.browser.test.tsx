import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  announced,
  failureMessage,
  openActions,
  rowOf,
  setUpMembersTableTests,
  showOnly,
  singleRole,
} from '../../../test/support/members-table-helpers.ts';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';

setUpMembersTableTests();

/**
 * The members table when an action fails (the row comes back, the reason shows, a retry works) and role
 * changes beside other roles.
 */
describe('MembersTable', () => {
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
      // Focus goes back to the row's actions once the retried change has settled (a render later).
      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Jonas Müller' })),
      );
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
});
