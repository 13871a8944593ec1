import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, within } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import { menuItem, openActions, showOnly, waitFor } from './members-table-play.ts';

/**
 * Every state of the members table's row actions, each reached by a play function that acts as a person
 * would (the a11y addon then checks the state reached, menus and dialogs open). The backend is the
 * story's memory adapter: seeded fixtures make the guards real, faults make failures real.
 */
const meta = {
  title: 'Components/MembersTable/Row actions',
  component: MembersTable,
  args: { onOpenMember: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MembersTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The only admin's own row: removing and demoting are shown disabled, with the reason. */
export const LastAdminGuard: Story = {
  play: async (context) => {
    const menu = await openActions(context, await showOnly(context, 'maya'));
    await expect(menuItem(menu, 'remove')).toHaveAttribute('aria-disabled', 'true');
    await expect(within(menu).getByText('The last admin cannot be removed')).toBeVisible();
    await expect(within(menu).getByText('The last admin cannot be demoted')).toBeVisible();
  },
};

/** A member the SCIM directory manages: no role change or removal here, and the menu says why. */
export const ScimManagedMember: Story = {
  play: async (context) => {
    const menu = await openActions(context, await showOnly(context, 'aaliyah'));
    await expect(menuItem(menu, 'remove')).toHaveAccessibleDescription('Managed by your SCIM directory');
    await expect(menuItem(menu, 'change-role')).toHaveAccessibleDescription('Managed by your SCIM directory');
  },
};

/** Just resent: the row counts down to when the invitation can be sent again. */
export const ResendCooldown: Story = {
  play: async (context) => {
    const row = await showOnly(context, 'priya');
    await context.userEvent.click(menuItem(await openActions(context, row), 'resend'));
    await waitFor(() =>
      expect(within(row).getByRole('timer')).toHaveTextContent(/Resend available in [01]:\d\d/),
    );
    const { adapter } = teamkitOf(context);
    const calls = adapter.calls.filter((call) => call.method === 'resendInvitation');
    // Resent by the invitation's own ID, not the user's.
    const pending = adapter.snapshot().memberships.find((m) => m.userId === memoryIds.pendingInvite);
    await expect(calls.map((call) => call.args[1])).toEqual([pending?.invitationId]);
  },
};

/** Remove asks first: the confirmation is open (focus on Cancel, so Enter never removes by accident). */
export const RemoveConfirmOpen: Story = {
  play: async (context) => {
    const row = await showOnly(context, 'Jonas');
    await context.userEvent.click(menuItem(await openActions(context, row), 'remove'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Jonas Müller?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  },
};

/** A backend whose members hold exactly one role each: the role menu is a single choice. */
const singleRole = { memberships: { multipleRoles: false } };

/** A role changed from the menu: the row shows it at once (optimistic), the backend confirms. */
export const RoleChange: Story = {
  parameters: { teamkit: { capabilities: singleRole } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const row = await showOnly(context, 'Jonas');
    const menu = await openActions(context, row);
    await context.userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Admin' }));
    await waitFor(() => expect(within(row).getByText('Admin')).toBeVisible());
    const update = teamkitOf(context).adapter.calls.find((call) => call.method === 'updateMembership');
    await expect(update?.args[2]).toEqual({ roles: ['admin'] });
  },
};

/** The menu open in the dark theme (contrast of items, reasons and the danger item). */
export const DarkMenuOpen: Story = {
  globals: { theme: 'dark' },
  play: async (context) => {
    await openActions(context, await showOnly(context, 'maya'));
  },
};

/** Arabic, right to left, with a menu open: it lines up with the button's left edge. */
export const RightToLeftMenuOpen: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const row = await showOnly(context, 'Jonas');
    const menu = await openActions(context, row);
    await expect(context.canvasElement.querySelector('[data-part="members-table"]')).toHaveAttribute(
      'dir',
      'rtl',
    );
    await expect(within(menu).getByText('تغيير الأدوار')).toBeVisible();
  },
};

const twoRolesName = 'Maximiliana Wilhelmina Theodora von Hohenzollern-Sigmaringen-Brandenburg';

/**
 * A member holding Member and Billing manager, where the backend allows several roles: both are
 * checked, and adding Admin asks first, saying what it adds and keeps.
 */
export const MultipleRolesConfirm: Story = {
  play: async (context) => {
    const row = await showOnly(context, 'maximiliana');
    const menu = await openActions(context, row);
    await expect(within(menu).getByRole('menuitemcheckbox', { name: 'Member' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(within(menu).getByRole('menuitemcheckbox', { name: 'Billing manager' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await context.userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Admin' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Change the roles of ${twoRolesName}?` });
    await expect(dialog).toHaveAccessibleDescription('Add Admin. Keeps Member and Billing manager.');
  },
};

/**
 * The same member where the backend allows one role: both held roles show checked, and picking one
 * says what it drops before it happens.
 */
export const SingleRoleChoiceConfirm: Story = {
  parameters: { teamkit: { capabilities: singleRole } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const row = await showOnly(context, 'maximiliana');
    const menu = await openActions(context, row);
    await context.userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Admin' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Change the roles of ${twoRolesName}?` });
    await expect(dialog).toHaveAccessibleDescription('Add Admin. Remove Member and Billing manager.');
  },
};

/** A role change the backend could not take (the network failed): the reason on screen, and a retry. */
export const FailedRoleChange: Story = {
  parameters: { teamkit: { capabilities: singleRole } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const row = await showOnly(context, 'Jonas');
    teamkitOf(context).adapter.faults.failMethod('updateMembership', 'network', { times: 1 });
    await context.userEvent.click(
      within(await openActions(context, row)).getByRole('menuitemradio', { name: 'Admin' }),
    );
    const notice = await waitFor(() => {
      const found = context.canvasElement.querySelector<HTMLElement>('[data-part="action-failure"]');
      if (!found) throw new Error('No failure notice yet');
      return found;
    });
    await expect(notice).toHaveTextContent(/The role of Jonas Müller was not changed/);
    await expect(within(notice).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/**
 * Another admin changed Jonas's role after the table was loaded: the stale change is refused, the notice
 * names the role he holds now, the row shows it, and no retry is offered (it would meet the same answer).
 */
export const RoleChangedElsewhere: Story = {
  parameters: { teamkit: { capabilities: singleRole } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const row = await showOnly(context, 'Jonas');
    await teamkitOf(context).adapter.updateMembership(memoryIds.organization, memoryIds.member, {
      roles: ['billing_manager'],
    });
    await context.userEvent.click(
      within(await openActions(context, row)).getByRole('menuitemradio', { name: 'Admin' }),
    );
    const notice = await waitFor(() => {
      const found = context.canvasElement.querySelector<HTMLElement>('[data-part="action-failure"]');
      if (!found) throw new Error('No failure notice yet');
      return found;
    });
    await expect(notice).toHaveTextContent(
      'The role of Jonas Müller was not changed: someone else changed it first. Jonas Müller now has Billing manager.',
    );
    await expect(within(notice).queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** A removal refused for lack of permission: the reason on screen, and no retry (it would only fail again). */
export const FailedRemovalNotRetryable: Story = {
  play: async (context) => {
    const row = await showOnly(context, 'Jonas');
    teamkitOf(context).adapter.faults.failMethod('removeMember', 'permission_denied', { times: 1 });
    await context.userEvent.click(menuItem(await openActions(context, row), 'remove'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Jonas Müller?' });
    await context.userEvent.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    const notice = await waitFor(() => {
      const found = context.canvasElement.querySelector<HTMLElement>('[data-part="action-failure"]');
      if (!found) throw new Error('No failure notice yet');
      return found;
    });
    await expect(notice).toHaveTextContent(/Jonas Müller was not removed/);
    await expect(within(notice).queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(within(notice).getByRole('button', { name: 'Dismiss' })).toBeVisible();
  },
};

/** Admins removing themselves (another admin exists) are asked in words of their own. */
export const RemoveSelfConfirm: Story = {
  parameters: {
    teamkit: {
      prepare: (data) => {
        const jonas = data.memberships.find((membership) => membership.userId === memoryIds.member);
        if (jonas) jonas.roles = ['admin'];
      },
    } satisfies TeamkitStoryOptions,
  },
  play: async (context) => {
    const row = await showOnly(context, 'maya');
    await context.userEvent.click(menuItem(await openActions(context, row), 'remove'));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Remove yourself from this organization?',
    });
    await expect(within(dialog).getByRole('button', { name: 'Remove myself' })).toBeVisible();
  },
};
