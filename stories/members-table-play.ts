/**
 * What the members table's state stories do as a person would: find rows, search down to one, open a
 * row's menu and pick an item. Used by MembersTable.states.stories.tsx and
 * MembersTable.row-actions.stories.tsx.
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor as waitForOnce, within } from 'storybook/test';

/** What the play functions below use of a story's context. */
type Context = Pick<StoryContext, 'canvas' | 'canvasElement' | 'userEvent'>;

/** waitFor with room for typing, the 250 ms search pause and a fetch on a busy machine (default: 1 s). */
export function waitFor<T>(check: () => T | Promise<T>): Promise<T> {
  return waitForOnce(check, { timeout: 5000 });
}

/** The member rows the virtualizer rendered. */
export function memberRows(canvasElement: HTMLElement): HTMLElement[] {
  return Array.from(canvasElement.querySelectorAll<HTMLElement>('tr[data-part="member-row"]'));
}

/** Searches until one row is left, and returns it. */
export async function showOnly(
  { canvas, canvasElement, userEvent }: Context,
  search: string,
): Promise<HTMLElement> {
  await canvas.findAllByRole('rowheader');
  await userEvent.type(canvas.getByRole('searchbox'), search);
  await waitFor(() => expect(memberRows(canvasElement)).toHaveLength(1));
  return memberRows(canvasElement)[0] as HTMLElement;
}

/** Opens a row's actions menu. */
export async function openActions({ userEvent }: Context, row: HTMLElement): Promise<HTMLElement> {
  const trigger = row.querySelector<HTMLElement>('[data-part="menu-trigger"]');
  if (!trigger) throw new Error('This row has no actions');
  await userEvent.click(trigger);
  return within(row).findByRole('menu');
}

/** Chooses a menu item by its `data-action` (the same in every locale). */
export function menuItem(menu: HTMLElement, action: string): HTMLElement {
  const item = menu.querySelector<HTMLElement>(`[data-action="${action}"]`);
  if (!item) throw new Error(`No ${action} item`);
  return item;
}
