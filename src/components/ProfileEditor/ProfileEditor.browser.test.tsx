import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import type { User, UserPatch } from '../../core/user.ts';
import '../../styles/index.css';
import { ProfileEditor } from './ProfileEditor.tsx';

/** What the backend was asked to change, in call order: the patch and the write options. */
function updates(adapter: MemoryAdapter): { patch: UserPatch; options: { expectedVersion?: string } }[] {
  return adapter.calls
    .filter((call) => call.method === 'updateUser')
    .map((call) => ({
      patch: call.args[1] as UserPatch,
      options: call.args[2] as { expectedVersion?: string },
    }));
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard route a person would take. */
async function tabTo(target: Element, { backwards = false } = {}) {
  for (let presses = 0; presses < 120; presses += 1) {
    if (document.activeElement === target) return;
    await userEvent.tab({ shift: backwards });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 120)}`);
}

/** Replaces the focused field's text by typing, as a person would (select all, then type). */
async function retype(text: string) {
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text !== '') await userEvent.keyboard(text);
}

function root(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-part="profile-editor"]');
  if (!element) throw new Error('No editor root');
  return element;
}

async function ready(container: HTMLElement) {
  await waitFor(() => expect(root(container).dataset.state).toBe('idle'));
}

const textbox = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

// Browser mode has no global setup: unmount each test's editor so the next one starts from a blank page.
afterEach(() => {
  cleanup();
});

// Keyboard flows press Tab dozens of times through real Chromium: generous, not timed, limits.
describe('ProfileEditor', { timeout: 60_000 }, () => {
  describe('given the viewer editing their own profile with the keyboard', () => {
    it('shows errors on blur and on submit, moves focus to the first, and saves only what changed once fixed', {
      timeout: 60_000,
    }, async () => {
      const onSaved = vi.fn<(user: User) => void>();
      const { adapter, container } = renderWithTeamkit(<ProfileEditor onSaved={onSaved} />);
      await ready(container);
      expect(root(container).dataset.mode).toBe('self');

      await tabTo(textbox(/First name/));
      await retype('Ada');
      await waitFor(() => expect(root(container).dataset.state).toBe('dirty'));
      expect(screen.getByText('You have unsaved changes')).toBeVisible();

      await tabTo(textbox(/Phone number/));
      await retype('12345');
      await userEvent.tab();
      // Shown on blur, wired to the field.
      const phone = textbox(/Phone number/);
      await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
      expect(phone).toHaveAccessibleDescription(/Enter a phone number with its country code/);

      await tabTo(textbox(/Website/));
      await retype('not a web address');
      await tabTo(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.keyboard('{Enter}');

      await waitFor(() => expect(document.activeElement).toBe(textbox(/Phone number/)));
      expect(textbox(/Website/)).toHaveAttribute('aria-invalid', 'true');
      expect(updates(adapter)).toEqual([]);
      await expectNoAxeViolations(container);

      await retype('+1 415 555 0132');
      await tabTo(textbox(/Website/));
      await retype('https://ada.example.com');
      await userEvent.keyboard('{Enter}');

      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(screen.getByText('All changes saved')).toBeVisible();
      const [saved] = updates(adapter);
      expect(updates(adapter)).toHaveLength(1);
      expect(saved?.patch).toEqual({
        profile: { givenName: 'Ada', phoneNumber: '+14155550132' },
        customAttributes: { website: 'https://ada.example.com' },
      });
      expect(saved?.options.expectedVersion).toEqual(expect.any(String));
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: memoryIds.admin }));
      expect(textbox(/Phone number/).value).toBe('+14155550132');
      await expectNoAxeViolations(container);
    });

    it('picks a language by searching its name and sends the canonical tag', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      await tabTo(screen.getByRole('searchbox', { name: /Search languages/ }));
      await userEvent.keyboard('Deutsch');
      await userEvent.keyboard('{Enter}');
      const select = screen.getByRole('combobox', { name: /Language/ }) as HTMLSelectElement;
      expect(select.value).toBe('de');
      expect(select.selectedOptions[0]?.textContent).toBe('German');
      await tabTo(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(updates(adapter).map((update) => update.patch)).toEqual([{ profile: { locale: 'de' } }]);
    });

    it('ticks choices and a checkbox with Space and goes back with Shift+Tab', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      await tabTo(screen.getByRole('checkbox', { name: 'Product newsletter' }));
      await userEvent.keyboard(' ');
      await tabTo(screen.getByRole('checkbox', { name: 'React' }), { backwards: true });
      await userEvent.keyboard(' ');
      await tabTo(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(updates(adapter).map((update) => update.patch)).toEqual([
        {
          customAttributes: { skills: ['typescript', 'react', 'security', 'management'], newsletter: false },
        },
      ]);
    });

    it('shows the email read-only with its verified state, and admin-only fields read-only', async () => {
      const { container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      const email = textbox(/^Email/);
      expect(email).toHaveAttribute('readonly');
      expect(email).toHaveAccessibleDescription(/Verified/);
      expect(textbox(/Employee ID/)).toHaveAttribute('readonly');
      const costCenter = textbox(/Cost center/);
      expect(costCenter).toHaveAttribute('readonly');
      expect(costCenter).toHaveAccessibleDescription(/Synced from Workday/);
      await expectNoAxeViolations(container);
    });
  });

  describe('when saving fails', () => {
    it('keeps every typed value, and "Try again" saves them', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      adapter.faults.failMethod('updateUser', 'unavailable', { times: 1 });

      await tabTo(textbox(/First name/));
      await retype('Grace');
      await tabTo(textbox(/Last name/));
      await retype('Hopper');
      await tabTo(textbox(/About you/));
      await retype('Wrote the first compiler.');
      await tabTo(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.keyboard('{Enter}');

      await waitFor(() => expect(root(container).dataset.state).toBe('error'));
      expect(container.querySelector('[data-part="error-notice"]')).toHaveTextContent(
        /Your changes were not saved/,
      );
      expect(textbox(/First name/).value).toBe('Grace');
      expect(textbox(/Last name/).value).toBe('Hopper');
      expect(textbox(/About you/).value).toBe('Wrote the first compiler.');
      await expectNoAxeViolations(container);

      await tabTo(screen.getByRole('button', { name: 'Try again' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      const patches = updates(adapter).map((update) => update.patch);
      expect(patches).toHaveLength(2);
      expect(patches[1]).toEqual(patches[0]);
      expect(patches[1]).toEqual({
        profile: { givenName: 'Grace', familyName: 'Hopper' },
        customAttributes: { bio: 'Wrote the first compiler.' },
      });
      // The retry button went away with the error: focus went back to Save, not to the page.
      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save changes' })),
      );
    });

    it('puts the server’s field errors on their fields', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      adapter.faults.failMethod(
        'updateUser',
        Object.assign(new Error('Refused'), {
          name: 'TeamkitError',
          code: 'validation',
          fieldErrors: { 'customAttributes.backup_email': 'This address bounces.' },
        }),
        { times: 1 },
      );
      await tabTo(textbox(/Backup email/));
      await retype('bounce@example.com');
      await userEvent.keyboard('{Enter}');
      await waitFor(() =>
        expect(textbox(/Backup email/)).toHaveAccessibleDescription(/This address bounces/),
      );
      expect(document.activeElement).toBe(textbox(/Backup email/));
      expect(textbox(/Backup email/).value).toBe('bounce@example.com');
    });
  });

  describe('when the profile changed elsewhere', () => {
    it('keeps the edits, shows what differs, and overwrites against the new version', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      await tabTo(textbox(/First name/));
      await retype('Mine');
      adapter.simulateExternalEdit('user', memoryIds.admin, { profile: { givenName: 'Theirs' } });
      await userEvent.keyboard('{Enter}');

      await waitFor(() => expect(root(container).dataset.state).toBe('conflict'));
      expect(textbox(/First name/).value).toBe('Mine');
      const review = await screen.findByRole('button', { name: 'Review differences' });
      await tabTo(review);
      await userEvent.keyboard(' ');
      const table = await screen.findByRole('table', { name: /differ from the latest version/ });
      const row = within(table).getByRole('row', { name: /First name/ });
      expect(row).toHaveTextContent('Mine');
      expect(row).toHaveTextContent('Theirs');
      await expectNoAxeViolations(container);

      const latestVersion = (await adapter.getUser(memoryIds.admin)).version;
      await tabTo(screen.getByRole('button', { name: 'Save my edits anyway' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      const last = updates(adapter).at(-1);
      expect(last?.patch).toEqual({ profile: { givenName: 'Mine' } });
      expect(last?.options.expectedVersion).toBe(latestVersion);
    });

    it('reload drops the edits and shows the latest version', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      await tabTo(textbox(/Last name/));
      await retype('Mine');
      adapter.simulateExternalEdit('user', memoryIds.admin, { profile: { familyName: 'Theirs' } });
      await userEvent.keyboard('{Enter}');
      const reload = await screen.findByRole('button', { name: 'Reload the latest version' });
      await tabTo(reload);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('idle'));
      expect(textbox(/Last name/).value).toBe('Theirs');
      expect(updates(adapter)).toHaveLength(1);
    });
  });

  describe('given an identity-provider field the user may override', () => {
    it('overrides the provider’s value and returns to it', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />, { viewer: memoryIds.idpUser });
      await ready(container);
      const field = container.querySelector<HTMLElement>('[data-key="name"]');
      if (!field) throw new Error('No display name field');
      expect(field.dataset.source).toBe('idp');
      expect(within(field).getByRole('textbox', { name: /Display name/ })).toHaveAttribute('readonly');
      expect(within(field).getByRole('textbox', { name: /Display name/ })).toHaveValue('Kenji Watanabe');

      await tabTo(within(field).getByRole('button', { name: 'Use a different value' }));
      await userEvent.keyboard('{Enter}');
      const own = within(field).getByRole('textbox', { name: /Display name/ });
      await waitFor(() => expect(document.activeElement).toBe(own));
      expect(own).not.toHaveAttribute('readonly');
      expect(own).toHaveValue('Kenji Watanabe');
      await retype('Ken W.');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(updates(adapter).at(-1)?.patch).toEqual({ overrides: { name: 'Ken W.' } });
      expect(within(field).getByText(/Value from Okta: Kenji Watanabe/)).toBeVisible();
      await expectNoAxeViolations(container);

      await tabTo(within(field).getByRole('button', { name: 'Use the value from Okta' }));
      await userEvent.keyboard(' ');
      await waitFor(() =>
        expect(document.activeElement).toBe(
          within(field).getByRole('button', { name: 'Use a different value' }),
        ),
      );
      await tabTo(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(updates(adapter).at(-1)?.patch).toEqual({ overrides: { name: null } });
      expect(within(field).getByRole('textbox', { name: /Display name/ })).toHaveValue('Kenji Watanabe');
    });
  });

  describe('given an admin editing a member', () => {
    it('edits admin-only fields that the member sees read-only or not at all', async () => {
      const { adapter, container } = renderWithTeamkit(
        <ProfileEditor userId={memoryIds.member} mode="admin" />,
      );
      await ready(container);
      expect(root(container).dataset.mode).toBe('admin');
      await tabTo(textbox(/Employee ID/));
      await retype('EMP-12');
      await userEvent.keyboard('{Enter}');
      await waitFor(() =>
        expect(textbox(/Employee ID/)).toHaveAccessibleDescription(/Use the form EMP-1234/),
      );
      await retype('EMP-2024');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(
        adapter.calls.filter((call) => call.method === 'updateUser').map((call) => call.args.slice(0, 2)),
      ).toEqual([[memoryIds.member, { customAttributes: { employee_id: 'EMP-2024' } }]]);
    });

    it('the member editing themselves sees them read-only', async () => {
      const { container } = renderWithTeamkit(<ProfileEditor />, { viewer: 'member' });
      await ready(container);
      expect(textbox(/Employee ID/)).toHaveAttribute('readonly');
      expect(textbox(/Start date/)).toHaveAttribute('readonly');
    });
  });

  describe('given malformed definitions and odd stored values', () => {
    const definitions: unknown[] = [
      {
        key: 'givenName',
        scope: 'standard',
        label: 'First name',
        type: 'text',
        policy: { write: 'user', source: 'user' },
      },
      { key: 'mystery', label: 'Mystery', type: 'hologram', policy: { write: 'user', source: 'user' } },
      {
        key: 'code',
        label: 'Code',
        type: 'text',
        pattern: '([a-z',
        policy: { write: 'user', source: 'user' },
      },
      {
        key: 'empty_choice',
        label: 'Empty choice',
        type: 'single_select',
        policy: { write: 'user', source: 'user' },
      },
      { key: 'givenName', label: 'Duplicate', type: 'text' },
      'not an object',
      null,
      { label: 'No key', type: 'text' },
      { key: 'prefs', label: 'Preferences', type: 'text', policy: { write: 'user', source: 'user' } },
      {
        key: 'count',
        label: { html: '<b>x</b>' },
        type: 'number',
        policy: { write: 'user', source: 'user' },
      },
      {
        key: 'flags',
        label: 'Flags',
        type: 'multi_select',
        options: ['a', 'b'],
        policy: { write: 'user', source: 'user' },
      },
      { key: 'a.b[0]', label: 'Dotted key', type: 'text', policy: { write: 'user', source: 'user' } },
    ];
    const prepare = (data: { users: Record<string, User> }) => {
      const admin = data.users[memoryIds.admin];
      if (!admin) return;
      admin.profile = {
        ...admin.profile,
        customAttributes: {
          mystery: 'kept as it was',
          prefs: { theme: 'dark' } as unknown as string,
          count: 'lots',
          flags: 'a' as unknown as string[],
          'a.b[0]': 'dots',
        },
      };
    };

    it('renders every usable field, degrades the broken ones to read-only text, and still saves', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />, { definitions, prepare });
      await ready(container);
      const mystery = textbox(/Mystery/);
      expect(mystery).toHaveAttribute('readonly');
      expect(mystery).toHaveValue('kept as it was');
      // The reason is for developers: shown in development builds (tests run as one).
      expect(mystery).toHaveAccessibleDescription(/hologram/);
      expect(textbox(/Code/)).toHaveAttribute('readonly');
      expect(textbox(/Empty choice/)).toHaveAttribute('readonly');
      expect(textbox(/Preferences/)).toHaveValue('{"theme":"dark"}');
      expect(textbox(/^count/)).toHaveValue('lots');
      expect(screen.getAllByRole('textbox', { name: /First name/ })).toHaveLength(1);
      expect(container.querySelector('b')).toBeNull();
      await expectNoAxeViolations(container);

      await tabTo(textbox(/Dotted key/));
      await retype('still works');
      await tabTo(textbox(/^count/));
      await retype('3');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      expect(updates(adapter).at(-1)?.patch).toEqual({
        customAttributes: { 'a.b[0]': 'still works', count: 3 },
      });
      warn.mockRestore();
    });
  });

  describe('while loading and when loading fails', () => {
    it('shows a skeleton, then an error with a retry that loads the profile', async () => {
      const adapter = createMemoryAdapter({ latency: 30 });
      adapter.faults.failMethod('listAttributeDefinitions', 'unavailable', { times: 1 });
      const { container } = renderWithTeamkit(<ProfileEditor showRawJson />, { adapter });
      expect(root(container).dataset.state).toBe('loading');
      expect(container.querySelector('[data-part="profile-skeleton"] [role="status"]')).toHaveTextContent(
        'Loading profile…',
      );
      await waitFor(() => expect(root(container).dataset.state).toBe('load-error'));
      expect(container.querySelector('[data-part="error-notice"]')).toHaveTextContent(
        'The profile could not be loaded.',
      );
      await expectNoAxeViolations(container);
      await tabTo(screen.getByRole('button', { name: 'Try again' }));
      await userEvent.keyboard('{Enter}');
      await ready(container);

      // The viewer loads on demand, after the form.
      await tabTo(await screen.findByText('Raw JSON'));
      await userEvent.keyboard('{Enter}');
      const json = await screen.findByRole('region', { name: 'Raw JSON of this user' });
      expect(json).toHaveTextContent(`"id": "${memoryIds.admin}"`);
      await expectNoAxeViolations(container);
    });
  });

  describe('given right-to-left Arabic', () => {
    it('lays out right to left with Arabic words and stays accessible', async () => {
      const { ar } = await import('../../i18n/ar/index.ts');
      const { container } = renderWithTeamkit(<ProfileEditor />, { locale: 'ar', messages: ar });
      await ready(container);
      expect(root(container)).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('button', { name: 'حفظ التغييرات' })).toBeVisible();
      // The seeded definitions are English: their labels and help read left to right, isolated from
      // the Arabic around them (so a sentence's full stop stays at its end).
      const label = screen.getByText('Phone number');
      expect(label.tagName).toBe('BDI');
      expect(getComputedStyle(label).direction).toBe('ltr');
      const help = screen.getByText('Include the country code.');
      expect(help.closest('bdi, [dir="auto"]')).not.toBeNull();
      expect(getComputedStyle(help).direction).toBe('ltr');
      expect(getComputedStyle(help.closest('[data-part="description"]') as HTMLElement).direction).toBe(
        'rtl',
      );
      // A paragraph the person wrote takes the direction of its own words.
      const about = screen.getByRole('textbox', { name: /About you/ });
      expect(about).toHaveValue('Runs the platform team. Ask me about single sign-on.');
      expect(getComputedStyle(about).direction).toBe('ltr');
      await expectNoAxeViolations(container);
    });
  });
});
