import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useMemo, useState } from 'react';
import { expect, fn, screen, waitFor as waitForOnce, within } from 'storybook/test';
import { type StoryAdapter, type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import type { MembersPage } from '../src/core/adapter.ts';
import { auth0Capabilities, scalekitCapabilities } from '../src/core/capabilities.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { useTeamkit } from '../src/react/use-teamkit.ts';

/**
 * Every state of the members table, each reached by a play function that acts as a person would
 * (the a11y addon then checks the state reached, menus and dialogs open). The backend is the
 * story's memory adapter: seeded fixtures make the guards real, faults make failures real.
 */
const meta = {
  title: 'Components/MembersTable/States',
  component: MembersTable,
  args: { onOpenMember: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MembersTable>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** waitFor with room for typing, the 250 ms search pause and a fetch on a busy machine (default: 1 s). */
function waitFor<T>(check: () => T | Promise<T>): Promise<T> {
  return waitForOnce(check, { timeout: 5000 });
}

/** The member rows the virtualizer rendered. */
function memberRows(canvasElement: HTMLElement): HTMLElement[] {
  return Array.from(canvasElement.querySelectorAll<HTMLElement>('tr[data-part="member-row"]'));
}

/** Searches until one row is left, and returns it. */
async function showOnly({ canvas, canvasElement, userEvent }: Context, search: string): Promise<HTMLElement> {
  await canvas.findAllByRole('rowheader');
  await userEvent.type(canvas.getByRole('searchbox'), search);
  await waitFor(() => expect(memberRows(canvasElement)).toHaveLength(1));
  return memberRows(canvasElement)[0] as HTMLElement;
}

/** Opens a row's actions menu. */
async function openActions({ userEvent }: Context, row: HTMLElement): Promise<HTMLElement> {
  const trigger = row.querySelector<HTMLElement>('[data-part="menu-trigger"]');
  if (!trigger) throw new Error('This row has no actions');
  await userEvent.click(trigger);
  return within(row).findByRole('menu');
}

/** Chooses a menu item by its `data-action` (the same in every locale). */
function menuItem(menu: HTMLElement, action: string): HTMLElement {
  const item = menu.querySelector<HTMLElement>(`[data-action="${action}"]`);
  if (!item) throw new Error(`No ${action} item`);
  return item;
}

/** First page never arrives: skeleton rows under the toolbar. */
export const Loading: Story = {
  parameters: { teamkit: { latency: 600_000 } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[data-part="skeleton-row"]').length).toBeGreaterThan(0),
    );
    await expect(canvasElement.querySelector('[data-part="members-table"]')).toHaveAttribute(
      'data-view',
      'loading',
    );
  },
};

/** The provider's adapter, except that the members list comes back empty (a brand-new organization). */
function WithNoMembers({ children }: { children: ReactNode }) {
  const outer = useTeamkit();
  const adapter = useMemo(
    () =>
      new Proxy(outer.adapter, {
        get(target, property, receiver) {
          if (property === 'listMembers') {
            return async (): Promise<MembersPage> => ({ members: [], nextCursor: null, totalCount: 0 });
          }
          return Reflect.get(target, property, receiver);
        },
      }),
    [outer.adapter],
  );
  return (
    <TeamkitProvider
      adapter={adapter}
      organizationId={outer.organizationId}
      messages={outer.messages}
      locale={outer.locale}
    >
      {children}
    </TeamkitProvider>
  );
}

/** No members yet: the host's invite action takes the table's place. */
export const Empty: Story = {
  args: {
    emptyAction: (
      <button type="button" data-part="button" data-variant="primary">
        Invite your first teammate
      </button>
    ),
  },
  render: (args) => (
    <WithNoMembers>
      <MembersTable {...args} />
    </WithNoMembers>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No members yet')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Invite your first teammate' })).toBeVisible();
  },
};

/** A search that matches nobody: say so, and offer to clear it. */
export const NoResults: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findAllByRole('rowheader');
    await userEvent.type(canvas.getByRole('searchbox'), 'nobody-by-this-name');
    await expect(await canvas.findByText('No members match')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  },
};

const failedOnce = new WeakSet<StoryAdapter>();

/** Arms one failure of the list before the table asks for it (once per story render). */
function FailFirstList({ adapter, children }: { adapter: StoryAdapter; children: ReactNode }) {
  useState(() => {
    if (!failedOnce.has(adapter)) {
      failedOnce.add(adapter);
      adapter.faults.failMethod('listMembers', 'unavailable', { times: 1 });
    }
  });
  return <>{children}</>;
}

/** The list failed to load: the reason and a retry; the retry succeeds. */
export const ErrorWithRetry: Story = {
  render: (args, context) => (
    <FailFirstList adapter={teamkitOf(context).adapter}>
      <MembersTable {...args} />
    </FailFirstList>
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(await canvas.findByText('The members could not be loaded.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(memberRows(canvasElement).length).toBeGreaterThan(0));
  },
};

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

/**
 * Over a Scalekit-like backend: search matches email, user ID and external ID from 3 characters, and
 * nothing can be sorted or filtered on the server, so the table offers no sort buttons or filters and
 * says why a 2-letter search is not sent.
 */
export const OverScalekitCapabilities: Story = {
  parameters: { teamkit: { capabilities: scalekitCapabilities } satisfies TeamkitStoryOptions },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('combobox')).toBeNull();
    await expect(canvasElement.querySelector('[data-part="sort-button"]')).toBeNull();
    const search = canvas.getByRole('searchbox');
    await expect(search).toHaveAttribute('placeholder', 'Email, user ID or external ID');
    await userEvent.type(search, 'jo');
    await expect(await canvas.findByText('Type at least 3 characters to search.')).toBeVisible();
  },
};

/**
 * Over an Auth0-like backend: no search and no total, so there is no search box and the count reads
 * "50+ members" (what is loaded, and more to come) instead of a number that may be wrong.
 */
export const OverAuth0Capabilities: Story = {
  parameters: {
    teamkit: { capabilities: auth0Capabilities, memberCount: 120 } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('searchbox')).toBeNull();
    await expect(canvas.getByText('50+ members')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Load more' })).toBeVisible();
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

/** A member whose email hides a right-to-left override: the code shows where it sits. */
export const DisguisedEmail: Story = {
  parameters: {
    teamkit: {
      prepare: (data) => {
        const jonas = data.users[memoryIds.member];
        if (jonas) jonas.email = 'jonas@\u202Emoc.elpmaxe';
      },
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('jonas@⟨U+202E⟩moc.elpmaxe', {}, { timeout: 5000 })).toBeVisible();
  },
};
