import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { expect, screen, waitFor, within } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { InviteMemberDialog } from '../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import type { MutationHooks } from '../src/core/mutation-hooks.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { useTeamkit } from '../src/react/use-teamkit.ts';
import { useHostConfirm } from './host-confirm.tsx';

/**
 * The host's own code around the kit's changes (`hooks` on TeamkitProvider), one state per story: a
 * `before` hook that cancels with the host's words, one that asks the person in the host's own dialog,
 * one that throws. Each story re-provides the story's adapter, locale and catalogue with the hooks.
 */
const meta = {
  title: 'Guides/Host hooks/States',
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** The story's provider again, with the host's hooks. */
function WithHooks({ hooks, children }: { hooks: MutationHooks; children: ReactNode }) {
  const outer = useTeamkit();
  return (
    <TeamkitProvider
      adapter={outer.adapter}
      organizationId={outer.organizationId}
      messages={outer.messages}
      locale={outer.locale}
      queryClient={useQueryClient()}
      hooks={hooks}
    >
      {children}
    </TeamkitProvider>
  );
}

/** Opens the invite dialog, types one address and sends it. */
async function inviteOne({ canvas, userEvent }: Context, email: string) {
  const trigger = await canvas.findByRole('button');
  await waitFor(() => expect(trigger).not.toHaveAttribute('aria-disabled'));
  await userEvent.click(trigger);
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getAllByRole('textbox')[0] as HTMLElement, email);
  await userEvent.click(within(dialog).getByRole('button', { name: /Send/ }));
  return dialog;
}

const pausedInvites: MutationHooks = {
  inviteMember: { before: () => ({ cancel: 'Invitations are paused until the audit ends on Monday.' }) },
};

/** A `before` hook cancels the invitation: the dialog stays open with the host's words, nothing sent. */
export const InviteCancelledByHost: Story = {
  render: () => (
    <WithHooks hooks={pausedInvites}>
      <InviteMemberDialog />
    </WithHooks>
  ),
  play: async (context) => {
    const dialog = await inviteOne(context, 'grace@example.com');
    await waitFor(() =>
      expect(dialog).toHaveTextContent('Invitations are paused until the audit ends on Monday.'),
    );
    await expect(screen.getByRole('dialog')).toBe(dialog);
  },
};

/** The host's page: its confirmation dialog, asked by the `before` hook of every invitation. */
function HostConfirmsInvites() {
  const confirm = useHostConfirm('Yes, invite');
  const hooks: MutationHooks = {
    inviteMember: {
      before: async ([, input]) =>
        (await confirm.ask(`Invite ${input.email} to Acme? They will see every project.`))
          ? undefined
          : { cancel: 'You chose not to invite them. Nothing was sent.' },
    },
  };
  return (
    <WithHooks hooks={hooks}>
      <InviteMemberDialog />
      {confirm.dialog}
    </WithHooks>
  );
}

/** The `before` hook asks the person in the host's own dialog; the kit waits for the answer. */
export const HostAsksForConfirmation: Story = {
  render: () => <HostConfirmsInvites />,
  play: async (context) => {
    await inviteOne(context, 'ada@example.com');
    const ask = await screen.findByRole('alertdialog', { name: /Invite ada@example.com/ });
    await waitFor(() => expect(within(ask).getByRole('button', { name: 'Yes, invite' })).toBeVisible());
  },
};

const frozenProfiles: MutationHooks = {
  updateUser: {
    before: () => ({ cancel: 'Profiles are frozen during the yearly review; try again tomorrow.' }),
  },
};

/** A profile save cancelled by the host: everything typed stays, with the host's words under Save. */
export const ProfileSaveCancelled: Story = {
  render: () => (
    <WithHooks hooks={frozenProfiles}>
      <ProfileEditor />
    </WithHooks>
  ),
  play: async ({ canvasElement, userEvent }) => {
    const control = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLInputElement>('[data-key="givenName"] input');
      if (!found) throw new Error('The editor has not loaded yet');
      return found;
    });
    await userEvent.clear(control);
    await userEvent.type(control, 'Grace');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-part="error-notice"]')).toHaveTextContent(
        'Profiles are frozen during the yearly review',
      ),
    );
    await expect(control).toHaveValue('Grace');
  },
};

const brokenCheck: MutationHooks = {
  removeMember: {
    before: () => {
      throw new Error('The host’s policy service did not answer');
    },
  },
};

/** A `before` hook that throws: the removal is cancelled, the row comes back, with the kit's own words. */
export const HookThatThrows: Story = {
  render: () => (
    <WithHooks hooks={brokenCheck}>
      <MembersTable />
    </WithHooks>
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search members' }), 'Jonas');
    await waitFor(() => expect(canvas.getAllByRole('rowheader')).toHaveLength(1));
    await userEvent.click(await canvas.findByRole('button', { name: 'Actions for Jonas Müller' }));
    await userEvent.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Remove member' }),
    );
    const confirm = await screen.findByRole('alertdialog');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove member' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-part="action-failure-message"]')).toHaveTextContent(
        'Nothing was sent: this app stopped the change.',
      ),
    );
    await expect(canvas.getByRole('rowheader', { name: /Jonas Müller/ })).toBeVisible();
  },
};
