// Dialogs, their overlay and menus must be drawn over everything else on the page: the members table's
// sticky header (which has a z-index of its own) and a host's fixed or sticky bars. `elementFromPoint`
// asks the browser what is really on top at a point, which is what a click or a look would hit.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { InviteMemberDialog } from '../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import '../src/styles/index.css';
import { renderWithTeamkit } from './support/teamkit-test-utils.tsx';

afterEach(() => {
  cleanup();
  document.documentElement.style.removeProperty('--tk-z-overlay');
  for (const bar of document.querySelectorAll('[data-testid="host-bar"]')) bar.remove();
});

/** The centre of an element, in viewport coordinates. */
function centreOf(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * What the browser draws on top at a point. A modal dialog sets `pointer-events: none` on <body>, and
 * hit testing skips such elements: lifted for the probe, so the answer is what a person sees there.
 */
function drawnOnTopAt(x: number, y: number): Element | null {
  const before = document.body.style.pointerEvents;
  document.body.style.pointerEvents = 'auto';
  try {
    return document.elementFromPoint(x, y);
  } finally {
    document.body.style.pointerEvents = before;
  }
}

/** What the browser draws on top at the centre of `element`. */
function topmostAt(element: Element): Element | null {
  const { x, y } = centreOf(element);
  return drawnOnTopAt(x, y);
}

/** A host's own bar, fixed over the whole viewport at `zIndex` (a sticky app bar, a sidebar). */
function addHostBar(zIndex: number): HTMLElement {
  const bar = document.createElement('div');
  bar.dataset.testid = 'host-bar';
  bar.style.cssText = `position: fixed; inset: 0; z-index: ${zIndex};`;
  document.body.append(bar);
  return bar;
}

function addressInput(): HTMLInputElement {
  return screen.getByRole('textbox', { name: /Email addresses/ }) as HTMLInputElement;
}

describe('overlays', () => {
  describe('given the invite dialog opened over the members table', () => {
    it('draws the address field and its chips over the sticky header, and dims the header', async () => {
      renderWithTeamkit(
        <>
          <div data-testid="spacer" />
          <MembersTable toolbarActions={<InviteMemberDialog />} />
        </>,
      );
      await screen.findAllByRole('rowheader');
      await userEvent.click(screen.getByRole('button', { name: 'Invite teammate' }));
      const dialog = await screen.findByRole('dialog', { name: 'Invite teammates' });
      await userEvent.type(addressInput(), 'ada@example.com grace@example.com alan@example.com ');
      const chips = within(dialog).getAllByRole('listitem');
      expect(chips).toHaveLength(3);

      // Push the table down until its header row lies right under the address input, the last line of the box.
      const header = document.querySelector('[data-part="column-header"]') as HTMLElement;
      const spacer = screen.getByTestId('spacer');
      spacer.style.blockSize = `${centreOf(addressInput()).y - centreOf(header).y}px`;
      await waitFor(() => expect(Math.abs(centreOf(header).y - centreOf(addressInput()).y)).toBeLessThan(2));

      const headerRow = header.closest('tr') as HTMLElement;
      const row = headerRow.getBoundingClientRect();
      // The address input, and any chip on its line, lie over the header row.
      const overHeader = [addressInput(), ...chips].filter((element) => {
        const { x, y } = centreOf(element);
        return y > row.top && y < row.bottom && x > row.left && x < row.right;
      });
      expect(overHeader).toContain(addressInput());
      for (const element of overHeader) {
        expect(dialog.contains(topmostAt(element)), `${element.outerHTML} is covered`).toBe(true);
      }
      // Outside the panel the overlay covers the header, so the page behind is dimmed.
      const beside = drawnOnTopAt(1, centreOf(header).y);
      expect(beside?.getAttribute('data-part')).toBe('dialog-overlay');
    });
  });

  describe('given a host bar fixed over the page', () => {
    it('draws the invite dialog above a bar at 1100 (an app bar), and above a higher one once the host raises --tk-z-overlay', async () => {
      renderWithTeamkit(<InviteMemberDialog />);
      await userEvent.click(screen.getByRole('button', { name: 'Invite teammate' }));
      const dialog = await screen.findByRole('dialog', { name: 'Invite teammates' });
      const bar = addHostBar(1100);
      expect(dialog.contains(topmostAt(addressInput()))).toBe(true);

      bar.style.zIndex = '3000';
      expect(topmostAt(addressInput())).toBe(bar);
      document.documentElement.style.setProperty('--tk-z-overlay', '3001');
      expect(dialog.contains(topmostAt(addressInput()))).toBe(true);
    });

    it('draws a row’s actions menu and the confirmation it opens above the bar', async () => {
      renderWithTeamkit(<MembersTable />);
      await userEvent.click(await screen.findByRole('button', { name: 'Actions for Jonas Müller' }));
      const menu = await screen.findByRole('menu');
      const remove = within(menu).getByRole('menuitem', { name: 'Remove member' });
      const bar = addHostBar(1100);
      expect(menu.contains(topmostAt(remove))).toBe(true);

      bar.remove();
      await userEvent.click(remove);
      const confirm = await screen.findByRole('alertdialog');
      const cancel = within(confirm).getByRole('button', { name: 'Cancel' });
      addHostBar(1100);
      expect(confirm.contains(topmostAt(cancel))).toBe(true);
    });
  });
});
