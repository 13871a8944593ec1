import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { MemberDetails } from '../src/components/MemberDetails/MemberDetails.tsx';

/**
 * States of the member details, each reached by a play function acting as an admin would, over the
 * story's memory adapter (prepared with the data each state needs).
 */
const meta = {
  title: 'Components/MemberDetails/States',
  component: MemberDetails,
  args: { userId: memoryIds.member },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MemberDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An external ID the billing manager already holds, seeded for the clash story. */
const takenExternalId = 'HR-55501';

/** The panel, once the member and their membership have loaded. */
async function panelOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  const panel = await canvas.findByRole('region', { name: /Jonas Müller|Kenji Watanabe/ }, { timeout: 5000 });
  await within(panel).findByText('Active', {}, { timeout: 5000 });
  return panel;
}

/** Another user holds the typed external ID: the clash is on the field and the typed value stays. */
export const ExternalIdClash: Story = {
  parameters: {
    teamkit: {
      prepare: (data) => {
        const other = data.users[memoryIds.billingManager];
        if (other) other.externalId = takenExternalId;
      },
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvasElement, userEvent }) => {
    const panel = await panelOf(canvasElement);
    const section = within(panel).getByRole('region', { name: 'External ID' });
    const input = within(section).getByRole('textbox', { name: /External ID/ });
    await userEvent.clear(input);
    await userEvent.type(input, takenExternalId);
    await userEvent.click(within(section).getByRole('button', { name: 'Save external ID' }));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        new RegExp(`Another user already uses the external ID “${takenExternalId}”`),
      ),
    );
    await expect(input).toHaveValue(takenExternalId);
  },
};

/**
 * Another admin saved a different external ID after this form was opened: the save is refused, and the
 * latest value is shown beside the typed one with the choice of which to keep.
 */
export const ExternalIdChangedElsewhere: Story = {
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const panel = await panelOf(canvasElement);
    const section = within(panel).getByRole('region', { name: 'External ID' });
    const input = within(section).getByRole('textbox', { name: /External ID/ });
    await userEvent.clear(input);
    await userEvent.type(input, 'HR-10001');
    await teamkitOf(context).adapter.updateUser(memoryIds.member, { externalId: 'HR-20002' });
    await userEvent.click(within(section).getByRole('button', { name: 'Save external ID' }));
    const conflict = await within(section).findByRole('alert', {}, { timeout: 5000 });
    await within(conflict).findByText('HR-20002', {}, { timeout: 5000 });
    await expect(within(conflict).getByRole('button', { name: 'Save my edits anyway' })).toBeVisible();
    await expect(input).toHaveValue('HR-10001');
  },
};

/** A user whose names come from Okta: the provider's attributes read-only, the profile shows who manages what. */
export const IdentityProviderManagedFields: Story = {
  args: { userId: memoryIds.idpUser },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    const okta = within(panel).getByRole('region', { name: 'Okta' });
    await expect(within(okta).getByText('00u1f2g3h4IJKLmn5o6p')).toBeVisible();
    await expect(within(okta).queryAllByRole('textbox')).toEqual([]);
  },
};

/** Auth0-style user metadata holding objects and numbers: shown as stored, read-only, never sent. */
export const JsonUserMetadata: Story = {
  parameters: {
    teamkit: {
      prepare: (data) => {
        const user = data.users[memoryIds.member];
        if (user) {
          user.userMetadata = {
            theme: 'dark',
            notifications: { email: true, digest: 'weekly' },
            favorite_reports: ['pipeline', 'forecast'],
          };
        }
      },
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    const section = within(panel).getByRole('region', { name: 'User metadata' });
    await expect(within(section).getAllByRole('textbox', { name: /^Value/ })).toHaveLength(1);
    await expect(section.querySelectorAll('pre[data-part="json-value"]')).toHaveLength(2);
  },
};

/** Saving admin metadata failed: the notice says why and the typed value stays. */
export const SaveError: Story = {
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const panel = await panelOf(canvasElement);
    const section = within(panel).getByRole('region', { name: 'Admin metadata' });
    const quota = within(section).getByRole('textbox', { name: 'Value of quota' });
    await userEvent.clear(quota);
    await userEvent.type(quota, '200000');
    teamkitOf(context).adapter.faults.failMethod('updateUser', 'network', { times: 1 });
    await userEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await within(section).findByText('We could not reach the server. Check your connection and try again.');
    await expect(quota).toHaveValue('200000');
  },
};

/** The raw record, opened. */
export const RawJsonOpen: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const panel = await panelOf(canvasElement);
    await userEvent.click(within(panel).getByText('Raw JSON'));
    await expect(panel.querySelector('details[data-part="raw-json"]')).toHaveAttribute('open');
  },
};

/** A user who cannot be loaded (no such ID): the failure with a retry. */
export const NotFound: Story = {
  args: { userId: 'usr_does_not_exist' },
  play: async ({ canvas }) => {
    // Says what happened; no "Try again", since asking again gets the same answer.
    await expect(await canvas.findByText(/could not find/, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};
