import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { type MemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { ProfileEditor } from './ProfileEditor.tsx';

/** The patches the backend was asked to save, in call order. */
const savedPatches = (adapter: MemoryAdapter) =>
  adapter.calls.filter((call) => call.method === 'updateUser').map((call) => call.args[1]);

const stateOf = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-part="profile-editor"]')?.dataset.state;

const dateInput = () => screen.getByLabelText(/Start date/) as HTMLInputElement;

afterEach(() => {
  cleanup();
});

// What a person types and a browser control cannot hold must never reach the backend as "cleared".
describe('ProfileEditor, given input a browser control cannot represent', { timeout: 60_000 }, () => {
  it('an impossible date typed over a stored one gets a message on the field and is not saved', async () => {
    const { adapter, container } = renderWithTeamkit(<ProfileEditor userId={memoryIds.admin} mode="admin" />);
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    expect(dateInput()).toHaveValue('2019-04-01');

    await userEvent.click(dateInput());
    // Month, day, year into the segments of Chromium's date input: 31 February does not exist.
    await userEvent.keyboard('02312023');
    // Chromium holds the typed segments but reports no value: the input says it cannot read them.
    expect(dateInput().validity.badInput).toBe(true);
    expect(dateInput().value).toBe('');
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(dateInput()).toHaveAccessibleDescription(/Start date must be a date/));
    expect(dateInput()).toHaveAttribute('aria-invalid', 'true');
    expect(savedPatches(adapter)).toEqual([]);
    // The person's segments are still there to correct, not blanked by a re-render.
    expect(dateInput().validity.badInput).toBe(true);

    // Correcting the day makes it a date again, and only that is saved.
    // Focused from outside, a date input starts at its first segment (a click lands where it lands).
    dateInput().blur();
    dateInput().focus();
    await userEvent.keyboard('02282023');
    await waitFor(() => expect(dateInput()).toHaveValue('2023-02-28'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(stateOf(container)).toBe('saved'));
    expect(savedPatches(adapter)).toEqual([{ customAttributes: { start_date: '2023-02-28' } }]);
  });

  it('a half-typed date in an empty date input gets a message rather than being dropped', async () => {
    const { adapter, container } = renderWithTeamkit(
      <ProfileEditor userId={memoryIds.member} mode="admin" />,
    );
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    expect(dateInput()).toHaveValue('');
    await userEvent.click(dateInput());
    await userEvent.keyboard('05');
    expect(dateInput().validity.badInput).toBe(true);
    // The form knows something was typed, though the input's value stayed empty.
    await waitFor(() => expect(stateOf(container)).toBe('dirty'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dateInput()).toHaveAccessibleDescription(/Start date must be a date/));
    expect(savedPatches(adapter)).toEqual([]);
  });

  it('a number out of range or not a number gets its own message and nothing is saved', async () => {
    const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    const years = screen.getByRole('textbox', { name: /Years of experience/ });
    expect(years).toHaveValue('14');

    await userEvent.click(years);
    await userEvent.keyboard('{Control>}a{/Control}61{Enter}');
    await waitFor(() => expect(years).toHaveAccessibleDescription(/must be 60 or less/));
    await userEvent.keyboard('{Control>}a{/Control}4O{Enter}');
    await waitFor(() => expect(years).toHaveAccessibleDescription(/must be a number, like 42/));
    expect(years).toHaveValue('4O');
    expect(savedPatches(adapter)).toEqual([]);

    await userEvent.keyboard('{Control>}a{/Control}40{Enter}');
    await waitFor(() => expect(stateOf(container)).toBe('saved'));
    expect(savedPatches(adapter)).toEqual([{ customAttributes: { years_experience: 40 } }]);
  });
});
