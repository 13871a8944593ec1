import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as settings from './organization-settings-test-support.tsx';

// The organization's metadata limits: how many pairs, how long a key or value, which keys are refused.
describe('OrganizationSettings', () => {
  describe('given the organization limit of 10 pairs', () => {
    it('when the tenth pair is added, disables Add and says why', async () => {
      await settings.renderSettings({ prepare: settings.withPairs(9) });
      expect(screen.getByText('9 of 10 pairs')).toBeVisible();
      await userEvent.click(settings.addButton());
      expect(screen.getByText('10 of 10 pairs')).toBeVisible();
      expect(settings.addButton()).toHaveAttribute('aria-disabled', 'true');
      expect(settings.addButton()).toHaveAccessibleDescription(
        '10 of 10 pairs The limit of 10 pairs is reached. Remove a pair to add another.',
      );
      await settings.press(settings.addButton());
      expect(screen.getAllByRole('listitem').filter((item) => item.dataset.part === 'row')).toHaveLength(10);
    });

    it('when the backend holds more pairs than allowed, blocks saving until enough are removed', async () => {
      const { adapter } = await settings.renderSettings({ prepare: settings.withPairs(12) });
      expect(screen.getByText('At most 10 pairs are allowed; there are 12. Remove 2.')).toBeVisible();
      await settings.press(settings.saveButton());
      expect(settings.organizationUpdates(adapter)).toEqual([]);
      await userEvent.click(screen.getByRole('button', { name: 'Remove key_10' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove key_11' }));
      expect(screen.queryByText(/At most 10 pairs are allowed/)).toBeNull();
      await userEvent.click(settings.saveButton());
      await waitFor(() => expect(settings.organizationUpdates(adapter)).toHaveLength(1));
      expect(settings.organizationUpdates(adapter)[0]?.patch).toEqual({
        metadata: { key_10: null, key_11: null },
      });
    });

    it('refuses a key or value over the length limits, and too short or empty ones once left', async () => {
      const { adapter } = await settings.renderSettings();
      await userEvent.click(settings.addButton());
      const key = screen.getByRole('textbox', { name: 'Key, row 3' });
      await userEvent.fill(key, 'k'.repeat(26));
      expect(key).toHaveAccessibleDescription(
        expect.stringContaining('Use at most 25 characters for the key.'),
      );
      await userEvent.clear(key);
      await userEvent.type(key, 'ab');
      expect(key).not.toHaveAttribute('aria-invalid');
      await userEvent.tab();
      expect(key).toHaveAccessibleDescription(
        expect.stringContaining('Use at least 3 characters for the key.'),
      );
      const value = screen.getByRole('textbox', { name: 'Value of ab' });
      expect(document.activeElement).toBe(value);
      await userEvent.tab();
      expect(value).toHaveAccessibleDescription(expect.stringContaining('Enter a value, or remove the row.'));
      await userEvent.fill(value, 'v'.repeat(257));
      expect(value).toHaveAccessibleDescription(
        expect.stringContaining('Use at most 256 characters for the value.'),
      );
      await userEvent.click(settings.saveButton());
      expect(settings.organizationUpdates(adapter)).toEqual([]);
      expect(value).toHaveValue('v'.repeat(257));
    });

    it('refuses duplicate and reserved keys on the key field', async () => {
      await settings.renderSettings();
      await userEvent.click(settings.addButton());
      const key = screen.getByRole('textbox', { name: 'Key, row 3' });
      await userEvent.keyboard('plan_type');
      expect(key).toHaveAccessibleDescription(
        expect.stringContaining('The key “plan_type” is used more than once. Keys must be unique.'),
      );
      // The stored row is not blamed.
      expect(screen.getByRole('textbox', { name: 'Key, row 2' })).not.toHaveAttribute('aria-invalid');
      await userEvent.clear(key);
      await userEvent.type(key, '__proto__');
      expect(key).toHaveAccessibleDescription(
        expect.stringContaining('“__proto__” is reserved. Choose another key.'),
      );
    });
  });
});
