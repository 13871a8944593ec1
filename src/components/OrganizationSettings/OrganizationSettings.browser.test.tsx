import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryExternalIds, memoryIds } from '../../adapters/memory/index.ts';
import { OrganizationSettings } from './OrganizationSettings.tsx';
import {
  addButton,
  displayNameInput,
  externalIdInput,
  form,
  organizationUpdates,
  press,
  renderSettings,
  saveButton,
} from './organization-settings-test-support.tsx';

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
