import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { type MemoryAdapter, memoryExternalIds, memoryIds } from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { MemberDetails } from './MemberDetails.tsx';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** The user patches the backend received, in call order. */
function userUpdates(adapter: MemoryAdapter) {
  return adapter.calls.filter((call) => call.method === 'updateUser').map((call) => call.args[1]);
}

async function renderDetails(userId: string, options: Parameters<typeof renderWithTeamkit>[1] = {}) {
  const rendered = renderWithTeamkit(<MemberDetails userId={userId} />, options);
  const panel = await screen.findByRole('region', { name: /Jonas Müller|Kenji Watanabe|Maya Okafor/ });
  // The membership, roles and the profile arrive with their own requests.
  await within(panel).findByText('Active');
  return { ...rendered, panel };
}

const section = (panel: HTMLElement, name: string) => within(panel).getByRole('region', { name });

describe('MemberDetails', () => {
  describe('given an admin opening a member', () => {
    it('shows who they are, their membership, and metadata kept apart by owner; passes axe', async () => {
      const { panel, container } = await renderDetails(memoryIds.member);
      expect(within(panel).getByRole('heading', { level: 2, name: 'Jonas Müller' })).toBeVisible();
      expect(within(panel).getByText(/^jonas\.muller@/)).toBeVisible();
      // Isolated from the interface's direction: the address left to right, the name in its own.
      expect(
        within(panel)
          .getByText(/^jonas\.muller@/)
          .closest('[dir="ltr"]'),
      ).not.toBeNull();
      expect(within(panel).getByText('Jonas Müller', { selector: 'h2 bdi' })).toBeVisible();
      expect(panel.querySelector('[data-part="avatar"]')).toHaveTextContent('JM');
      const membership = section(panel, 'Membership');
      expect(within(membership).getByText('Invitation')).toBeVisible();
      await within(membership).findByText('Member');

      const userMetadata = section(panel, 'User metadata');
      const adminMetadata = section(panel, 'Admin metadata');
      expect(within(userMetadata).getByText(/manages themselves/)).toBeVisible();
      expect(within(adminMetadata).getByText(/The member cannot change it/)).toBeVisible();
      expect(within(adminMetadata).getByRole('textbox', { name: 'Value of quota' })).toHaveValue('150000');
      expect(within(userMetadata).queryByRole('textbox', { name: 'Value of quota' })).toBeNull();
      expect(
        within(section(panel, 'Membership metadata')).getByRole('textbox', { name: 'Value of sales_region' }),
      ).toHaveValue('EMEA');
      expect(within(section(panel, 'External ID')).getByRole('textbox', { name: /External ID/ })).toHaveValue(
        memoryExternalIds.member,
      );
      // The profile editor, in admin mode.
      await waitFor(() =>
        expect(panel.querySelector('[data-part="profile-editor"]')).toHaveAttribute('data-mode', 'admin'),
      );
      await expectNoAxeViolations(container);
    });

    it('in right-to-left Arabic, shows the raw JSON record left to right', async () => {
      const { ar } = await import('../../i18n/ar/index.ts');
      const { container } = renderWithTeamkit(<MemberDetails userId={memoryIds.member} />, {
        locale: 'ar',
        messages: ar,
      });
      await screen.findByRole('region', { name: 'Jonas Müller' });
      // The text is built once the record is opened.
      await userEvent.click(container.querySelector('[data-part="raw-json-summary"]') as HTMLElement);
      const json = await waitFor(() => {
        const pre = container.querySelector<HTMLElement>('[data-part="raw-json-text"]');
        if (!pre) throw new Error('no raw JSON yet');
        return pre;
      });
      expect(getComputedStyle(json).direction).toBe('ltr');
      expect(getComputedStyle(json.closest('[data-part="member-details"]') as HTMLElement).direction).toBe(
        'rtl',
      );
    });

    it('when admin metadata is edited, sends only that key to the admin bag', async () => {
      const { panel, adapter } = await renderDetails(memoryIds.member);
      const adminMetadata = section(panel, 'Admin metadata');
      const quota = within(adminMetadata).getByRole('textbox', { name: 'Value of quota' });
      await userEvent.clear(quota);
      await userEvent.type(quota, '200000');
      await userEvent.click(within(adminMetadata).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(userUpdates(adapter)).toEqual([{ appMetadata: { quota: '200000' } }]));
      expect(adapter.snapshot().users[memoryIds.member]?.appMetadata).toEqual({
        department: 'Sales',
        quota: '200000',
      });
    });

    it('when user metadata gets a pair, sends it to the user bag only', async () => {
      const { panel, adapter } = await renderDetails(memoryIds.member);
      const userMetadata = section(panel, 'User metadata');
      await userEvent.click(within(userMetadata).getByRole('button', { name: 'Add pair' }));
      await userEvent.keyboard('theme');
      await userEvent.type(within(userMetadata).getByRole('textbox', { name: 'Value of theme' }), 'dark');
      await userEvent.click(within(userMetadata).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(userUpdates(adapter)).toEqual([{ userMetadata: { theme: 'dark' } }]));
    });

    it('when membership metadata loses a key, sends only that key as null', async () => {
      const { panel, adapter } = await renderDetails(memoryIds.member);
      const membershipMetadata = section(panel, 'Membership metadata');
      await userEvent.click(within(membershipMetadata).getByRole('button', { name: 'Remove sales_region' }));
      await userEvent.click(within(membershipMetadata).getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(
          adapter.calls.filter((call) => call.method === 'updateMembership').map((call) => call.args[2]),
        ).toEqual([{ metadata: { sales_region: null } }]),
      );
    });
  });

  describe('when the external ID is another user’s', () => {
    it('reports the clash on the field and keeps the typed value', async () => {
      const { panel, adapter } = await renderDetails(memoryIds.member);
      const externalId = section(panel, 'External ID');
      const input = within(externalId).getByRole('textbox', { name: /External ID/ });
      await userEvent.clear(input);
      await userEvent.type(input, 'SALESFORCE-000417');
      await userEvent.click(within(externalId).getByRole('button', { name: 'Save external ID' }));
      await waitFor(() =>
        expect(input).toHaveAccessibleDescription(
          expect.stringContaining(
            'Another user already uses the external ID “SALESFORCE-000417”. Enter a different one.',
          ),
        ),
      );
      expect(input).toHaveValue('SALESFORCE-000417');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(adapter.snapshot().users[memoryIds.member]?.externalId).toBe(memoryExternalIds.member);

      await userEvent.clear(input);
      await userEvent.type(input, 'SALESFORCE-999999');
      await userEvent.click(within(externalId).getByRole('button', { name: 'Save external ID' }));
      await within(externalId).findByText('External ID saved.', { selector: '[data-part="saved-note"]' });
      expect(userUpdates(adapter).at(-1)).toEqual({ externalId: 'SALESFORCE-999999' });
    });
  });

  describe('when someone else changes the external ID while it is being edited', () => {
    /** Types a new ID, then changes the stored one behind the form's back (another admin's save). */
    async function editAgainstAnotherSave() {
      const rendered = await renderDetails(memoryIds.member);
      const externalId = section(rendered.panel, 'External ID');
      const input = within(externalId).getByRole('textbox', { name: /External ID/ });
      await userEvent.clear(input);
      await userEvent.type(input, 'SALESFORCE-111111');
      await rendered.adapter.updateUser(memoryIds.member, { externalId: 'SALESFORCE-222222' });
      await userEvent.click(within(externalId).getByRole('button', { name: 'Save external ID' }));
      const conflict = await within(externalId).findByRole('alert');
      await within(conflict).findByText('SALESFORCE-222222');
      return { ...rendered, externalId, input, conflict };
    }

    it('never overwrites it silently: the save is refused and the latest value is shown beside the typed one', async () => {
      const { externalId, input, adapter, container } = await editAgainstAnotherSave();
      expect(externalId.querySelector('[data-part="external-id-form"]')).toHaveAttribute(
        'data-state',
        'conflict',
      );
      expect(input).toHaveValue('SALESFORCE-111111');
      expect(adapter.snapshot().users[memoryIds.member]?.externalId).toBe('SALESFORCE-222222');
      await expectNoAxeViolations(container);
    });

    it('saves the typed ID over the latest version when the person keeps theirs', async () => {
      const { conflict, externalId, adapter } = await editAgainstAnotherSave();
      await userEvent.click(within(conflict).getByRole('button', { name: 'Save my edits anyway' }));
      await within(externalId).findByText('External ID saved.', { selector: '[data-part="saved-note"]' });
      expect(adapter.snapshot().users[memoryIds.member]?.externalId).toBe('SALESFORCE-111111');
    });

    it('shows the latest ID and drops the typed one when the person takes theirs', async () => {
      const { conflict, externalId, input, adapter } = await editAgainstAnotherSave();
      await userEvent.click(within(conflict).getByRole('button', { name: 'Reload the latest version' }));
      await waitFor(() => expect(input).toHaveValue('SALESFORCE-222222'));
      expect(adapter.snapshot().users[memoryIds.member]?.externalId).toBe('SALESFORCE-222222');
      expect(within(externalId).queryByRole('alert')).toBeNull();
      expect(adapter.calls.filter((call) => call.method === 'updateUser')).toHaveLength(2);
    });
  });

  describe('given a member who signs in through Okta', () => {
    it('shows the provider’s attributes read-only under its name', async () => {
      const { panel, container } = await renderDetails(memoryIds.idpUser);
      const identities = section(panel, 'Identity provider attributes');
      const okta = within(identities).getByRole('region', { name: 'Okta' });
      expect(within(okta).getByText('cost_center')).toBeVisible();
      expect(within(okta).getByText('CC-4410')).toBeVisible();
      expect(within(okta).getByText('00u1f2g3h4IJKLmn5o6p')).toBeVisible();
      // The provider's ID is left-to-right data, isolated from the interface's direction.
      expect(within(okta).getByText('00u1f2g3h4IJKLmn5o6p')).toHaveAttribute('dir', 'ltr');
      expect(within(okta).queryAllByRole('textbox')).toEqual([]);
      expect(within(section(panel, 'Membership')).getByText('SSO just-in-time')).toBeVisible();
      await expectNoAxeViolations(container);
    });
  });

  describe('given the raw JSON', () => {
    it('keeps it collapsed until asked, as text', async () => {
      const { panel } = await renderDetails(memoryIds.member);
      const details = panel.querySelector('details[data-part="raw-json"]') as HTMLDetailsElement;
      expect(details.open).toBe(false);
      // Nothing is stringified while closed: a huge record would cost the page a quarter of a second.
      expect(details.querySelector('pre')).toBeNull();
      await userEvent.click(within(panel).getByText('Raw JSON'));
      expect(details.open).toBe(true);
      expect(details.querySelector('pre')?.textContent).toContain(`"id": "${memoryIds.member}"`);
    });
  });

  describe('given onClose', () => {
    it('offers a close button named for the member', async () => {
      const onClose = vi.fn();
      renderWithTeamkit(<MemberDetails userId={memoryIds.member} onClose={onClose} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Close details of Jonas Müller' }));
      expect(onClose).toHaveBeenCalledOnce();
    });
  });

  describe('given a member viewing their own details', () => {
    it('lets them change their user metadata but shows admin data as text', async () => {
      renderWithTeamkit(<MemberDetails userId={memoryIds.member} />, { viewer: 'member' });
      const panel = await screen.findByRole('region', { name: 'Jonas Müller' });
      const adminMetadata = await within(panel).findByRole('region', { name: 'Admin metadata' });
      expect(within(adminMetadata).queryAllByRole('textbox')).toEqual([]);
      expect(within(adminMetadata).getByText('150000')).toBeVisible();
      expect(within(section(panel, 'User metadata')).getByRole('button', { name: 'Add pair' })).toBeVisible();
      expect(within(section(panel, 'External ID')).queryAllByRole('textbox')).toEqual([]);
    });
  });
});
