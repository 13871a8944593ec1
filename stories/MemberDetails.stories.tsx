import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { MemberDetails } from '../src/components/MemberDetails/MemberDetails.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';

/**
 * One member, for an admin: membership, external ID, user and admin metadata kept apart, membership
 * metadata, identity-provider attributes, the profile in admin mode and the raw record. A plain
 * region: the host decides where it sits. States with play functions are in "MemberDetails/States".
 */
const meta = {
  title: 'Components/MemberDetails',
  component: MemberDetails,
  args: { userId: memoryIds.member },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MemberDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A plain member with an external ID and metadata in every bag. */
export const Member: Story = {};

/** A member who signs in through Okta: the provider's attributes, read-only, under its name. */
export const IdentityProviderUser: Story = { args: { userId: memoryIds.idpUser } };

/** With a close button, as a drawer or side panel would show it. */
export const WithClose: Story = { args: { onClose: fn() } };

/** A member looking at their own details: their user metadata is theirs to change, the rest is text. */
export const OwnDetails: Story = {
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
};

/** Opened from a MembersTable row (`onOpenMember`), beside the table. */
export const FromMembersTable: Story = {
  parameters: { teamkit: { memberCount: 12 } satisfies TeamkitStoryOptions },
  render: function TableWithDetails() {
    const [open, setOpen] = useState<string | null>(memoryIds.member);
    return (
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: '1.5rem' }}>
        <MembersTable onOpenMember={(member) => setOpen(member.userId)} />
        {open ? <MemberDetails key={open} userId={open} onClose={() => setOpen(null)} /> : null}
      </div>
    );
  },
};
