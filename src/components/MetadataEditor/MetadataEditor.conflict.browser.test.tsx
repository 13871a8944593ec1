/**
 * The standalone MetadataEditor when two sessions save one bag, in real Chromium: two providers (two
 * query caches, as two tabs) over one memory backend, each showing the signed-in person's user metadata
 * and saving it with the version it read. The same key saved by both opens the conflict review; a
 * different key goes through with no review; nothing typed is lost.
 */
import type { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { StoredUserMetadata } from '../../../stories/metadata-story-hosts.tsx';
import { createTestQueryClient } from '../../../test/support/render-teamkit-hook.tsx';
import { expectNoAxeViolations } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import { TeamkitProvider } from '../../react/TeamkitProvider.tsx';
import '../../styles/index.css';

afterEach(cleanup);

/** Two sessions side by side over one backend; the seed stores `{ theme: 'dark', timezone: … }`. */
async function renderTwoSessions(backend: MemoryAdapter = createMemoryAdapter()) {
  const clients = { a: createTestQueryClient(), b: createTestQueryClient() };
  const session = (label: string, queryClient: QueryClient) => (
    <section aria-label={label}>
      <TeamkitProvider adapter={backend} organizationId={memoryIds.organization} queryClient={queryClient}>
        <StoredUserMetadata />
      </TeamkitProvider>
    </section>
  );
  render(
    <>
      {session('Session A', clients.a)}
      {session('Session B', clients.b)}
    </>,
  );
  const a = screen.getByRole('region', { name: 'Session A' });
  const b = screen.getByRole('region', { name: 'Session B' });
  await within(a).findByRole('textbox', { name: 'Value of theme' });
  await within(b).findByRole('textbox', { name: 'Value of theme' });
  return { a, b, backend, clients };
}

const stateOf = (session: HTMLElement) =>
  session.querySelector<HTMLElement>('[data-part="metadata-editor"]')?.dataset.state;
const valueInput = (session: HTMLElement, key: string) =>
  within(session).getByRole('textbox', { name: `Value of ${key}` }) as HTMLInputElement;
const stored = async (backend: MemoryAdapter) => (await backend.getUser(memoryIds.admin)).userMetadata;
/** Each userMetadata patch the backend was sent, in order (refused ones included). */
const writes = (backend: MemoryAdapter) =>
  backend.calls
    .filter((call) => call.method === 'updateUser')
    .map((call) => (call.args[1] as { userMetadata?: unknown }).userMetadata);

/** Replaces an input's text from the keyboard. */
async function retype(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await userEvent.keyboard(text);
}

/** One session replaces `key`'s value and saves it. */
async function saveIn(session: HTMLElement, key: string, value: string) {
  await retype(valueInput(session, key), value);
  await userEvent.click(within(session).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(stateOf(session)).toBe('saved'));
}

/** B saves `theme: light` first; A, still on the version before, changes theme too and saves. */
async function conflictOnTheme() {
  const sessions = await renderTwoSessions();
  const { a, b } = sessions;
  await saveIn(b, 'theme', 'light');

  await retype(valueInput(a, 'theme'), 'solarized');
  await userEvent.click(within(a).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(stateOf(a)).toBe('conflict'));
  return sessions;
}

describe('MetadataEditor when another session saved first', { timeout: 60_000 }, () => {
  it('the same key: not saved; the review shows what the other wrote beside what this person typed', async () => {
    const { a, backend } = await conflictOnTheme();
    const notice = a.querySelector<HTMLElement>('[data-part="error-notice"]') as HTMLElement;
    expect(notice).toHaveAttribute('role', 'alert');
    await waitFor(() =>
      expect(a.querySelector('[aria-live="assertive"]')).toHaveTextContent(
        'Someone else saved another value for a key you changed',
      ),
    );
    expect(notice).toHaveTextContent('Someone else saved another value for a key you changed');
    const row = await within(notice).findByRole('row', { name: /theme/ });
    const [yours, theirs] = within(row).getAllByRole('cell');
    expect(yours).toHaveTextContent('solarized');
    expect(theirs).toHaveTextContent('light');
    // timezone changed on neither side: not in the review.
    expect(within(notice).queryByRole('row', { name: /timezone/ })).toBeNull();
    expect(valueInput(a, 'theme')).toHaveValue('solarized');
    expect(await stored(backend)).toMatchObject({ theme: 'light' });
    expect(writes(backend)).toEqual([{ theme: 'light' }, { theme: 'solarized' }]);
    await expectNoAxeViolations(a);
  });

  it('"keep mine" sends the edit again over the newer version and saves it', async () => {
    const { a, backend } = await conflictOnTheme();
    const newer = (await backend.getUser(memoryIds.admin)).version;
    await userEvent.click(await within(a).findByRole('button', { name: 'Save my edits anyway' }));
    await waitFor(() => expect(stateOf(a)).toBe('saved'));
    expect(await stored(backend)).toMatchObject({ theme: 'solarized' });
    const sent = backend.calls.filter((call) => call.method === 'updateUser');
    expect(sent.map((call) => call.args[1])).toEqual([
      { userMetadata: { theme: 'light' } },
      { userMetadata: { theme: 'solarized' } },
      { userMetadata: { theme: 'solarized' } },
    ]);
    expect(sent[2]?.args[2]).toMatchObject({ expectedVersion: newer });
    expect(a.querySelector('[data-part="conflict"]')).toBeNull();
    expect(valueInput(a, 'theme')).toHaveValue('solarized');
  });

  it('"take theirs" drops the edit and shows the stored value, sending nothing', async () => {
    const { a, backend } = await conflictOnTheme();
    await userEvent.click(await within(a).findByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(stateOf(a)).toBe('idle'));
    expect(valueInput(a, 'theme')).toHaveValue('light');
    expect(a.querySelector('[data-part="error-notice"]')).toBeNull();
    expect(writes(backend)).toHaveLength(2);
    expect(await stored(backend)).toMatchObject({ theme: 'light' });
  });

  it('a different key: both saves land, with no review, and A shows B’s value', async () => {
    const { a, b, backend } = await renderTwoSessions();
    await saveIn(b, 'timezone', 'Europe/Berlin');
    await saveIn(a, 'theme', 'solarized');
    expect(await stored(backend)).toEqual({ theme: 'solarized', timezone: 'Europe/Berlin' });
    // A's patch was refused once (stale version) and sent again over B's: never a key A did not touch.
    expect(writes(backend)).toEqual([
      { timezone: 'Europe/Berlin' },
      { theme: 'solarized' },
      { theme: 'solarized' },
    ]);
    expect(a.querySelector('[data-part="conflict"]')).toBeNull();
    expect(a.querySelector('[data-part="error-notice"]')).toBeNull();
    await waitFor(() => expect(valueInput(a, 'timezone')).toHaveValue('Europe/Berlin'));
  });

  it('loses nothing typed: edits made before and during the review are all kept and saved', async () => {
    const { a, b, backend } = await renderTwoSessions();
    await saveIn(b, 'theme', 'light');

    await retype(valueInput(a, 'theme'), 'solarized');
    await userEvent.click(within(a).getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('locale');
    await userEvent.type(valueInput(a, 'locale'), 'en-GB');
    await userEvent.click(within(a).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stateOf(a)).toBe('conflict'));
    await within(a).findByRole('row', { name: /theme/ });
    expect(valueInput(a, 'theme')).toHaveValue('solarized');
    expect(valueInput(a, 'locale')).toHaveValue('en-GB');

    // Typing on during the review: the review stays open, and the newest text is what goes.
    await retype(valueInput(a, 'theme'), 'solarized dark');
    expect(stateOf(a)).toBe('conflict');
    await userEvent.click(within(a).getByRole('button', { name: 'Save my edits anyway' }));
    await waitFor(() => expect(stateOf(a)).toBe('saved'));
    expect(await stored(backend)).toEqual({
      theme: 'solarized dark',
      timezone: 'America/Los_Angeles',
      locale: 'en-GB',
    });
  });

  it('opens the review with no save when a refetch brings another value of a key being edited', async () => {
    const { a, backend, clients } = await renderTwoSessions();
    await retype(valueInput(a, 'theme'), 'solarized');
    await backend.updateUser(memoryIds.admin, { userMetadata: { theme: 'light' } });
    // A refetch (a window focus, another component's save) brings the newer bag.
    await clients.a.invalidateQueries();
    await waitFor(() => expect(stateOf(a)).toBe('conflict'));
    const row = await within(a).findByRole('row', { name: /theme/ });
    expect(row).toHaveTextContent(/solarized.*light/);
    expect(valueInput(a, 'theme')).toHaveValue('solarized');
    expect(writes(backend)).toEqual([{ theme: 'light' }]);
    await expectNoAxeViolations(a);
  });

  it('works from the keyboard alone: Enter saves, Tab reaches the review’s choices, Enter keeps mine', async () => {
    const { a, b, backend } = await renderTwoSessions();
    await saveIn(b, 'theme', 'light');

    // From the top of A's editor, Tab to the theme value (key column first), replace it, Enter saves.
    within(a).getByRole('textbox', { name: 'Key, row 1' }).focus();
    while (document.activeElement !== valueInput(a, 'theme')) await userEvent.tab();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}solarized{Enter}');
    await waitFor(() => expect(stateOf(a)).toBe('conflict'));
    const keepMine = await within(a).findByRole('button', { name: 'Save my edits anyway' });
    const takeTheirs = within(a).getByRole('button', { name: 'Reload the latest version' });
    expect(document.activeElement).toBe(valueInput(a, 'theme'));
    // Forward from the edited value, the review's two choices come before Save.
    for (let step = 0; step < 12 && document.activeElement !== keepMine; step += 1) await userEvent.tab();
    expect(document.activeElement).toBe(keepMine);
    await userEvent.tab();
    expect(document.activeElement).toBe(takeTheirs);
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(stateOf(a)).toBe('saved'));
    expect(await stored(backend)).toMatchObject({ theme: 'solarized' });
  });
});
