import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { type MemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import { auth0Limits } from '../../core/limits.ts';
import '../../styles/index.css';
import { OrganizationSettings } from './OrganizationSettings.tsx';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** The patches the backend received for the organization, in call order. */
function organizationPatches(adapter: MemoryAdapter) {
  return adapter.calls.filter((call) => call.method === 'updateOrganization').map((call) => call.args[1]);
}

async function renderSettings(options: Parameters<typeof renderWithTeamkit>[1]) {
  const rendered = renderWithTeamkit(<OrganizationSettings />, options);
  await screen.findByRole('heading', { name: 'Organization settings' });
  return rendered;
}

describe('OrganizationSettings over a limited backend', () => {
  describe('given no key deletion (Scalekit-like)', () => {
    it('keeps stored keys, with no Remove and a note why, and saves a changed value; passes axe', async () => {
      const { adapter, container } = await renderSettings({ capabilities: scalekitCapabilities });
      expect(screen.getByText(/cannot delete keys/)).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Remove plan_type' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Remove billing_customer_id' })).toBeNull();
      await userEvent.fill(screen.getByRole('textbox', { name: 'Value of plan_type' }), 'growth');
      await expectNoAxeViolations(container);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await expect.poll(() => organizationPatches(adapter)).toEqual([{ metadata: { plan_type: 'growth' } }]);
      const stored = await adapter.getOrganization(memoryIds.organization);
      expect(stored.metadata).toEqual({ plan_type: 'growth', billing_customer_id: 'stripe_cus_abc123' });
    });
  });

  describe('given Auth0’s limits', () => {
    it('counts against 25 properties, refuses "." in a key before sending, and removes a key', async () => {
      const { adapter } = await renderSettings({ capabilities: auth0Capabilities, limits: auth0Limits });
      expect(screen.getByText('2 of 25 pairs')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
      const key = screen.getByRole('textbox', { name: 'Key, row 3' });
      await userEvent.fill(key, 'billing.region');
      await userEvent.fill(screen.getByRole('textbox', { name: 'Value of billing.region' }), 'EU');
      expect(key).toHaveAccessibleDescription('Keys cannot contain “.”. Use another character, such as “_”.');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(organizationPatches(adapter)).toEqual([]);
      await userEvent.fill(key, 'billing_region');
      await userEvent.click(screen.getByRole('button', { name: 'Remove plan_type' }));
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await expect
        .poll(() => organizationPatches(adapter))
        .toEqual([{ metadata: { billing_region: 'EU', plan_type: null } }]);
    });
  });
});
