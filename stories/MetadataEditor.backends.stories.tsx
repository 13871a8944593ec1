import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { auth0Capabilities, scalekitCapabilities } from '../src/core/capabilities.ts';
import { auth0Limits, scalekitLimits } from '../src/core/limits.ts';
import { MetadataHost } from './metadata-story-hosts.tsx';

/**
 * The metadata editor over the capability sets of real backends, on the memory adapter configured like
 * each: Scalekit cannot delete a stored key and stores strings only; Auth0 deletes keys, stores any
 * JSON, refuses `.` and `$` in keys and bounds a user bag by size, not by pairs.
 */
const meta = {
  title: 'Components/MetadataEditor/Backends',
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

const scalekitLike = {
  capabilities: scalekitCapabilities,
  limits: scalekitLimits,
} satisfies TeamkitStoryOptions;
const auth0Like = { capabilities: auth0Capabilities, limits: auth0Limits } satisfies TeamkitStoryOptions;

/** Scalekit: stored keys stay (no Remove, a note says why); values change, and new pairs can be added. */
export const ScalekitUserMetadata: Story = {
  parameters: { teamkit: scalekitLike },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText(/cannot delete keys/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Remove territory' })).toBeNull();
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Value of territory' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Value of territory' }), 'EMEA');
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Key, row 4' }), 'quota');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Value of quota' }), '150000');
    // A pair added now can still go: it is not stored yet.
    await expect(canvas.getByRole('button', { name: 'Remove quota' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(args.onSave).toHaveBeenCalledWith({ territory: 'EMEA', quota: '150000' });
  },
};

/** Scalekit organizations: 10 pairs, and still no deletion. */
export const ScalekitOrganizationMetadata: Story = {
  parameters: { teamkit: scalekitLike },
  args: {
    scope: 'organization',
    initial: { plan_type: 'enterprise', billing_customer_id: 'stripe_cus_abc123' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('2 of 10 pairs')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Remove/ })).toBeNull();
  },
};

/** Auth0: JSON values shown as stored and never edited; string keys can be removed; 100 pairs is the kit's cap. */
export const Auth0UserMetadata: Story = {
  parameters: { teamkit: auth0Like },
  args: {
    initial: { nickname: 'kj', preferences: { theme: 'dark', beta: ['search', 'ai'] }, quota: 150000 },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('3 of 100 pairs')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Remove nickname' })).toBeVisible();
    await expect(canvas.queryByText(/cannot delete keys/)).toBeNull();
    await expect(canvas.getAllByRole('textbox', { name: /^Value/ })).toHaveLength(1);
  },
};

/** Auth0 refuses `.` and `$` in keys: the character is named as it is typed, and nothing is sent. */
export const Auth0ForbiddenKeyCharacter: Story = {
  parameters: { teamkit: auth0Like },
  args: { scope: 'organization', initial: { plan_type: 'enterprise' } },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText('1 of 25 pairs')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Key, row 2' }), 'preference.color');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Value of preference.color' }), 'pink');
    await expect(canvas.getByRole('textbox', { name: 'Key, row 2' })).toHaveAccessibleDescription(
      'Keys cannot contain “.”. Use another character, such as “_”.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(args.onSave).not.toHaveBeenCalled();
  },
};

/** A bag over its byte limit (here 40 bytes, to show it; Auth0's is 16 MiB): one message on the editor. */
export const OverTheByteLimit: Story = {
  parameters: { teamkit: auth0Like },
  args: {
    initial: { note: 'A note' },
    limits: { ...auth0Limits.userMetadata, maxBytes: 40 },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Value of note' }),
      ' that has grown far too long',
    );
    await expect(await canvas.findByText(/may take at most 40 bytes/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(args.onSave).not.toHaveBeenCalled();
  },
};
