import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { InviteMemberDialog } from './InviteMemberDialog.tsx';
import { addressInput, HostWithOwnButton, invited, openDialog, paste } from './invite-dialog-test-setup.tsx';

// Who may invite: the trigger for a viewer who may not (disabled with why, or hidden), a plain
// member's dialog without the administrator options, and an admin's metadata on every invitation.

// Browser mode has no global setup file: unmount between tests here.
afterEach(() => cleanup());

describe('InviteMemberDialog', () => {
  describe('given a viewer who may not invite (a plain member)', () => {
    it('shows the trigger disabled, with the reason beside it as its description, and does not open', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />, { viewer: 'member' });
      const trigger = screen.getByRole('button', { name: 'Invite teammate' });
      await waitFor(() =>
        expect(trigger).toHaveAccessibleDescription('Your role can’t invite people. Ask an administrator.'),
      );
      expect(trigger).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByText('Your role can’t invite people. Ask an administrator.')).toBeVisible();
      // Still focusable, so a keyboard user reaches it and hears why.
      trigger.focus();
      expect(document.activeElement).toBe(trigger);
      await userEvent.keyboard('{Enter}');
      fireEvent.click(trigger);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(adapter.calls.some((call) => call.method === 'inviteMember')).toBe(false);
      await expectNoAxeViolations(document.body);
    });

    it('leaves the trigger out when the host asks to hide it', async () => {
      const { adapter, queryClient } = renderWithTeamkit(<InviteMemberDialog whenNotPermitted="hide" />, {
        viewer: 'member',
      });
      // Once the viewer is known, not only while it is being checked.
      await waitFor(() => expect(adapter.calls.some((call) => call.method === 'getViewer')).toBe(true));
      await waitFor(() => expect(queryClient.isFetching()).toBe(0));
      expect(screen.queryByRole('button')).toBeNull();
    });

    it('shows an admin the trigger as usual, also when asked to hide it from others', async () => {
      renderWithTeamkit(<InviteMemberDialog whenNotPermitted="hide" />);
      const trigger = await screen.findByRole('button', { name: 'Invite teammate' });
      await waitFor(() => expect(trigger).not.toHaveAttribute('aria-disabled'));
      expect(trigger).not.toHaveAccessibleDescription();
    });
  });

  describe('given a plain member, the dialog opened by a host button', () => {
    it('shows no administrator options', async () => {
      renderWithTeamkit(<HostWithOwnButton />, { viewer: 'member' });
      await userEvent.click(screen.getByRole('button', { name: 'Add people' }));
      await screen.findByRole('dialog', { name: 'Invite teammates' });
      await userEvent.type(addressInput(), 'ada@example.com');
      expect(screen.queryByRole('group', { name: 'Administrator options' })).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'External ID' })).toBeNull();
    });
  });

  describe('given an admin', () => {
    it('sends metadata with every invitation and refuses rows over the limits', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />);
      await openDialog();
      paste('a@example.com b@example.com');
      await screen.findByRole('group', { name: 'Administrator options' });
      expect(screen.queryByRole('textbox', { name: 'External ID' })).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
      await userEvent.type(screen.getByRole('textbox', { name: 'Key, row 1' }), 'ab');
      await userEvent.type(screen.getByRole('textbox', { name: 'Value of ab' }), 'Sales');
      await userEvent.click(screen.getByRole('button', { name: 'Send 2 invitations' }));
      expect(await screen.findByText(/at least 3 characters for the key/)).toBeInTheDocument();
      expect(invited(adapter)).toEqual([]);

      await userEvent.clear(screen.getByRole('textbox', { name: 'Key, row 1' }));
      await userEvent.type(screen.getByRole('textbox', { name: 'Key, row 1' }), 'department');
      await userEvent.click(screen.getByRole('button', { name: 'Send 2 invitations' }));
      await screen.findByRole('button', { name: 'Done' });
      expect(invited(adapter).map((input) => input.metadata)).toEqual([
        { department: 'Sales' },
        { department: 'Sales' },
      ]);
    });
  });
});
