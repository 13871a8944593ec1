import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { InviteMemberDialog } from '../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';

/**
 * The members table as a host uses it: the team page of a settings area, with the host's invite
 * button in the toolbar. The states (loading, empty, errors) are in "MembersTable/States", those of
 * the row actions (guards, confirmations, failures …) in "MembersTable/Row actions".
 */
const meta = {
  title: 'Components/MembersTable',
  component: MembersTable,
  args: {
    onOpenMember: fn(),
    toolbarActions: <InviteMemberDialog />,
    emptyAction: <InviteMemberDialog />,
  },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MembersTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fifty members of every status and provisioning method, the admin signed in. */
export const Default: Story = {};

/** Ten thousand members: rows are virtualized and pages load as you scroll (or with "Load more"). */
export const TenThousandMembers: Story = {
  parameters: { teamkit: { memberCount: 10_000 } satisfies TeamkitStoryOptions },
};

/** A plain member signed in: the same list, no actions column, no invite button from the host. */
export const ViewerWithoutAdminRights: Story = {
  args: { toolbarActions: undefined },
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
};

/** The host chose its columns, external ID included. */
export const WithExternalIdColumn: Story = {
  args: { columns: ['member', 'externalId', 'roles', 'status', 'actions'] },
};

/** Some latency, to see the skeleton, the busy rows and the optimistic updates. */
export const SlowBackend: Story = {
  parameters: { teamkit: { latency: { min: 300, max: 900 } } satisfies TeamkitStoryOptions },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Arabic, right to left: columns, menus and badges mirror; dates and counts in Arabic. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
};
