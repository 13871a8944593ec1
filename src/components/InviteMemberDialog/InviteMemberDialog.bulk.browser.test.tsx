import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, type MemoryAdapter } from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { InviteMemberDialog } from './InviteMemberDialog.tsx';

afterEach(() => cleanup());

/** Counts how many calls of `method` are in flight at once, the most seen, and how many were made. */
function countConcurrent(adapter: MemoryAdapter, method: 'listMembers' | 'inviteMember') {
  const seen = { now: 0, most: 0, total: 0 };
  const original = adapter[method] as (...args: unknown[]) => Promise<unknown>;
  (adapter as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    seen.now += 1;
    seen.total += 1;
    seen.most = Math.max(seen.most, seen.now);
    try {
      return await original(...args);
    } finally {
      seen.now -= 1;
    }
  };
  return seen;
}

/** Opens the dialog and pastes `count` distinct addresses into it. */
async function pasteAddresses(count: number) {
  await userEvent.click(screen.getByRole('button', { name: 'Invite teammate' }));
  const input = (await screen.findByRole('textbox', { name: /Email addresses/ })) as HTMLInputElement;
  const addresses = Array.from({ length: count }, (_, index) => `person${index}@bulk.example`);
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', addresses.join('\n'));
  fireEvent(input, new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

describe('InviteMemberDialog, given hundreds of pasted addresses', { timeout: 90_000 }, () => {
  it('looks them up a few at a time, never hundreds at once', async () => {
    // A backend that takes a moment per call, so calls started together really overlap.
    const adapter = createMemoryAdapter({ latency: 15 });
    const lookups = countConcurrent(adapter, 'listMembers');
    renderWithTeamkit(<InviteMemberDialog />, { adapter });
    await pasteAddresses(300);
    await waitFor(() => expect(lookups.total).toBeGreaterThanOrEqual(100), { timeout: 30_000 });
    expect(lookups.most).toBeGreaterThan(1);
    expect(lookups.most).toBeLessThanOrEqual(4);
  });

  it('never looks up an address removed while its lookup was still queued', async () => {
    const adapter = createMemoryAdapter({ latency: 40 });
    const lookups = countConcurrent(adapter, 'listMembers');
    const searched: string[] = [];
    const listMembers = adapter.listMembers;
    adapter.listMembers = (query, options) => {
      searched.push(query.search ?? '');
      return listMembers(query, options);
    };
    renderWithTeamkit(<InviteMemberDialog />, { adapter });
    await pasteAddresses(40);
    // The last of 40 waits behind the first few: Backspace in the empty input removes it at once.
    const input = screen.getByRole('textbox', { name: /Email addresses/ });
    input.focus();
    await userEvent.keyboard('{Backspace}');
    await waitFor(() => expect(document.querySelectorAll('[data-part="recipient"]')).toHaveLength(39));
    await waitFor(() => expect(searched).toHaveLength(39), { timeout: 30_000 });
    await waitFor(() => expect(lookups.now).toBe(0));
    expect(document.querySelectorAll('[data-part="recipient"][data-state="checking"]')).toHaveLength(0);
    expect(searched).not.toContain('person39@bulk.example');
    expect(searched).toContain('person38@bulk.example');
  });

  it('invites as many as one request may carry, a few at a time, and reports each', async () => {
    const adapter = createMemoryAdapter({ latency: 15 });
    const lookups = countConcurrent(adapter, 'listMembers');
    const invites = countConcurrent(adapter, 'inviteMember');
    renderWithTeamkit(<InviteMemberDialog />, { adapter });
    await pasteAddresses(adapter.limits.maxInvitesPerRequest);
    await waitFor(() => expect(lookups.total).toBeGreaterThanOrEqual(100), { timeout: 30_000 });
    await waitFor(() => expect(lookups.now).toBe(0));
    expect(lookups.most).toBeLessThanOrEqual(4);

    await userEvent.click(screen.getByRole('button', { name: 'Send 100 invitations' }));
    await waitFor(() => expect(invites.total).toBe(100), { timeout: 30_000 });
    await waitFor(() => expect(document.querySelectorAll('[data-part="result"]')).toHaveLength(100));
    expect(invites.most).toBeGreaterThan(1);
    expect(invites.most).toBeLessThanOrEqual(4);
  });
});
