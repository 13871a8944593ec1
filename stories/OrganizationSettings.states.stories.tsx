import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import type { MemoryData } from '../src/adapters/memory/index.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { OrganizationSettings } from '../src/components/OrganizationSettings/OrganizationSettings.tsx';

/**
 * Every state of the organization settings, each reached by a play function that acts as an admin
 * would; the backend is the story's memory adapter, prepared with the data each state needs.
 */
const meta = {
  title: 'Components/OrganizationSettings/States',
  component: OrganizationSettings,
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof OrganizationSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The external ID another organization already holds, seeded for the clash story. */
const takenExternalId = 'CUST-24680-INITECH';

/** Acme with `count` metadata pairs. */
function acmeWithPairs(count: number) {
  return (data: MemoryData) => {
    const acme = data.organizations[memoryIds.organization];
    if (!acme) return;
    acme.metadata = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `key_${String(index).padStart(2, '0')}`,
        `value ${index}`,
      ]),
    );
  };
}

/** The settings form, once it is in `state`. */
async function formIn(canvasElement: HTMLElement, state: string): Promise<HTMLElement> {
  let form: HTMLElement | null = null;
  await waitFor(() => {
    form = canvasElement.querySelector<HTMLElement>('[data-part="organization-settings"]');
    expect(form?.dataset.state).toBe(state);
  });
  return form as unknown as HTMLElement;
}

/** No metadata yet: the editor says so and counts 0 of 10. */
export const EmptyMetadata: Story = {
  parameters: { teamkit: { prepare: acmeWithPairs(0) } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await formIn(canvasElement, 'idle');
    await expect(canvas.getByText('No metadata yet.')).toBeVisible();
    await expect(canvas.getByText('0 of 10 pairs')).toBeVisible();
  },
};

/** Ten pairs, Scalekit's organization limit: Add is unavailable and says why. */
export const AtTheLimit: Story = {
  parameters: { teamkit: { prepare: acmeWithPairs(10) } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await formIn(canvasElement, 'idle');
    await expect(canvas.getByRole('button', { name: 'Add pair' })).toHaveAttribute('aria-disabled', 'true');
    await expect(
      canvas.getByText('The limit of 10 pairs is reached. Remove a pair to add another.'),
    ).toBeVisible();
  },
};

/** Twelve pairs stored by another system: saving waits until two are removed. */
export const TooManyPairs: Story = {
  parameters: { teamkit: { prepare: acmeWithPairs(12) } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await formIn(canvasElement, 'idle');
    await expect(canvas.getByText('At most 10 pairs are allowed; there are 12. Remove 2.')).toBeVisible();
  },
};

/** A display name left empty and a too-short metadata key: Save shows both and focuses the first. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await formIn(canvasElement, 'idle');
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Display name' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('ab');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const displayName = canvas.getByRole('textbox', { name: 'Display name' });
    await waitFor(() => expect(displayName).toHaveFocus());
    await expect(displayName).toHaveAccessibleDescription(/Enter a display name/);
    await expect(canvas.getByRole('textbox', { name: 'Key, row 3' })).toHaveAccessibleDescription(
      /Use at least 3 characters for the key/,
    );
  },
};

/** Another organization holds the typed external ID: the clash is on the field and the typed value stays. */
export const ExternalIdClash: Story = {
  parameters: {
    teamkit: {
      prepare: (data) => {
        const globex = data.organizations[memoryIds.otherOrganization];
        if (globex) globex.externalId = takenExternalId;
      },
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await formIn(canvasElement, 'idle');
    const externalId = canvas.getByRole('textbox', { name: /External ID/ });
    await userEvent.clear(externalId);
    await userEvent.type(externalId, takenExternalId);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await formIn(canvasElement, 'error');
    await expect(externalId).toHaveAccessibleDescription(
      new RegExp(`Another organization already uses the external ID “${takenExternalId}”`),
    );
    await expect(externalId).toHaveValue(takenExternalId);
    await expect(externalId).toHaveFocus();
  },
};

/** Saved: only the changed fields and keys went to the backend, with the version the form was opened with. */
export const Saved: Story = {
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await formIn(canvasElement, 'idle');
    const plan = canvas.getByRole('textbox', { name: 'Value of plan_type' });
    await userEvent.clear(plan);
    await userEvent.type(plan, 'growth');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const form = await formIn(canvasElement, 'saved');
    await expect(within(form).getByText('Organization settings saved.')).toBeVisible();
    const calls = teamkitOf(context).adapter.calls.filter((call) => call.method === 'updateOrganization');
    await expect(calls.map((call) => call.args[1])).toEqual([{ metadata: { plan_type: 'growth' } }]);
  },
};

/** The save failed: the notice says why, every typed value stays, and saving again works. */
export const SaveError: Story = {
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await formIn(canvasElement, 'idle');
    const name = canvas.getByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Acme Industries');
    teamkitOf(context).adapter.faults.failMethod('updateOrganization', 'unavailable', { times: 1 });
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const form = await formIn(canvasElement, 'error');
    await expect(
      within(form).getByText('The service is temporarily unavailable. Try again in a few minutes.'),
    ).toBeVisible();
    await expect(name).toHaveValue('Acme Industries');
  },
};

/**
 * Another admin saved a different display name after this form was opened: not saved, both values shown
 * side by side, with "Save my edits anyway" and "Reload the latest version".
 */
export const ChangedElsewhere: Story = {
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await formIn(canvasElement, 'idle');
    const name = canvas.getByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Acme Group');
    teamkitOf(context).adapter.simulateExternalEdit('organization', memoryIds.organization, {
      displayName: 'Acme Holding',
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const form = await formIn(canvasElement, 'conflict');
    const notice = form.querySelector<HTMLElement>('[data-part="error-notice"]') as HTMLElement;
    await expect(notice).toHaveTextContent('Not saved: someone else changed these settings first');
    const clash = await within(notice).findByRole('row', { name: /Display name/ });
    await expect(clash).toHaveTextContent(/Acme Group.*Acme Holding/);
    await expect(name).toHaveValue('Acme Group');
  },
};

/** A plain member: values as text, no inputs. */
export const ReadOnlyViewer: Story = {
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await formIn(canvasElement, 'idle');
    await expect(canvas.queryAllByRole('textbox')).toEqual([]);
    await expect(canvas.getByText('Acme Corporation')).toBeVisible();
  },
};
