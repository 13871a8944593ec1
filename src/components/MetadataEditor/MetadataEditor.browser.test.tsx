import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { TeamkitError, validationError } from '../../core/errors.ts';
import type { Metadata, MetadataPatch } from '../../core/json.ts';
import { applyMetadataPatch } from '../../core/metadata.ts';
import '../../styles/index.css';
import { MetadataEditor } from './MetadataEditor.tsx';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** A host that owns the bag, as a page would: it saves the patch, then shows the stored bag. */
function Host({ initial, save }: { initial: Metadata; save: (patch: MetadataPatch) => Promise<void> }) {
  const [value, setValue] = useState(initial);
  return (
    <MetadataEditor
      label="Preferences"
      value={value}
      onSave={async (patch) => {
        await save(patch);
        setValue((current) => applyMetadataPatch(current, patch));
      }}
    />
  );
}

const auth0Bag: Metadata = {
  nickname: 'kj',
  preferences: { theme: 'dark', beta: ['search', 'ai'] },
  quota: 150000,
  vip: true,
};

const editor = () => screen.getByRole('group', { name: 'Preferences' }).closest('form') as HTMLFormElement;

describe('MetadataEditor', () => {
  describe('given an empty bag', () => {
    it('says so, counts 0 of 20, and focuses the key of a new row', async () => {
      const { container } = renderWithTeamkit(<Host initial={{}} save={async () => {}} />);
      expect(screen.getByText('No metadata yet.')).toBeVisible();
      expect(screen.getByText('0 of 20 pairs')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Key, row 1' }));
      expect(screen.getByText('1 of 20 pairs')).toBeVisible();
      await expectNoAxeViolations(container);
    });
  });

  describe('given values of other JSON types (from Auth0)', () => {
    it('shows them read-only as formatted JSON, with no inputs, and passes axe', async () => {
      const { container } = renderWithTeamkit(<Host initial={auth0Bag} save={async () => {}} />);
      const rows = screen.getAllByRole('listitem').filter((item) => item.dataset.part === 'row');
      const preferences = rows.find((row) => row.textContent?.startsWith('preferences'));
      expect(preferences?.querySelector('pre')?.textContent).toBe(
        JSON.stringify({ theme: 'dark', beta: ['search', 'ai'] }, null, 2),
      );
      expect(preferences).toHaveAttribute('data-readonly');
      expect(within(preferences as HTMLElement).queryAllByRole('textbox')).toEqual([]);
      expect(within(preferences as HTMLElement).queryAllByRole('button')).toEqual([]);
      expect(screen.getByText('150000')).toBeVisible();
      expect(screen.getByText('true')).toBeVisible();
      // Only the one string value is editable.
      expect(screen.getAllByRole('textbox', { name: /^Value/ })).toHaveLength(1);
      await expectNoAxeViolations(container);
    });

    it('in right-to-left Arabic, keeps the JSON left to right yet at the start (right) of its cell', async () => {
      const { ar } = await import('../../i18n/ar/index.ts');
      const { container } = renderWithTeamkit(<Host initial={auth0Bag} save={async () => {}} />, {
        locale: 'ar',
        messages: ar,
      });
      await screen.findAllByRole('listitem');
      const json = container.querySelector('pre[data-part="json-value"][data-type="object"]') as HTMLElement;
      // Left to right, or the braces and commas would be mirrored to the wrong ends of their lines.
      expect(getComputedStyle(json).direction).toBe('ltr');
      const cell = json.closest('[data-part="cell"]') as HTMLElement;
      expect(json.getBoundingClientRect().right).toBeCloseTo(cell.getBoundingClientRect().right, 0);
      expect(json.getBoundingClientRect().width).toBeLessThan(cell.getBoundingClientRect().width);
    });

    it('when the string value is edited, sends only that key, never the JSON ones', async () => {
      const save = vi.fn(async (_patch: MetadataPatch) => {});
      renderWithTeamkit(<Host initial={auth0Bag} save={save} />);
      const nickname = screen.getByRole('textbox', { name: 'Value of nickname' });
      await userEvent.clear(nickname);
      await userEvent.type(nickname, 'kenji');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(editor()).toHaveAttribute('data-state', 'saved'));
      expect(save).toHaveBeenCalledTimes(1);
      expect(save).toHaveBeenCalledWith({ nickname: 'kenji' });
    });
  });

  describe('when saving fails', () => {
    it('keeps what was typed, puts the backend’s per-key message on its row, and saves on retry', async () => {
      const save = vi
        .fn<(patch: MetadataPatch) => Promise<void>>()
        .mockRejectedValueOnce(validationError({ 'userMetadata.team': 'This team does not exist.' }))
        .mockResolvedValue(undefined);
      renderWithTeamkit(<Host initial={{ plan: 'pro' }} save={save} />);
      await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
      await userEvent.keyboard('team');
      await userEvent.type(screen.getByRole('textbox', { name: 'Value of team' }), 'platform');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      const value = screen.getByRole('textbox', { name: 'Value of team' });
      await waitFor(() =>
        expect(value).toHaveAccessibleDescription(expect.stringContaining('This team does not exist.')),
      );
      expect(editor()).toHaveAttribute('data-state', 'error');
      expect(value).toHaveValue('platform');
      expect(screen.getByRole('textbox', { name: 'Key, row 2' })).toHaveValue('team');
      expect(within(editor()).getByText(/Some fields need attention/)).toBeVisible();

      await userEvent.clear(value);
      await userEvent.type(value, 'core');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(editor()).toHaveAttribute('data-state', 'saved'));
      expect(save).toHaveBeenLastCalledWith({ team: 'core' });
    });

    it('on a network failure, keeps the rows and says what happened', async () => {
      const save = vi.fn(async () => {
        throw new TeamkitError('network');
      });
      renderWithTeamkit(<Host initial={{ plan: 'pro' }} save={save} />);
      await userEvent.click(screen.getByRole('button', { name: 'Remove plan' }));
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await within(editor()).findByText(
        'We could not reach the server. Check your connection and try again.',
      );
      expect(screen.queryByRole('textbox', { name: 'Value of plan' })).toBeNull();
      expect(save).toHaveBeenCalledWith({ plan: null });
    });
  });

  describe('when a row has an issue and Save is pressed', () => {
    it('sends nothing and moves focus to the first field to fix', async () => {
      const save = vi.fn(async () => {});
      renderWithTeamkit(<Host initial={{}} save={save} />);
      await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
      await userEvent.keyboard('region');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      const value = screen.getByRole('textbox', { name: 'Value of region' });
      expect(value).toHaveAccessibleDescription(expect.stringContaining('Enter a value, or remove the row.'));
      expect(document.activeElement).toBe(value);
      expect(save).not.toHaveBeenCalled();
    });
  });

  describe('given pairs to edit, in either direction', () => {
    // Wide enough for the labels' row, which narrow frames hide (the rows then stack).
    beforeEach(() => page.viewport(1100, 800));
    afterEach(() => page.viewport(414, 896));

    it.each(['en', 'ar'] as const)('puts each column label over its inputs (%s)', async (locale) => {
      const { ar } = await import('../../i18n/ar/index.ts');
      const { container } = renderWithTeamkit(
        <Host initial={{ plan: 'pro', seats: '40' }} save={async () => {}} />,
        {
          locale,
          ...(locale === 'ar' ? { messages: ar } : {}),
        },
      );
      await screen.findAllByRole('textbox');
      const [keyLabel, valueLabel] = Array.from(
        container.querySelectorAll<HTMLElement>('[data-part="columns"] > [data-part="column"]'),
      );
      const startOf = (element: Element) => {
        const box = element.getBoundingClientRect();
        return locale === 'ar' ? box.right : box.left;
      };
      for (const row of container.querySelectorAll('[data-part="row"]')) {
        const key = row.querySelector('[data-field="key"] input') as HTMLElement;
        const value = row.querySelector('[data-field="value"] input') as HTMLElement;
        expect(startOf(keyLabel as HTMLElement)).toBeCloseTo(startOf(key), 0);
        expect(startOf(valueLabel as HTMLElement)).toBeCloseTo(startOf(value), 0);
      }
    });
  });

  describe('given readOnly', () => {
    it('shows the pairs as text with no inputs', async () => {
      const { container } = renderWithTeamkit(
        <MetadataEditor readOnly value={auth0Bag} label="Preferences" />,
      );
      expect(screen.queryAllByRole('textbox')).toEqual([]);
      expect(screen.queryAllByRole('button')).toEqual([]);
      expect(screen.getByText('nickname')).toBeVisible();
      expect(screen.getByText('kj')).toBeVisible();
      await expectNoAxeViolations(container);
    });
  });
});
