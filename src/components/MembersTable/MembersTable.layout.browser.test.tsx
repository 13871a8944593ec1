import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  expectInsideContentBox,
  memberRows,
  setUpMembersTableTests,
  showOnly,
} from '../../../test/support/members-table-helpers.ts';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';

setUpMembersTableTests();

/**
 * The members table's layout: right-to-left Arabic with left-to-right data, long column labels, and common
 * widths down to a phone.
 */
describe('MembersTable', () => {
  describe('given right-to-left Arabic, whose status and provisioning labels are long', () => {
    afterEach(() => page.viewport(414, 896));

    it('keeps every badge whole inside its cell, wrapping rather than clipping', async () => {
      // Wide enough for the provisioning column, which a narrower table drops.
      await page.viewport(1280, 800);
      const { ar } = await import('../../i18n/ar/index.ts');
      renderWithTeamkit(<MembersTable />, { locale: 'ar', messages: ar });
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(0));
      const badges = Array.from(
        document.querySelectorAll<HTMLElement>('[data-part="member-cell"] [data-part="badge"]'),
      );
      // The two labels that did not fit their columns are among those checked.
      expect(badges.some((badge) => badge.dataset.value === 'invite_expired')).toBe(true);
      expect(badges.some((badge) => badge.dataset.value === 'jit_sso')).toBe(true);
      for (const badge of badges) {
        expectInsideContentBox(badge, badge.closest('td, th') as HTMLElement);
        expect(badge.scrollWidth, badge.textContent ?? '').toBeLessThanOrEqual(badge.clientWidth);
      }
    });
  });

  describe('given right-to-left Arabic and left-to-right data', () => {
    async function jonasRow(): Promise<HTMLElement> {
      const { ar } = await import('../../i18n/ar/index.ts');
      renderWithTeamkit(<MembersTable columns={['member', 'externalId', 'status']} />, {
        locale: 'ar',
        messages: ar,
      });
      const header = await screen.findByRole('rowheader', { name: /Jonas Müller/ });
      return header.closest('tr') as HTMLElement;
    }
    /** Where an element's text itself sits (it may run past its box when cut short). */
    function textBox(element: HTMLElement): DOMRect {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    }

    afterEach(() => page.viewport(414, 896));

    it('isolates each email and external ID left to right, aligned with the row’s right-hand side', async () => {
      // Wide enough for both to fit their cells.
      await page.viewport(1280, 800);
      const row = await jonasRow();
      for (const data of [
        within(row).getByText('jonas.muller@acme.example'),
        within(row).getByText('SALESFORCE-003921'),
      ]) {
        expect(data.closest('[dir="ltr"]'), data.textContent ?? '').not.toBeNull();
        expect(getComputedStyle(data).direction).toBe('ltr');
        expect(textBox(data).right, data.textContent ?? '').toBeCloseTo(
          data.getBoundingClientRect().right,
          0,
        );
      }
      // A name takes its own direction: a Latin one reads left to right inside the Arabic table.
      const name = within(row).getByText('Jonas Müller');
      expect(name).toHaveAttribute('dir', 'auto');
      expect(getComputedStyle(name).direction).toBe('ltr');
    });

    it('cuts a long email short at its end, keeping its beginning in view', async () => {
      await page.viewport(414, 896);
      const row = await jonasRow();
      const email = within(row).getByText('jonas.muller@acme.example');
      // The narrow frame leaves the member column too small for the whole address.
      expect(email.scrollWidth).toBeGreaterThan(email.clientWidth);
      expect(textBox(email).left).toBeCloseTo(email.getBoundingClientRect().left, 0);
    });
  });

  describe('given column labels longer than their columns', () => {
    afterEach(() => page.viewport(414, 896));

    it('wraps each header within its column instead of clipping it', async () => {
      // Every column shown (a table under 60rem drops two), yet narrower than they need together.
      await page.viewport(1000, 800);
      const { en } = await import('../../i18n/en/index.ts');
      const long = 'Added through which provisioning channel';
      const messages = {
        ...en,
        members: {
          ...en.members,
          columns: { ...en.members.columns, provisioning: long, status: 'Membership status right now' },
        },
      };
      renderWithTeamkit(
        <MembersTable
          columns={['member', 'roles', 'status', 'provisioning', 'date', 'externalId', 'actions']}
        />,
        { messages },
      );
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(0));
      expect(screen.getByRole('columnheader', { name: long })).toBeVisible();
      // Every column shown, in a narrow frame: the member column still keeps its 13rem.
      const memberHeader = document.querySelector('th[data-column="member"]') as HTMLElement;
      expect(memberHeader.getBoundingClientRect().width).toBeGreaterThanOrEqual(13 * 16 - 0.5);
      for (const header of screen.getAllByRole('columnheader')) {
        expect(header.scrollWidth, header.textContent ?? '').toBeLessThanOrEqual(header.clientWidth);
        const button = header.querySelector<HTMLElement>('[data-part="sort-button"]');
        if (button) expectInsideContentBox(button, header);
      }
    });
  });

  describe('at common widths', () => {
    afterEach(() => page.viewport(414, 896));

    /** Names, emails and roles in the rendered rows that are cut short. */
    function cutShort(): string[] {
      return Array.from(
        document.querySelectorAll<HTMLElement>(
          '[data-part="member-name"], [data-part="member-email"], [data-part="member-roles"]',
        ),
      )
        .filter((element) => element.scrollWidth > element.clientWidth + 0.5)
        .map((element) => element.textContent ?? '');
    }

    it('gives names and emails their room at 1280 px, and keeps the actions on screen at 800 px', async () => {
      await page.viewport(1280, 800);
      renderWithTeamkit(<MembersTable />);
      await waitFor(() => expect(memberRows().length).toBeGreaterThan(5));
      expect(cutShort()).toEqual([]);

      await page.viewport(800, 800);
      await waitFor(() => expect(cutShort()).toEqual([]));
      for (const trigger of document.querySelectorAll('[data-part="menu-trigger"]')) {
        expect(trigger.getBoundingClientRect().right).toBeLessThanOrEqual(800);
      }
    });

    it('on a phone, keeps each row’s actions in reach and shows a cut email in full on focus', async () => {
      await page.viewport(375, 800);
      renderWithTeamkit(<MembersTable />);
      const row = await showOnly('Jonas', /Jonas Müller/);
      const trigger = within(row).getByRole('button', { name: 'Actions for Jonas Müller' });
      const box = trigger.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(375);
      // Pinned over the scrolled cells, not under them: a tap at its centre reaches it.
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(
        trigger.querySelector('[data-part="row-actions-icon"]') ?? trigger,
      );
      const email = within(row).getByText('jonas.muller@acme.example');
      expect(email.scrollWidth).toBeGreaterThan(email.clientWidth);
      trigger.focus();
      await expect.poll(() => email.scrollWidth <= email.clientWidth).toBe(true);
      expect(email).toBeVisible();
    });
  });
});
