import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import {
  type MemoryAdapter,
  type MemoryData,
  memoryExternalIds,
  memoryIds,
} from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { OrganizationSettings } from './OrganizationSettings.tsx';

/** The patches (and options) the backend received for the organization, in call order. */
function organizationUpdates(adapter: MemoryAdapter) {
  return adapter.calls
    .filter((call) => call.method === 'updateOrganization')
    .map((call) => ({ patch: call.args[1], options: call.args[2] }));
}

/** Gives Acme `count` metadata pairs (`key_00`, `key_01` …) before the adapter starts. */
function withPairs(count: number) {
  return (data: MemoryData) => {
    const acme = data.organizations[memoryIds.organization];
    if (!acme) throw new Error('Acme is missing from the seed');
    acme.metadata = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `key_${String(index).padStart(2, '0')}`,
        `value ${index}`,
      ]),
    );
  };
}

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

async function renderSettings(options: Parameters<typeof renderWithTeamkit>[1] = {}) {
  const rendered = renderWithTeamkit(<OrganizationSettings />, options);
  await screen.findByRole('heading', { name: 'Organization settings' });
  return rendered;
}

const form = () => screen.getByRole('form', { name: 'Organization settings' });
const displayNameInput = () => screen.getByRole('textbox', { name: 'Display name' }) as HTMLInputElement;
const externalIdInput = () => screen.getByRole('textbox', { name: /External ID/ }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save' });

/**
 * Presses a button from the keyboard. Buttons the kit marks `aria-disabled` stay focusable (so focus is
 * not lost and the reason can be read), and Playwright's click refuses them; a keyboard user can press them.
 */
async function press(button: HTMLElement) {
  button.focus();
  await userEvent.keyboard('{Enter}');
}
const addButton = () => screen.getByRole('button', { name: 'Add pair' });

describe('OrganizationSettings', () => {
  describe('given an admin', () => {
    it('shows the stored name, external ID and metadata, idle, and passes axe', async () => {
      const { container } = await renderSettings();
      expect(displayNameInput().value).toBe('Acme Corporation');
      expect(externalIdInput().value).toBe(memoryExternalIds.organization);
      expect(screen.getByRole('textbox', { name: 'Value of plan_type' })).toHaveValue('enterprise');
      expect(screen.getByText('2 of 10 pairs')).toBeVisible();
      expect(form()).toHaveAttribute('data-state', 'idle');
      await expectNoAxeViolations(container);
    });

    it('when the external ID and metadata are edited, sends exactly the changed fields and keys', async () => {
      const { adapter } = await renderSettings();
      await userEvent.clear(externalIdInput());
      await userEvent.type(externalIdInput(), 'CUST-99999-ACME');
      const plan = screen.getByRole('textbox', { name: 'Value of plan_type' });
      await userEvent.clear(plan);
      await userEvent.type(plan, 'growth');
      await userEvent.click(screen.getByRole('button', { name: 'Remove billing_customer_id' }));
      await userEvent.click(addButton());
      await userEvent.keyboard('region');
      await userEvent.type(screen.getByRole('textbox', { name: 'Value of region' }), 'EU');
      expect(form()).toHaveAttribute('data-state', 'dirty');
      await userEvent.click(saveButton());

      await waitFor(() => expect(form()).toHaveAttribute('data-state', 'saved'));
      expect(organizationUpdates(adapter)).toEqual([
        {
          patch: {
            externalId: 'CUST-99999-ACME',
            metadata: { plan_type: 'growth', billing_customer_id: null, region: 'EU' },
          },
          options: expect.objectContaining({ expectedVersion: expect.any(String) }),
        },
      ]);
      expect(adapter.snapshot().organizations[memoryIds.organization]).toMatchObject({
        externalId: 'CUST-99999-ACME',
        metadata: { plan_type: 'growth', region: 'EU' },
      });
      expect(within(form()).getByText('Organization settings saved.')).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Remove billing_customer_id' })).toBeNull();
    });

    it('when only a key is removed, sends only that key as null and the version it was opened with', async () => {
      const { adapter } = await renderSettings();
      const version = adapter.snapshot().organizations[memoryIds.organization]?.version;
      await userEvent.click(screen.getByRole('button', { name: 'Remove plan_type' }));
      await userEvent.click(saveButton());
      await waitFor(() => expect(form()).toHaveAttribute('data-state', 'saved'));
      expect(organizationUpdates(adapter)).toEqual([
        {
          patch: { metadata: { plan_type: null } },
          options: expect.objectContaining({ expectedVersion: version }),
        },
      ]);
    });

    it('when nothing changed, sends nothing', async () => {
      const { adapter } = await renderSettings();
      await press(saveButton());
      expect(organizationUpdates(adapter)).toEqual([]);
    });
  });

  describe('when the external ID is another organization’s', () => {
    it('reports the clash on the field, keeps the typed value and focuses it', async () => {
      const { adapter, container } = await renderSettings();
      await userEvent.clear(externalIdInput());
      await userEvent.type(externalIdInput(), memoryExternalIds.otherOrganization);
      const plan = screen.getByRole('textbox', { name: 'Value of plan_type' });
      await userEvent.clear(plan);
      await userEvent.type(plan, 'growth');
      await userEvent.click(saveButton());

      const message = `Another organization already uses the external ID “${memoryExternalIds.otherOrganization}”. Enter a different one.`;
      await waitFor(() =>
        expect(externalIdInput()).toHaveAccessibleDescription(expect.stringContaining(message)),
      );
      expect(externalIdInput()).toHaveAttribute('aria-invalid', 'true');
      expect(externalIdInput().value).toBe(memoryExternalIds.otherOrganization);
      expect(screen.getByRole('textbox', { name: 'Value of plan_type' })).toHaveValue('growth');
      expect(document.activeElement).toBe(externalIdInput());
      expect(form()).toHaveAttribute('data-state', 'error');
      // The clash is on the field; no generic "changed elsewhere" notice to confuse it with.
      expect(container.querySelector('[data-part="error-notice"]')).toBeNull();
      expect(adapter.snapshot().organizations[memoryIds.organization]?.externalId).toBe(
        memoryExternalIds.organization,
      );
      await expectNoAxeViolations(container);

      await userEvent.type(externalIdInput(), '-2');
      expect(externalIdInput()).not.toHaveAttribute('aria-invalid');
    });
  });

  describe('when saving fails', () => {
    it('shows the failure, keeps every typed value, and a retry succeeds', async () => {
      const { adapter } = await renderSettings();
      await userEvent.clear(displayNameInput());
      await userEvent.type(displayNameInput(), 'Acme Industries');
      await userEvent.click(addButton());
      await userEvent.keyboard('tier');
      await userEvent.type(screen.getByRole('textbox', { name: 'Value of tier' }), 'gold');
      adapter.faults.failMethod('updateOrganization', 'network', { times: 1 });
      await userEvent.click(saveButton());

      await within(form()).findByText('We could not reach the server. Check your connection and try again.');
      expect(form()).toHaveAttribute('data-state', 'error');
      expect(displayNameInput().value).toBe('Acme Industries');
      expect(screen.getByRole('textbox', { name: 'Key, row 3' })).toHaveValue('tier');
      expect(screen.getByRole('textbox', { name: 'Value of tier' })).toHaveValue('gold');

      await userEvent.click(saveButton());
      await waitFor(() => expect(form()).toHaveAttribute('data-state', 'saved'));
      expect(organizationUpdates(adapter).at(-1)?.patch).toEqual({
        displayName: 'Acme Industries',
        metadata: { tier: 'gold' },
      });
    });
  });

  describe('given the organization limit of 10 pairs', () => {
    it('when the tenth pair is added, disables Add and says why', async () => {
      await renderSettings({ prepare: withPairs(9) });
      expect(screen.getByText('9 of 10 pairs')).toBeVisible();
      await userEvent.click(addButton());
      expect(screen.getByText('10 of 10 pairs')).toBeVisible();
      expect(addButton()).toHaveAttribute('aria-disabled', 'true');
      expect(addButton()).toHaveAccessibleDescription(
        '10 of 10 pairs The limit of 10 pairs is reached. Remove a pair to add another.',
      );
      await press(addButton());
      expect(screen.getAllByRole('listitem').filter((item) => item.dataset.part === 'row')).toHaveLength(10);
    });

    it('when the backend holds more pairs than allowed, blocks saving until enough are removed', async () => {
      const { adapter } = await renderSettings({ prepare: withPairs(12) });
      expect(screen.getByText('At most 10 pairs are allowed; there are 12. Remove 2.')).toBeVisible();
      await press(saveButton());
      expect(organizationUpdates(adapter)).toEqual([]);
      await userEvent.click(screen.getByRole('button', { name: 'Remove key_10' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove key_11' }));
      expect(screen.queryByText(/At most 10 pairs are allowed/)).toBeNull();
      await userEvent.click(saveButton());
      await waitFor(() => expect(organizationUpdates(adapter)).toHaveLength(1));
      expect(organizationUpdates(adapter)[0]?.patch).toEqual({ metadata: { key_10: null, key_11: null } });
    });

    it('refuses a key or value over the length limits, and too short or empty ones once left', async () => {
      const { adapter } = await renderSettings();
      await userEvent.click(addButton());
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
      await userEvent.click(saveButton());
      expect(organizationUpdates(adapter)).toEqual([]);
      expect(value).toHaveValue('v'.repeat(257));
    });

    it('refuses duplicate and reserved keys on the key field', async () => {
      await renderSettings();
      await userEvent.click(addButton());
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

  describe('given a keyboard only', () => {
    it('edits, adds a pair and saves without a pointer; focus follows adds and removes', async () => {
      const { adapter } = await renderSettings();
      await userEvent.tab();
      expect(document.activeElement).toBe(displayNameInput());
      await userEvent.tab();
      expect(document.activeElement).toBe(externalIdInput());
      await userEvent.keyboard('{Control>}a{/Control}KB-1');
      // Through billing_customer_id's key, value and Remove to plan_type's key.
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove billing_customer_id' }));
      await userEvent.keyboard('{Enter}');
      // Removing a row moves focus to the next row's key.
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Key, row 1' }));
      expect(screen.getByRole('textbox', { name: 'Key, row 1' })).toHaveValue('plan_type');
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.tab();
      expect(document.activeElement).toBe(addButton());
      await userEvent.keyboard('{Enter}');
      // Adding a row focuses its key.
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Key, row 2' }));
      await userEvent.keyboard('seats');
      await userEvent.tab();
      await userEvent.keyboard('25');
      await userEvent.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove seats' }));
      await userEvent.keyboard('{Enter}');
      // Removing the last row moves focus to Add.
      expect(document.activeElement).toBe(addButton());
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard('seats');
      await userEvent.tab();
      await userEvent.keyboard('30{Enter}');

      await waitFor(() => expect(form()).toHaveAttribute('data-state', 'saved'));
      expect(organizationUpdates(adapter).map((update) => update.patch)).toEqual([
        { externalId: 'KB-1', metadata: { billing_customer_id: null, seats: '30' } },
      ]);
    });
  });

  describe('given a viewer without the right to change settings', () => {
    it('shows the values as text with no inputs, and passes axe', async () => {
      const { container } = renderWithTeamkit(<OrganizationSettings />, { viewer: 'member' });
      const region = await screen.findByRole('region', { name: 'Organization settings' });
      expect(within(region).queryAllByRole('textbox')).toEqual([]);
      expect(within(region).queryAllByRole('button')).toEqual([]);
      expect(within(region).getByText('Acme Corporation')).toBeVisible();
      expect(within(region).getByText(memoryExternalIds.organization)).toBeVisible();
      expect(within(region).getByText('enterprise')).toBeVisible();
      expect(
        within(region).getByText('Only administrators can change them.', { exact: false }),
      ).toBeVisible();
      await expectNoAxeViolations(container);
    });
  });
});
