import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { memoryExternalIds } from '../src/adapters/memory/index.ts';
import { ExternalIdLookup } from '../src/components/ExternalIdLookup/ExternalIdLookup.tsx';

/**
 * The lookup box a support agent pastes an external ID into (from a billing webhook, a CRM record).
 * Found, not found and failures are in "ExternalIdLookup/States".
 */
const meta = {
  title: 'Components/ExternalIdLookup',
  component: ExternalIdLookup,
  args: { kind: 'organization', onOpen: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof ExternalIdLookup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Organizations by their external ID (try `CUST-12345-ACME`). */
export const Organization: Story = { args: { defaultValue: memoryExternalIds.organization } };

/** Members of this organization by their external ID (try `SALESFORCE-003921`). */
export const User: Story = { args: { kind: 'user', defaultValue: memoryExternalIds.member } };
