import { cleanup, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { ConfirmDialog } from './ConfirmDialog.tsx';

afterEach(() => cleanup());

/** A host that opens the confirmation from a button and closes it when the action is done. */
function RemoveButton({ onConfirm, busy = false }: { onConfirm: () => void; busy?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Remove Ada
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Remove Ada Lovelace?"
        description="She loses access to Acme at once."
        confirmLabel="Remove member"
        busy={busy}
        onConfirm={onConfirm}
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  describe('given it opens', () => {
    it('is a labelled alertdialog with focus on Cancel, and Escape cancels back to the opener', async () => {
      const onConfirm = vi.fn();
      renderWithTeamkit(<RemoveButton onConfirm={onConfirm} />);
      const opener = screen.getByRole('button', { name: 'Remove Ada' });
      await userEvent.click(opener);
      const dialog = await screen.findByRole('alertdialog', { name: 'Remove Ada Lovelace?' });
      expect(dialog).toHaveAccessibleDescription('She loses access to Acme at once.');
      await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
      await expectNoAxeViolations(dialog);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(document.activeElement).toBe(opener);
      expect(onConfirm).not.toHaveBeenCalled();
    });

    it('runs the action from the danger button', async () => {
      const onConfirm = vi.fn();
      renderWithTeamkit(<RemoveButton onConfirm={onConfirm} />);
      await userEvent.click(screen.getByRole('button', { name: 'Remove Ada' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Remove member' }));
      expect(onConfirm).toHaveBeenCalledTimes(1);
    });
  });

  describe('given the action is running', () => {
    it('shows busy and cannot be dismissed', async () => {
      const onConfirm = vi.fn();
      renderWithTeamkit(<RemoveButton onConfirm={onConfirm} busy />);
      await userEvent.click(screen.getByRole('button', { name: 'Remove Ada' }));
      const confirm = await screen.findByRole('button', { name: 'Remove member' });
      expect(confirm).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
      await userEvent.click(confirm);
      expect(onConfirm).not.toHaveBeenCalled();
      await userEvent.keyboard('{Escape}');
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    });
  });
});
