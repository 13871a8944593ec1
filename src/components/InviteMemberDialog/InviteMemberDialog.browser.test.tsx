import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import type { InviteOutcome } from '../../core/invitation.ts';
import '../../styles/index.css';
import { InviteMemberDialog } from './InviteMemberDialog.tsx';
import {
  addressInput,
  HostWithOwnButton,
  invited,
  openDialog,
  paste,
  resultOf,
} from './invite-dialog-test-setup.tsx';

// Browser mode has no global setup file: unmount between tests here.
afterEach(() => cleanup());

const member = 'jonas.muller@acme.example';
const pending = 'priya.sharma@acme.example';
const inactive = 'olu.adeyemi@acme.example';

describe('InviteMemberDialog', () => {
  describe('given one address', () => {
    it('invites that person with the names, role and email setting given', async () => {
      const onInvited = vi.fn<(outcomes: InviteOutcome[]) => void>();
      const { adapter } = renderWithTeamkit(<InviteMemberDialog onInvited={onInvited} />);
      await openDialog();
      await expect.poll(() => document.activeElement).toBe(addressInput());

      await userEvent.type(addressInput(), 'Grace.Hopper@Navy.EXAMPLE');
      await userEvent.type(screen.getByRole('textbox', { name: 'First name' }), 'Grace');
      await userEvent.type(screen.getByRole('textbox', { name: 'Last name' }), 'Hopper');
      await userEvent.selectOptions(await screen.findByRole('combobox', { name: /Role/ }), 'admin');
      await userEvent.click(screen.getByRole('checkbox', { name: 'Send invitation email' }));
      await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

      await waitFor(() => expect(resultOf('Grace.Hopper@navy.example')).toHaveTextContent('Invited'));
      expect(invited(adapter)).toEqual([
        expect.objectContaining({
          email: 'Grace.Hopper@navy.example',
          givenName: 'Grace',
          familyName: 'Hopper',
          roles: ['admin'],
          sendEmail: false,
        }),
      ]);
      expect(onInvited).toHaveBeenCalledWith([expect.objectContaining({ status: 'invited' })]);
    });
  });

  describe('given many addresses, some invalid and some already members', () => {
    it('flags them before sending, sends only the rest and lists each outcome', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />);
      const dialog = await openDialog();
      paste(
        `new.one@example.com, not-an-address\n${member}; ${pending}\tnew.two@example.com ${inactive} NEW.ONE@example.com`,
      );

      const chips = within(screen.getByRole('list', { name: 'Addresses to invite' }));
      await waitFor(() => expect(chips.getAllByRole('listitem')).toHaveLength(6));
      expect(screen.getByText(/Skipped 1 address listed twice/)).toBeInTheDocument();
      expect(chips.getByText(/Not valid: Add an @/)).toBeInTheDocument();
      await waitFor(() => {
        expect(chips.getByText('Already a member')).toBeInTheDocument();
        expect(chips.getByText('Invitation pending')).toBeInTheDocument();
      });
      // Three are left to send: the two new ones and the inactive member the lookup does not flag.
      await userEvent.click(screen.getByRole('button', { name: 'Send 3 invitations' }));

      await waitFor(() => expect(screen.getByRole('button', { name: 'Done' })).toBeInTheDocument());
      expect(invited(adapter).map((input) => input.email)).toEqual([
        'new.one@example.com',
        'new.two@example.com',
        inactive,
      ]);
      expect(resultOf('new.one@example.com')).toHaveTextContent('Invited');
      // The outcome's mark is followed by a space, not run into its word.
      const status = (email: string) =>
        resultOf(email).querySelector('[data-part="result-status"]') as Element;
      expect(getComputedStyle(status('new.one@example.com'), '::before').content).toBe('"✓\u{fe0e} "');
      expect(getComputedStyle(status('not-an-address'), '::before').content).toBe('"⚠\u{fe0e} "');
      expect(resultOf('new.two@example.com')).toHaveTextContent('Invited');
      expect(resultOf('not-an-address')).toHaveTextContent('Not valid');
      expect(resultOf(member)).toHaveTextContent('Already a member or invited');
      expect(resultOf(pending)).toHaveTextContent('Already a member or invited');
      // The backend's own answer becomes that address's result.
      expect(resultOf(inactive)).toHaveTextContent('Already a member or invited');
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        '2 invited, 3 already members or invited, and 1 not valid',
      );
    });
  });

  describe('given right-to-left Arabic, with addresses and an entry that is not one', () => {
    it('isolates each address left to right and lets the invalid entry keep its own direction', async () => {
      const { ar } = await import('../../i18n/ar/index.ts');
      renderWithTeamkit(<InviteMemberDialog />, { locale: 'ar', messages: ar });
      await userEvent.click(screen.getByRole('button', { name: ar.invite.trigger }));
      await screen.findByRole('dialog');
      paste(
        'ada@example.com\nمحمد@@مثال',
        screen.getByRole('textbox', { name: new RegExp(ar.invite.recipients.label) }) as HTMLInputElement,
      );

      const chips = within(screen.getByRole('list', { name: ar.invite.recipients.listLabel }));
      await waitFor(() => expect(chips.getAllByRole('listitem')).toHaveLength(2));
      const address = chips.getByText('ada@example.com');
      expect(address).toHaveAttribute('dir', 'ltr');
      expect(getComputedStyle(address).direction).toBe('ltr');
      // What failed to parse is whatever was typed: Arabic here, so right to left.
      const invalid = chips.getByText('محمد@@مثال');
      expect(invalid.closest('[data-part="recipient"]')).toHaveAttribute('data-state', 'invalid');
      expect(invalid).toHaveAttribute('dir', 'auto');
      expect(getComputedStyle(invalid).direction).toBe('rtl');
      await expectNoAxeViolations(document.body);
    });
  });

  describe('given a keyboard-only user', () => {
    it('opens with Enter, makes and removes chips, tabs in order, and closes with Escape back to the trigger', async () => {
      renderWithTeamkit(<InviteMemberDialog />);
      const trigger = screen.getByRole('button', { name: 'Invite teammate' });
      trigger.focus();
      await userEvent.keyboard('{Enter}');
      await screen.findByRole('dialog', { name: 'Invite teammates' });
      await expect.poll(() => document.activeElement).toBe(addressInput());

      await userEvent.keyboard('ada@example.com{Enter}bob@example.com,');
      const chips = within(screen.getByRole('list', { name: 'Addresses to invite' }));
      expect(chips.getAllByRole('listitem')).toHaveLength(2);
      await userEvent.keyboard('{Backspace}');
      expect(chips.getAllByRole('listitem')).toHaveLength(1);
      expect(addressInput()).toHaveValue('');

      // Chips are one tab stop before the input; the role select comes after it.
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove ada@example.com' }));
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(addressInput());
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(await screen.findByRole('combobox', { name: /Role/ }));
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'First name' }));

      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement).toBe(trigger);
    });

    it('removes a chip from its remove button with Delete and keeps focus in the list', async () => {
      renderWithTeamkit(<InviteMemberDialog />);
      await openDialog();
      paste('a@example.com b@example.com c@example.com');
      screen.getByRole('button', { name: 'Remove b@example.com' }).focus();
      await userEvent.keyboard('{Delete}');
      expect(screen.queryByRole('button', { name: 'Remove b@example.com' })).toBeNull();
      await expect
        .poll(() => document.activeElement)
        .toBe(screen.getByRole('button', { name: 'Remove c@example.com' }));
      await userEvent.keyboard('{ArrowLeft}');
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove a@example.com' }));
    });

    it('returns focus to a host button that opened it through open/onOpenChange', async () => {
      renderWithTeamkit(<HostWithOwnButton />);
      expect(screen.queryByRole('button', { name: 'Invite teammate' })).toBeNull();
      const host = screen.getByRole('button', { name: 'Add people' });
      await userEvent.click(host);
      await screen.findByRole('dialog', { name: 'Invite teammates' });
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement).toBe(host);
    });
  });

  describe('given addresses typed and Send pressed straight away, with the pointer', () => {
    // Pressing the button moves focus out of the address input, which turns the typed text into a chip:
    // the dialog grew and the button moved before the button was released, and the click was lost.
    for (const latency of [0, 800]) {
      it(`sends everything typed on the first click (${latency} ms latency)`, async () => {
        const { adapter } = renderWithTeamkit(<InviteMemberDialog />, { latency });
        await openDialog();
        await userEvent.type(addressInput(), 'ada@example.com grace@example.com alan@example.com');
        // A person's press lasts a moment: time enough for the layout to move under the pointer.
        await userEvent.click(screen.getByRole('button', { name: 'Send 2 invitations' }), { delay: 80 });

        await waitFor(() => expect(screen.getByRole('button', { name: 'Done' })).toBeInTheDocument(), {
          timeout: 10_000,
        });
        expect(invited(adapter).map((input) => input.email)).toEqual([
          'ada@example.com',
          'grace@example.com',
          'alan@example.com',
        ]);
      });
    }

    it('still turns the typed text into a chip when the press lands elsewhere in the dialog', async () => {
      renderWithTeamkit(<InviteMemberDialog />);
      const dialog = await openDialog();
      await userEvent.type(addressInput(), 'ada@example.com');
      await userEvent.click(within(dialog).getByRole('heading', { name: 'Invite teammates' }), { delay: 80 });
      expect(screen.getByRole('list', { name: 'Addresses to invite' })).toHaveTextContent('ada@example.com');
      expect(addressInput()).toHaveValue('');
    });
  });

  describe('given the form has problems', () => {
    it('does not send and focuses the first field that needs attention', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />);
      await openDialog();
      await userEvent.type(addressInput(), 'not-an-address');
      await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
      await waitFor(() =>
        expect(screen.getByText('Enter at least one valid email address.')).toBeInTheDocument(),
      );
      await expect.poll(() => document.activeElement).toBe(addressInput());
      expect(invited(adapter)).toEqual([]);
    });
  });

  describe('given the dialog is open', () => {
    it('has no axe violations, with chips of every kind and the admin section', async () => {
      renderWithTeamkit(<InviteMemberDialog />);
      const dialog = await openDialog();
      paste(`ada@example.com, not-an-address, ${member}`);
      await waitFor(() => expect(screen.getByText('Already a member')).toBeInTheDocument());
      await expectNoAxeViolations(dialog);
      await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
      await screen.findByRole('button', { name: 'Done' });
      await expectNoAxeViolations(dialog);
    });
  });
});
