import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import type { User } from '../../core/user.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ready, retype, root, tabTo, textbox, updates } from './profile-editor-test-support.tsx';

// Backend data is untrusted: malformed definitions and odd stored values still render and save.
describe('ProfileEditor', { timeout: 60_000 }, () => {
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
});
