/**
 * Shared helpers for the invite dialog's browser tests: opening it, typing and pasting addresses,
 * reading each address's result, and what the memory backend was asked to invite.
 */
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { userEvent } from 'vitest/browser';
import type { MemoryAdapter } from '../../adapters/memory/index.ts';
import type { InviteInput } from '../../core/invitation.ts';
import { InviteMemberDialog } from './InviteMemberDialog.tsx';

/** What the backend was asked to invite, in call order. */
export function invited(adapter: MemoryAdapter): InviteInput[] {
  return adapter.calls
    .filter((call) => call.method === 'inviteMember')
    .map((call) => call.args[1] as InviteInput);
}

/** Opens the dialog through its own trigger and waits for it. */
export async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Invite teammate' }));
  return screen.findByRole('dialog', { name: 'Invite teammates' });
}

/** The dialog's address input. */
export function addressInput(): HTMLInputElement {
  return screen.getByRole('textbox', { name: /Email addresses/ }) as HTMLInputElement;
}

/** Pastes text into the address input the way a clipboard paste arrives (new lines kept). */
export function paste(text: string, input: HTMLInputElement = addressInput()) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  fireEvent(input, new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

/** The result row reported for one address after sending. */
export function resultOf(email: string): HTMLElement {
  const row = screen
    .getAllByRole('listitem')
    .find((item) => item.getAttribute('data-part') === 'result' && item.textContent?.includes(email));
  if (!row) throw new Error(`No result row for ${email}`);
  return row;
}

/** A host page whose own button opens the dialog through `open` / `onOpenChange`. */
export function HostWithOwnButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Add people
      </button>
      <InviteMemberDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
