import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import type { User } from '../../core/user.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ready, retype, root, tabTo, textbox, updates } from './profile-editor-test-support.tsx';

// The viewer edits their own profile: the keyboard route, loading and its failure, right to left.
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
