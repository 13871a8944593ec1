import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import { auth0Limits } from '../../core/limits.ts';
import '../../styles/index.css';
import { MemberDetails } from './MemberDetails.tsx';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

async function renderDetails(options: Parameters<typeof renderWithTeamkit>[1]) {
  const rendered = renderWithTeamkit(<MemberDetails userId={memoryIds.member} />, options);
  const panel = await screen.findByRole('region', { name: 'Jonas Müller' });
  await within(panel).findByText('Active');
  return { ...rendered, panel };
}

const section = (panel: HTMLElement, name: string) => within(panel).getByRole('region', { name });

describe('MemberDetails over a limited backend', () => {
  describe('given no membership metadata (Auth0-like)', () => {
    it('hides the membership metadata editor and says why; the user bags count apart; passes axe', async () => {
      const { panel, container } = await renderDetails({
        capabilities: auth0Capabilities,
        limits: auth0Limits,
      });
      const membership = section(panel, 'Membership metadata');
      expect(within(membership).getByText('This backend keeps no metadata on memberships.')).toBeVisible();
      expect(within(membership).queryByRole('textbox')).toBeNull();
      expect(within(membership).queryByRole('button')).toBeNull();
      expect(within(section(panel, 'Admin metadata')).getByText('2 of 100 pairs')).toBeVisible();
      expect(within(panel).queryByText(/in one map/)).toBeNull();
      await expectNoAxeViolations(container);
    });
  });

  describe('given user and app metadata in one map and no key deletion (Scalekit-like)', () => {
    it('gives each bag the pairs the other leaves, says so, and offers no Remove for stored keys', async () => {
      const { panel, container } = await renderDetails({ capabilities: scalekitCapabilities });
      const userMetadata = section(panel, 'User metadata');
      const adminMetadata = section(panel, 'Admin metadata');
      // Jonas has no user metadata and two admin pairs: 18 of the map's 20 are left to his own bag.
      expect(within(userMetadata).getByText('0 of 18 pairs')).toBeVisible();
      expect(
        within(userMetadata).getByText(
          'This backend keeps user and app metadata in one map of 20 pairs; the other holds 2.',
        ),
      ).toBeVisible();
      expect(within(adminMetadata).getByText('2 of 20 pairs')).toBeVisible();
      expect(within(adminMetadata).getByRole('textbox', { name: 'Value of quota' })).toHaveValue('150000');
      expect(within(adminMetadata).queryByRole('button', { name: 'Remove quota' })).toBeNull();
      expect(within(adminMetadata).getByText(/cannot delete keys/)).toBeVisible();
      // Scalekit memberships do carry metadata.
      expect(
        within(section(panel, 'Membership metadata')).getByRole('textbox', { name: 'Value of sales_region' }),
      ).toHaveValue('EMEA');
      await expectNoAxeViolations(container);
    });
  });
});
