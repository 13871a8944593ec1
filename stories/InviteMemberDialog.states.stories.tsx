import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { InviteMemberDialog } from '../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';

/**
 * Every state of the invite dialog, each reached by a play function that opens it and acts as a person
 * would (the a11y addon then checks the open dialog). The backend is the story's memory adapter: seeded
 * members make "already a member" real, faults make failures real.
 */
const meta = {
  title: 'Components/InviteMemberDialog/States',
  component: InviteMemberDialog,
  args: { onInvited: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof InviteMemberDialog>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

const member = 'jonas.muller@acme.example';
const pending = 'priya.sharma@acme.example';

/** Opens the dialog with its trigger (the only button on the canvas) and waits for it. */
async function openDialog({ canvas, userEvent }: Context) {
  const trigger = await canvas.findByRole('button');
  // Disabled until the viewer's permission to invite is known.
  await waitFor(() => expect(trigger).not.toHaveAttribute('aria-disabled'));
  await userEvent.click(trigger);
  return screen.findByRole('dialog');
}

/** The address input: the dialog's first text box, whatever the locale. */
function addressInput(dialog: HTMLElement): HTMLElement {
  return within(dialog).getAllByRole('textbox')[0] as HTMLElement;
}

/** Pastes a list into the address input, as a clipboard paste (new lines kept). */
async function pasteAddresses(context: Context, dialog: HTMLElement, text: string) {
  await context.userEvent.click(addressInput(dialog));
  await context.userEvent.paste(text);
}

/** Open, nothing typed: focus is in the address input. */
export const OpenEmpty: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await waitFor(() => expect(addressInput(dialog)).toHaveFocus());
  },
};

/** One address: the name fields appear (they describe one person), and an admin sees the external ID. */
export const OneAddressWithNames: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    const { userEvent } = context;
    await userEvent.type(addressInput(dialog), 'Grace.Hopper@Navy.example');
    const view = within(dialog);
    await userEvent.type(view.getByRole('textbox', { name: 'First name' }), 'Grace');
    await userEvent.type(view.getByRole('textbox', { name: 'Last name' }), 'Hopper');
    await userEvent.type(view.getByRole('textbox', { name: 'Display name' }), 'Amazing Grace');
    await expect(view.getByRole('button', { name: 'Send invitation' })).toBeVisible();
  },
};

/** A pasted list: every address is a chip validated on its own; invalid ones say why. */
export const ManyAddressesSomeInvalid: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await pasteAddresses(
      context,
      dialog,
      'ada@example.com, grace@example, alan turing@example.com\nkatherine@example.com;@example.org\tmargaret@example.com',
    );
    const chips = within(within(dialog).getByRole('list', { name: 'Addresses to invite' }));
    await expect(chips.getAllByRole('listitem')).toHaveLength(7);
    await expect(chips.getAllByText(/Not valid/)).toHaveLength(3);
  },
};

/** A spreadsheet column with its header row, pasted: the header is skipped, the names are kept. */
export const PastedSpreadsheetColumn: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await pasteAddresses(
      context,
      dialog,
      'Name\tEmail\nAda Lovelace\tada@example.com\nGrace Hopper\tgrace@example.com',
    );
    await expect(within(dialog).getByText('Ada Lovelace')).toBeVisible();
  },
};

/** Duplicates are skipped with a note; existing members and pending invitations are flagged before sending. */
export const DuplicatesAndExistingMembers: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await pasteAddresses(
      context,
      dialog,
      `ada@example.com, ${member}, ${pending}, ADA@example.com, ada@EXAMPLE.com`,
    );
    const view = within(dialog);
    await expect(await view.findByText('Already a member')).toBeVisible();
    await expect(await view.findByText('Invitation pending')).toBeVisible();
    await expect(view.getByText(/Skipped 2 addresses listed twice/)).toBeVisible();
    await expect(view.getByRole('button', { name: 'Send invitation' })).toBeVisible();
  },
};

/** Sending ten addresses four at a time over a slow backend: "Sending 3 of 10" in a live region. */
export const SendingProgress: Story = {
  parameters: { teamkit: { latency: 1200 } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const dialog = await openDialog(context);
    const addresses = Array.from({ length: 10 }, (_, index) => `new.person${index + 1}@example.com`);
    await pasteAddresses(context, dialog, addresses.join('\n'));
    await context.userEvent.click(within(dialog).getByRole('button', { name: 'Send 10 invitations' }));
    await expect(await within(dialog).findByText(/Sending \d+ of 10/)).toBeVisible();
  },
};

/** A bulk send where some invitations fail (the backend is unavailable twice): each address's outcome. */
export const BulkResultsWithPartialFailures: Story = {
  play: async (context) => {
    const { adapter } = teamkitOf(context);
    const dialog = await openDialog(context);
    await pasteAddresses(
      context,
      dialog,
      `ada@example.com grace@example.com ${member} not-an-address katherine@example.com margaret@example.com`,
    );
    await within(dialog).findByText('Already a member');
    adapter.faults.failMethod('inviteMember', 'unavailable', { times: 2 });
    await context.userEvent.click(within(dialog).getByRole('button', { name: 'Send 4 invitations' }));
    await expect(await within(dialog).findByRole('button', { name: 'Retry 2 failed' })).toBeVisible();
  },
};

/** Every invitation failed (no connection): nothing typed is lost, and "Retry failed" resends them all. */
export const AllFailed: Story = {
  play: async (context) => {
    const { adapter } = teamkitOf(context);
    const dialog = await openDialog(context);
    await pasteAddresses(context, dialog, 'ada@example.com grace@example.com katherine@example.com');
    adapter.faults.failMethod('inviteMember', 'network', { times: 3 });
    await context.userEvent.click(within(dialog).getByRole('button', { name: 'Send 3 invitations' }));
    await expect(await within(dialog).findByRole('button', { name: 'Retry 3 failed' })).toBeVisible();
  },
};

/** After all failed, "Retry failed" resends only those, with their original idempotency keys. */
export const RetryFailed: Story = {
  play: async (context) => {
    await AllFailed.play?.(context);
    const { adapter } = teamkitOf(context);
    const dialog = screen.getByRole('dialog');
    await context.userEvent.click(within(dialog).getByRole('button', { name: 'Retry 3 failed' }));
    await within(dialog).findByText('3 invited');
    const invites = adapter.calls.filter((call) => call.method === 'inviteMember');
    const keys = invites.map((call) => (call.args[1] as { idempotencyKey: string }).idempotencyKey);
    await expect(keys.slice(3)).toEqual(keys.slice(0, 3));
  },
};

/** An admin inviting with an external ID and metadata (checked against the backend's limits as typed). */
export const AdminSection: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    const { userEvent } = context;
    const view = within(dialog);
    await userEvent.type(addressInput(dialog), 'john.doe@company.example');
    await userEvent.type(view.getByRole('textbox', { name: 'External ID' }), 'SALESFORCE-003921');
    await userEvent.click(view.getByRole('button', { name: 'Add pair' }));
    await userEvent.type(view.getByRole('textbox', { name: 'Key, row 1' }), 'department');
    await userEvent.type(view.getByRole('textbox', { name: 'Value of department' }), 'Sales');
    await userEvent.click(view.getByRole('button', { name: 'Add pair' }));
    await userEvent.type(view.getByRole('textbox', { name: 'Key, row 2' }), 'id');
    await userEvent.tab();
    await expect(await view.findByText(/at least 3 characters for the key/)).toBeVisible();
  },
};

/**
 * Opened from the members table's toolbar, with three addresses typed: the dialog and its overlay stack
 * above the table's sticky header (`--tk-z-overlay`), which the overlay dims like the rest of the page.
 */
export const OverMembersTable: Story = {
  render: (args) => <MembersTable toolbarActions={<InviteMemberDialog {...args} />} />,
  play: async (context) => {
    const trigger = await context.canvas.findByRole('button', { name: /Invite teammate|دعوة زميل/ });
    await waitFor(() => expect(trigger).not.toHaveAttribute('aria-disabled'));
    await context.userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog');
    await context.userEvent.type(addressInput(dialog), 'ada@example.com grace@example.com alan@example.com ');
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(3));
  },
};

/** A refusal among the failures: "Retry failed" resends only the network failure, never `permission_denied`. */
export const RefusalIsNotRetried: Story = {
  play: async (context) => {
    const { adapter } = teamkitOf(context);
    const dialog = await openDialog(context);
    await pasteAddresses(context, dialog, 'ada@example.com grace@example.com alan@example.com');
    adapter.faults.failMethod('inviteMember', 'permission_denied', { times: 1 });
    adapter.faults.failMethod('inviteMember', 'network', { times: 1 });
    const send = within(dialog)
      .getAllByRole('button')
      .find((button) => button.getAttribute('data-action') === 'send');
    if (send) await context.userEvent.click(send);
    await waitFor(() =>
      expect(dialog.querySelector('[data-action="retry-failed"]')).toHaveTextContent(/Retry failed|إعادة/),
    );
  },
};

/** A plain member may not invite: the trigger is disabled, with the reason beside it (`whenNotPermitted="disable"`). */
export const NotPermittedToInvite: Story = {
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
  play: async ({ canvas }) => {
    const trigger = await canvas.findByRole('button');
    // Any language: the reason beside it is its description.
    await waitFor(() => expect(trigger).toHaveAccessibleDescription());
    await expect(trigger).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The same member, with the host's choice to leave the trigger out (`whenNotPermitted="hide"`). */
export const NotPermittedHidden: Story = {
  args: { whenNotPermitted: 'hide' },
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
  play: async (context) => {
    // Once the viewer is known, not only while it is being checked.
    const { adapter, queryClient } = teamkitOf(context);
    await waitFor(() => expect(adapter.calls.some((c) => c.method === 'getViewer')).toBe(true));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await expect(context.canvas.queryByRole('button')).toBeNull();
  },
};

/** Dark and right to left: the disabled trigger and its reason. */
export const NotPermittedDarkRightToLeft: Story = {
  globals: { theme: 'dark', locale: 'ar' },
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
  play: NotPermittedToInvite.play,
};

/** The dark theme, with chips of every kind. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async (context) => {
    const dialog = await openDialog(context);
    await pasteAddresses(context, dialog, `ada@example.com, not-an-address, ${member}, ${pending}`);
    await within(dialog).findByText('Invitation pending');
  },
};

/** Arabic, right to left: chips, the close button and the footer mirror; addresses stay left to right. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const dialog = await openDialog(context);
    await pasteAddresses(context, dialog, `ada@example.com, not-an-address, ${member}`);
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await within(dialog).findByText('عضو بالفعل');
  },
};

/** Arabic results after a partial failure. */
export const RightToLeftResults: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const { adapter } = teamkitOf(context);
    const dialog = await openDialog(context);
    await pasteAddresses(context, dialog, 'ada@example.com grace@example.com not-an-address');
    adapter.faults.failMethod('inviteMember', 'network', { times: 1 });
    const buttons = within(dialog).getAllByRole('button');
    const send = buttons.find((button) => button.getAttribute('data-action') === 'send');
    if (send) await context.userEvent.click(send);
    await within(dialog).findByText(/تعذر الإرسال/);
  },
};
