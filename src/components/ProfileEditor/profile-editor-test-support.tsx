/*
 * What the ProfileEditor browser tests share: reading the editor's state, the backend writes it made, and
 * the keyboard moves a person would use. One module, so every ProfileEditor.*.browser.test.tsx file reads
 * the editor the same way.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { MemoryAdapter } from '../../adapters/memory/index.ts';
import type { UserPatch } from '../../core/user.ts';
import '../../styles/index.css';

/** What the backend was asked to change, in call order: the patch and the write options. */
export function updates(
  adapter: MemoryAdapter,
): { patch: UserPatch; options: { expectedVersion?: string } }[] {
  return adapter.calls
    .filter((call) => call.method === 'updateUser')
    .map((call) => ({
      patch: call.args[1] as UserPatch,
      options: call.args[2] as { expectedVersion?: string },
    }));
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard route a person would take. */
export async function tabTo(target: Element, { backwards = false } = {}) {
  for (let presses = 0; presses < 120; presses += 1) {
    if (document.activeElement === target) return;
    await userEvent.tab({ shift: backwards });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 120)}`);
}

/** Replaces the focused field's text by typing, as a person would (select all, then type). */
export async function retype(text: string) {
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text !== '') await userEvent.keyboard(text);
}

/** The editor's root element, where its mode and state are exposed as data attributes. */
export function root(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-part="profile-editor"]');
  if (!element) throw new Error('No editor root');
  return element;
}

/** Waits until the editor has loaded and is idle. */
export async function ready(container: HTMLElement) {
  await waitFor(() => expect(root(container).dataset.state).toBe('idle'));
}

/** The text field with this accessible name. */
export const textbox = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

// Browser mode has no global setup: unmount each test's editor so the next one starts from a blank page.
afterEach(() => {
  cleanup();
});
