import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryExternalIds, memoryIds } from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { ExternalIdLookup } from './ExternalIdLookup.tsx';
import type { ExternalIdLookupResult } from './lookup-result.ts';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

const root = (container: HTMLElement) =>
  container.querySelector('[data-part="external-id-lookup"]') as HTMLElement;

describe('ExternalIdLookup', () => {
  describe('given an organization’s external ID', () => {
    it('finds it on Enter and shows its name, IDs and metadata; Open hands it over', async () => {
      const onOpen = vi.fn<(result: ExternalIdLookupResult) => void>();
      const { container } = renderWithTeamkit(<ExternalIdLookup kind="organization" onOpen={onOpen} />);
      await userEvent.type(
        screen.getByRole('searchbox', { name: 'Organization external ID' }),
        `  ${memoryExternalIds.organization} `,
      );
      await userEvent.keyboard('{Enter}');

      const card = await screen.findByRole('article', { name: 'Acme Corporation' });
      expect(root(container)).toHaveAttribute('data-state', 'found');
      expect(card).toHaveTextContent(memoryIds.organization);
      expect(card).toHaveTextContent(memoryExternalIds.organization);
      expect(card).toHaveTextContent('2 pairs: billing_customer_id, plan_type');
      await expectNoAxeViolations(container);

      await userEvent.click(screen.getByRole('button', { name: 'Open Acme Corporation' }));
      expect(onOpen).toHaveBeenCalledWith({
        kind: 'organization',
        organization: expect.objectContaining({ id: memoryIds.organization }),
      });
    });
  });

  describe('given an organization the viewer does not belong to', () => {
    it('is not theirs to discover: not found', async () => {
      renderWithTeamkit(<ExternalIdLookup kind="organization" />);
      await userEvent.type(screen.getByRole('searchbox'), `${memoryExternalIds.otherOrganization}{Enter}`);
      await screen.findByText(
        `No organization has the external ID “${memoryExternalIds.otherOrganization}”.`,
        {
          selector: '[data-part="not-found-title"]',
        },
      );
    });
  });

  describe('given an ID nobody has', () => {
    it('says so calmly, as an answer rather than an error', async () => {
      const { container } = renderWithTeamkit(<ExternalIdLookup kind="organization" />);
      await userEvent.type(screen.getByRole('searchbox'), 'CUST-00000-NOPE{Enter}');
      await screen.findByText('No organization has the external ID “CUST-00000-NOPE”.', {
        selector: '[data-part="not-found-title"]',
      });
      expect(root(container)).toHaveAttribute('data-state', 'not-found');
      expect(container.querySelector('[data-part="error-notice"]')).toBeNull();
      expect(screen.getByText(/Check for typos/)).toBeVisible();
      await expectNoAxeViolations(container);
    });
  });

  describe('given a member’s external ID', () => {
    it('finds the member with their email', async () => {
      renderWithTeamkit(<ExternalIdLookup kind="user" />);
      await userEvent.type(
        screen.getByRole('searchbox', { name: 'Member external ID' }),
        `${memoryExternalIds.member}{Enter}`,
      );
      const card = await screen.findByRole('article', { name: 'Jonas Müller' });
      expect(card).toHaveTextContent('jonas.muller@');
      expect(card).toHaveTextContent(memoryIds.member);
      expect(card).toHaveTextContent('2 pairs: department, quota');
      // The address and both IDs are left-to-right data, isolated from the interface's direction.
      for (const data of [
        within(card).getByText('jonas.muller@acme.example'),
        within(card).getByText(memoryIds.member),
        within(card).getByText(memoryExternalIds.member),
      ]) {
        expect(data.closest('[dir="ltr"]'), data.textContent ?? '').not.toBeNull();
      }
      expect(within(card).getByText('Jonas Müller').closest('bdi')).not.toBeNull();
    });

    it('does not find another organization’s ID among members', async () => {
      renderWithTeamkit(<ExternalIdLookup kind="user" />);
      await userEvent.type(screen.getByRole('searchbox'), `${memoryExternalIds.organization}{Enter}`);
      await screen.findByText(
        `No member of this organization has the external ID “${memoryExternalIds.organization}”.`,
        {
          selector: '[data-part="not-found-title"]',
        },
      );
    });
  });

  describe('when the lookup fails', () => {
    it('shows the failure with a retry that succeeds', async () => {
      const { adapter, container } = renderWithTeamkit(<ExternalIdLookup kind="organization" />);
      adapter.faults.failMethod('findOrganizationByExternalId', 'unavailable', { times: 1 });
      await userEvent.type(screen.getByRole('searchbox'), `${memoryExternalIds.organization}{Enter}`);
      await screen.findByText('The service is temporarily unavailable. Try again in a few minutes.', {
        selector: '[data-part="error-message"]',
      });
      expect(root(container)).toHaveAttribute('data-state', 'error');
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await screen.findByRole('article', { name: /Acme/ });
    });
  });

  describe('when submitted empty', () => {
    it('asks for an ID and sends nothing', async () => {
      const { adapter } = renderWithTeamkit(<ExternalIdLookup kind="organization" />);
      await userEvent.type(screen.getByRole('searchbox'), '   {Enter}');
      expect(screen.getByRole('searchbox')).toHaveAccessibleDescription(
        expect.stringContaining('Paste or type an external ID to search for.'),
      );
      await waitFor(() =>
        expect(adapter.calls.filter((call) => call.method === 'findOrganizationByExternalId')).toEqual([]),
      );
    });
  });
});
