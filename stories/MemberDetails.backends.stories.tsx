import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { MemberDetails } from '../src/components/MemberDetails/MemberDetails.tsx';
import { auth0Capabilities, scalekitCapabilities } from '../src/core/capabilities.ts';
import { auth0Limits, scalekitLimits } from '../src/core/limits.ts';

/**
 * One member's metadata over real backends' capability sets: Scalekit keeps user and admin metadata in
 * one map of 20 pairs and cannot delete a key; Auth0 keeps the two apart and has no membership metadata.
 */
const meta = {
  title: 'Components/MemberDetails/Backends',
  component: MemberDetails,
  args: { userId: memoryIds.member },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MemberDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Scalekit: each user bag gets the pairs the other leaves, and stored keys have no Remove. */
export const Scalekit: Story = {
  parameters: {
    teamkit: { capabilities: scalekitCapabilities, limits: scalekitLimits } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    const userMetadata = await canvas.findByRole('region', { name: 'User metadata' });
    await expect(await within(userMetadata).findByText('0 of 18 pairs')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Remove quota' })).toBeNull();
  },
};

/** Auth0: no membership metadata (a note says so), and the user bags count on their own. */
export const Auth0: Story = {
  parameters: {
    teamkit: { capabilities: auth0Capabilities, limits: auth0Limits } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This backend keeps no metadata on memberships.')).toBeVisible();
  },
};
