import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { InviteMemberDialog } from './InviteMemberDialog.tsx';
import { addressInput, invited, openDialog, paste, resultOf } from './invite-dialog-test-setup.tsx';

// Sending's outcomes: some invitations failing (each address's result, retrying only the failures
// under their first keys, nothing typed lost), and a successful send.

// Browser mode has no global setup file: unmount between tests here.
afterEach(() => cleanup());

describe('InviteMemberDialog', () => {
  describe('given some invitations fail', () => {
    it('retries only the failed ones, with the same idempotency keys', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />);
      const dialog = await openDialog();
      paste('a@example.com b@example.com c@example.com d@example.com');
      adapter.faults.failMethod('inviteMember', 'network', { times: 2 });
      await userEvent.click(screen.getByRole('button', { name: 'Send 4 invitations' }));

      const retry = await screen.findByRole('button', { name: 'Retry 2 failed' });
      expect(resultOf('a@example.com')).toHaveTextContent('Failed: We could not reach the server');
      expect(resultOf('b@example.com')).toHaveTextContent('Failed');
      expect(resultOf('c@example.com')).toHaveTextContent('Invited');
      const first = invited(adapter);
      expect(first).toHaveLength(4);
      expect(new Set(first.map((input) => input.idempotencyKey)).size).toBe(4);

      await userEvent.click(retry);
      await waitFor(() => expect(resultOf('b@example.com')).toHaveTextContent('Invited'));
      expect(resultOf('a@example.com')).toHaveTextContent('Invited');
      const resent = invited(adapter).slice(4);
      expect(resent.map((input) => input.email)).toEqual(['a@example.com', 'b@example.com']);
      expect(resent.map((input) => input.idempotencyKey)).toEqual(
        first.slice(0, 2).map((input) => input.idempotencyKey),
      );
      expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
      expect(within(dialog).getByRole('status')).toHaveTextContent('4 invited');
    });

    it('when everything fails, keeps every address and field to send again', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />);
      await openDialog();
      await userEvent.type(addressInput(), 'ada@example.com');
      await userEvent.type(screen.getByRole('textbox', { name: 'Display name' }), 'Ada L.');
      await userEvent.type(screen.getByRole('textbox', { name: 'External ID' }), 'EMP-7');
      adapter.faults.failMethod('inviteMember', 'unavailable', { times: 1 });
      await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

      await waitFor(() => expect(resultOf('ada@example.com')).toHaveTextContent('Failed'));
      // Closing and reopening keeps the draft (it was not sent successfully).
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await openDialog();
      expect(resultOf('ada@example.com')).toHaveTextContent('Failed');
      await userEvent.click(screen.getByRole('button', { name: 'Edit and send again' }));

      expect(screen.getByRole('list', { name: 'Addresses to invite' })).toHaveTextContent('ada@example.com');
      expect(screen.getByRole('textbox', { name: 'Display name' })).toHaveValue('Ada L.');
      expect(screen.getByRole('textbox', { name: 'External ID' })).toHaveValue('EMP-7');
      await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
      await waitFor(() => expect(resultOf('ada@example.com')).toHaveTextContent('Invited'));
      const [firstTry, secondTry] = invited(adapter);
      expect(secondTry).toEqual(firstTry);
      expect(secondTry).toMatchObject({ name: 'Ada L.', externalId: 'EMP-7' });
    });

    it('offers no retry for a refusal: only the failure that may pass is sent again', async () => {
      const { adapter } = renderWithTeamkit(<InviteMemberDialog />);
      await openDialog();
      paste('a@example.com b@example.com c@example.com');
      adapter.faults.failMethod('inviteMember', 'permission_denied', { times: 1 });
      adapter.faults.failMethod('inviteMember', 'network', { times: 1 });
      await userEvent.click(screen.getByRole('button', { name: 'Send 3 invitations' }));

      const retry = await screen.findByRole('button', { name: 'Retry failed' });
      expect(resultOf('a@example.com')).toHaveTextContent('Failed: You do not have permission');
      expect(resultOf('b@example.com')).toHaveTextContent('Failed: We could not reach the server');
      await userEvent.click(retry);
      await waitFor(() => expect(resultOf('b@example.com')).toHaveTextContent('Invited'));
      expect(
        invited(adapter)
          .slice(3)
          .map((input) => input.email),
      ).toEqual(['b@example.com']);
      expect(resultOf('a@example.com')).toHaveTextContent('Failed: You do not have permission');
      expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
      // Back in the form the refused address is still there, to send with another role, say.
      expect(screen.getByRole('button', { name: 'Edit and send again' })).toBeVisible();
    });
  });

  describe('given a successful send', () => {
    it('starts over with an empty form when reopened', async () => {
      renderWithTeamkit(<InviteMemberDialog />);
      await openDialog();
      await userEvent.type(addressInput(), 'ada@example.com');
      await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Done' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await openDialog();
      expect(addressInput()).toHaveValue('');
      expect(screen.queryByRole('list', { name: 'Addresses to invite' })).toBeNull();
    });
  });
});
