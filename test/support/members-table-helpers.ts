/**
 * What the MembersTable browser tests share: finding rows, the search box and the row menu, the list
 * requests the backend received, what was announced, and a layout check. Used by
 * src/components/MembersTable/MembersTable*.browser.test.tsx.
 */
import { cleanup, configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { MemoryAdapter } from '../../src/adapters/memory/index.ts';
import type { MembersQuery } from '../../src/core/adapter.ts';

/** Registers what every MembersTable browser test file needs around its tests; call once at its top level. */
export function setUpMembersTableTests(): void {
  afterEach(cleanup);
  // A desktop frame, where every column shows; tests of narrow tables set their own.
  beforeEach(() => page.viewport(1280, 800));
  // Typing, the 250 ms search pause and a fetch can outlast the default 1 s on a busy CI machine.
  configure({ asyncUtilTimeout: 5000 });
}

/** The list requests the backend received, in order. */
export function listQueries(adapter: MemoryAdapter): MembersQuery[] {
  return adapter.calls
    .filter((call) => call.method === 'listMembers')
    .map((call) => call.args[0] as MembersQuery);
}

/** The rendered member rows (only those the virtualizer put in the DOM). */
export function memberRows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('tr[data-part="member-row"]'));
}

/** The row whose row header (the member cell) is named `name`. */
export function rowOf(name: string | RegExp): HTMLElement {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error('A row header outside a row');
  return row;
}

/** The toolbar's search box. */
export function searchBox(): HTMLInputElement {
  return screen.getByRole('searchbox', { name: 'Search members' }) as HTMLInputElement;
}

/** Narrows the table to one member by searching, and returns that member's row. */
export async function showOnly(search: string, name: string | RegExp): Promise<HTMLElement> {
  await screen.findAllByRole('rowheader');
  await userEvent.fill(searchBox(), search);
  await waitFor(() => expect(memberRows()).toHaveLength(1));
  return rowOf(name);
}

/** What the provider's live regions said last. */
export function announced(): string {
  return document.querySelector('[data-part="live-regions"]')?.textContent ?? '';
}

/** Expects `element` to lie horizontally inside `container`'s content box (half a pixel of rounding allowed). */
export function expectInsideContentBox(element: HTMLElement, container: HTMLElement): void {
  const box = element.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  const style = getComputedStyle(container);
  const left = outer.left + Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft);
  const right =
    outer.right - Number.parseFloat(style.borderRightWidth) - Number.parseFloat(style.paddingRight);
  const what = element.textContent ?? '';
  expect(box.left, `start edge of "${what}"`).toBeGreaterThanOrEqual(left - 0.5);
  expect(box.right, `end edge of "${what}"`).toBeLessThanOrEqual(right + 0.5);
}

/** A failed row action's visible message (the live region holds the same words). */
export const failureMessage = '[data-part="action-failure-message"]';

/** A backend whose members hold exactly one role each (a single choice, not a multi-select). */
export const singleRole = { memberships: { multipleRoles: false } };

/** Opens the actions menu of the member named `name`. */
export async function openActions(name: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  return screen.findByRole('menu');
}
