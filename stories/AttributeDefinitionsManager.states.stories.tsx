import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { AttributeDefinitionsManager } from '../src/components/AttributeDefinitionsManager/AttributeDefinitionsManager.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import { scalekitCapabilities } from '../src/core/capabilities.ts';
import { teamkitKeys } from '../src/core/query-keys.ts';
import '../src/styles/definitions-manager.css';

/**
 * Every state of the definitions manager, each reached by a play function acting as an administrator
 * would, over the story's memory adapter.
 */
const meta = {
  title: 'Components/AttributeDefinitionsManager/States',
  component: AttributeDefinitionsManager,
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof AttributeDefinitionsManager>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The manager's root, once it is in `state`. */
async function managerIn(canvasElement: HTMLElement, state: string): Promise<HTMLElement> {
  let root: HTMLElement | null = null;
  await waitFor(() => {
    root = canvasElement.querySelector<HTMLElement>('[data-part="definitions-manager"]');
    expect(root?.dataset.state).toBe(state);
  });
  return root as unknown as HTMLElement;
}

/** Every field by group, each with where it comes from: identity provider, system or custom. */
export const Fields: Story = {
  play: async ({ canvasElement, canvas }) => {
    await managerIn(canvasElement, 'ready');
    await expect(canvas.getByRole('heading', { name: 'Profile fields' })).toBeVisible();
    const displayName = canvasElement.querySelector('[data-key="name"]') as HTMLElement;
    await expect(within(displayName).getByText('Identity provider')).toBeVisible();
    await expect(canvasElement.querySelector('[data-key="bio"]')?.getAttribute('data-origin')).toBe('custom');
  },
};

/** Adding a custom attribute: the key follows the display name until it is edited. */
export const AddForm: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await managerIn(canvasElement, 'ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Add attribute' }));
    const form = canvas.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Cost center');
    await expect(within(form).getByLabelText(/Attribute key/)).toHaveValue('cost_center_2');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'single_select');
    await expect(within(form).getByLabelText(/Choices/)).toBeVisible();
  },
};

/** A key that breaks the rule: the message is on the key, and nothing is sent. */
export const InvalidKey: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await managerIn(canvasElement, 'ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Add attribute' }));
    const form = canvas.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Desk');
    const key = within(form).getByLabelText(/Attribute key/);
    await userEvent.clear(key);
    await userEvent.type(key, '1 desk');
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));
    await expect(within(form).getByText('Start the key with a letter.')).toBeVisible();
  },
};

/** The save failed: the notice says why, and every typed value stays. */
export const SaveError: Story = {
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await managerIn(canvasElement, 'ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Add attribute' }));
    const form = canvas.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Parking spot');
    teamkitOf(context).adapter.faults.failMethod('createAttributeDefinition', 'unavailable', { times: 1 });
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));
    await expect(
      await within(form).findByText('The service is temporarily unavailable. Try again in a few minutes.'),
    ).toBeVisible();
    await expect(within(form).getByLabelText(/Display name/)).toHaveValue('Parking spot');
  },
};

/** Editing a standard field: its key and type are fixed, and only its presentation changes. */
export const EditStandardField: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await managerIn(canvasElement, 'ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Edit First name' }));
    const form = canvas.getByRole('form', { name: 'Edit First name' });
    await expect(within(form).getByLabelText(/Attribute key/)).toHaveAttribute('readonly');
    await expect(within(form).getByLabelText('Type')).toBeDisabled();
    await expect(within(form).getByLabelText('Who may change it')).toBeDisabled();
  },
};

/** A disabled field: marked, struck through, and offered to be enabled again. */
export const DisabledField: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await managerIn(canvasElement, 'ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Disable Website' }));
    await expect(await canvas.findByRole('button', { name: 'Enable Website' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-key="website"]')).toHaveAttribute('data-disabled');
  },
};

/** A new field shows in the profile beside the manager as soon as it is saved. */
export const WithProfileEditor: Story = {
  render: () => (
    <>
      <AttributeDefinitionsManager />
      <ProfileEditor />
    </>
  ),
  play: async ({ canvasElement, canvas, userEvent }) => {
    await managerIn(canvasElement, 'ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Add attribute' }));
    const form = canvas.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Desk number');
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));
    await expect(await canvas.findByLabelText(/Desk number/, { selector: 'input' })).toBeVisible();
  },
};

/** Over a backend whose fields live in the identity platform (Scalekit): it says where to manage them. */
export const ManagedInIdentityPlatform: Story = {
  parameters: { teamkit: { capabilities: scalekitCapabilities } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await managerIn(canvasElement, 'unsupported');
    await expect(canvas.getByText(/managed in your identity platform/)).toBeVisible();
  },
};

/** A member who is not an administrator. */
export const NotAnAdministrator: Story = {
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await managerIn(canvasElement, 'forbidden');
    await expect(canvas.getByText('Only administrators can manage profile fields.')).toBeVisible();
  },
};

/** The list could not be read: the notice says why and offers to try again. */
export const LoadError: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await managerIn(canvasElement, 'ready');
    const { adapter, queryClient } = teamkitOf(context);
    adapter.faults.failMethod('listManagedAttributeDefinitions', 'unavailable');
    await queryClient.resetQueries({ queryKey: teamkitKeys.attributeDefinitions() });
    await managerIn(canvasElement, 'error');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
