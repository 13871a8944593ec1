import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { InviteMemberDialog } from '../src/components/InviteMemberDialog/InviteMemberDialog.tsx';

/**
 * The invite dialog as a host uses it: its own trigger, your trigger, or a button elsewhere that
 * controls it. The states (open, bulk, failures, progress, RTL …) are in "InviteMemberDialog/States".
 */
const meta = {
  title: 'Components/InviteMemberDialog',
  component: InviteMemberDialog,
  args: { onInvited: fn(), onOpenChange: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof InviteMemberDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed, with the kit's own "Invite teammate" button. */
export const ClosedWithTrigger: Story = {};

/** Your own element as the trigger (Radix `asChild`): it keeps its look, gains the dialog wiring. */
export const CustomTrigger: Story = {
  args: {
    trigger: (
      <button type="button" style={{ padding: '0.5rem 1rem' }}>
        + Add people
      </button>
    ),
  },
};

/** A button elsewhere on the host page opens it through `open` / `onOpenChange`; focus returns there on close. */
export const OpenedByHostButton: Story = {
  render: function HostPage(args) {
    const [open, setOpen] = useState(false);
    return (
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
        <h2 style={{ margin: 0 }}>Team</h2>
        <button type="button" onClick={() => setOpen(true)}>
          Add people
        </button>
        <InviteMemberDialog
          {...args}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            args.onOpenChange?.(next);
          }}
        />
      </div>
    );
  },
};

/** Compound parts for a custom layout: Root holds the state, Trigger and Content go where you want. */
export const CompoundParts: Story = {
  render: (args) => (
    <InviteMemberDialog.Root onInvited={args.onInvited}>
      <p>
        Need a hand? <InviteMemberDialog.Trigger />
      </p>
      <InviteMemberDialog.Content />
    </InviteMemberDialog.Root>
  ),
};
