import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryExternalIds, memoryIds } from '../src/adapters/memory/index.ts';
import { ExternalIdLookup } from '../src/components/ExternalIdLookup/ExternalIdLookup.tsx';

/** Every answer of the lookup, each reached by pasting an ID and pressing Enter, as an agent would. */
const meta = {
  title: 'Components/ExternalIdLookup/States',
  component: ExternalIdLookup,
  args: { kind: 'organization', onOpen: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof ExternalIdLookup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The lookup's root, once it is in `state`. */
async function lookupIn(canvasElement: HTMLElement, state: string) {
  await waitFor(() =>
    expect(canvasElement.querySelector('[data-part="external-id-lookup"]')).toHaveAttribute(
      'data-state',
      state,
    ),
  );
}

/** Found: name, IDs and a metadata summary, with Open. */
export const Found: Story = {
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByRole('searchbox'), `${memoryExternalIds.organization}{Enter}`);
    await lookupIn(canvasElement, 'found');
    await expect(canvas.getByRole('article', { name: 'Acme Corporation' })).toHaveTextContent(
      '2 pairs: billing_customer_id, plan_type',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Open Acme Corporation' }));
    await expect(args.onOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'organization',
        organization: expect.objectContaining({ id: memoryIds.organization }),
      }),
    );
  },
};

/** A member found by their CRM ID. */
export const UserFound: Story = {
  args: { kind: 'user' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('searchbox'), `${memoryExternalIds.member}{Enter}`);
    await lookupIn(canvasElement, 'found');
    await expect(canvas.getByRole('article', { name: 'Jonas Müller' })).toBeVisible();
  },
};

/** Not found: a normal, friendly answer with a hint, not an error screen. */
export const NotFound: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('searchbox'), 'CUST-00000-NOPE{Enter}');
    await lookupIn(canvasElement, 'not-found');
    await expect(
      canvas.getByText('No organization has the external ID “CUST-00000-NOPE”.', {
        selector: '[data-part="not-found-title"]',
      }),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[data-part="error-notice"]')).toBeNull();
  },
};

/** The lookup failed: the notice says why and offers a retry. */
export const LookupError: Story = {
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    teamkitOf(context).adapter.faults.failMethod('findOrganizationByExternalId', 'unavailable', { times: 1 });
    await userEvent.type(canvas.getByRole('searchbox'), `${memoryExternalIds.organization}{Enter}`);
    await lookupIn(canvasElement, 'error');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Submitted empty: the box asks for an ID. */
export const EmptySubmit: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('searchbox'), '{Enter}');
    await expect(canvas.getByRole('searchbox')).toHaveAccessibleDescription(/Paste or type an external ID/);
  },
};
