import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { MetadataHost, MetadataInHostForm } from './metadata-story-hosts.tsx';

/**
 * The metadata editor as a host uses it: controlled by a page (`value` + `onSave`), read-only, or
 * embedded in a larger form through `useMetadataEditor`. Every validation state is in
 * "MetadataEditor/States".
 */
const meta = {
  title: 'Components/MetadataEditor',
  component: MetadataHost,
  args: {
    onSave: fn(),
    initial: { department: 'Sales', employee_id: 'EMP-002', territory: 'West Coast' },
    label: 'Metadata',
  },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MetadataHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A user's metadata (Scalekit: up to 20 pairs, keys 3–25 characters, values 1–256). */
export const UserMetadata: Story = {};

/** An organization's metadata: 10 pairs at most on Scalekit. */
export const OrganizationMetadata: Story = {
  args: {
    scope: 'organization',
    initial: { plan_type: 'enterprise', billing_customer_id: 'stripe_cus_abc123' },
  },
};

/** Nothing stored yet. */
export const Empty: Story = { args: { initial: {} } };

/** Read-only: the pairs as text, no inputs (for people who may not change them). */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Auth0 metadata can hold any JSON: objects, lists, numbers and booleans are shown as stored, never edited. */
export const OtherJsonValues: Story = {
  args: {
    initial: {
      nickname: 'kj',
      preferences: { theme: 'dark', beta: ['search', 'ai'] },
      quota: 150000,
      vip: true,
    },
  },
};

/** Inside a host's own form, through `useMetadataEditor`: the host's submit sends only the changed keys. */
export const InsideAHostForm: Story = {
  render: () => <MetadataInHostForm initial={{ stage: 'proposal', owner: 'maya' }} />,
};
