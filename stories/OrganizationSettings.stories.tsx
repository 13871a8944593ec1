import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { OrganizationSettings } from '../src/components/OrganizationSettings/OrganizationSettings.tsx';

/**
 * The organization's settings: display name, external ID (the host's billing or CRM ID) and metadata,
 * saved together. Editing states (clash, limits, failures) are in "OrganizationSettings/States".
 */
const meta = {
  title: 'Components/OrganizationSettings',
  component: OrganizationSettings,
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof OrganizationSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An admin: every field editable. */
export const Admin: Story = {};

/** A billing manager may change organization settings, though not members. */
export const BillingManager: Story = {
  parameters: { teamkit: { viewer: memoryIds.billingManager } satisfies TeamkitStoryOptions },
};

/** A plain member: the settings as text, no inputs. */
export const ReadOnlyViewer: Story = {
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
};

/** Loading, with a slow backend. */
export const Loading: Story = {
  parameters: { teamkit: { latency: 600_000 } satisfies TeamkitStoryOptions },
};
