import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ready, retype, root, tabTo, textbox, updates } from './profile-editor-test-support.tsx';

// Who may change what: a field the identity provider owns, and an admin editing a member.
describe('ProfileEditor', { timeout: 60_000 }, () => {
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
});
