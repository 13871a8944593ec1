import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { TeamkitError } from '../src/core/errors.ts';
import type { Metadata } from '../src/core/json.ts';
import { MetadataHost, StoredUserMetadata } from './metadata-story-hosts.tsx';

/**
 * Every state of the metadata editor, each reached by a play function that types as a person would
 * (the a11y addon then checks the state reached): empty, at the limit, each refused key or value,
 * more pairs than allowed, other JSON values read-only, a failed save, and a conflict with another
 * session's save (over the story's memory adapter) with both ways out of it.
 */
const meta = {
  title: 'Components/MetadataEditor/States',
  component: MetadataHost,
  args: { onSave: fn(), initial: { plan_type: 'enterprise', region: 'EU' }, scope: 'organization' },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MetadataHost>;

export default meta;
type Story = StoryObj<typeof meta>;
/** What a play function gets. */
type StoryContext = Parameters<NonNullable<Story['play']>>[0];

/** `count` pairs, `key_00` … */
function pairs(count: number): Metadata {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`key_${String(index).padStart(2, '0')}`, `value ${index}`]),
  );
}

/** The editor's root. */
function root(canvasElement: HTMLElement): HTMLElement {
  return canvasElement.querySelector('[data-part="metadata-editor"]') as HTMLElement;
}

/** Nothing stored: the count says 0 of 10, and Add focuses the new row's key. */
export const EmptyMetadata: Story = {
  args: { initial: {} },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText('No metadata yet.')).toBeVisible();
    await expect(canvas.getByText('0 of 10 pairs')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await expect(canvas.getByRole('textbox', { name: 'Key, row 1' })).toHaveFocus();
  },
};

/** At the limit: Add stays focusable but is unavailable, and says why. */
export const AtTheLimit: Story = {
  args: { initial: pairs(10) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('10 of 10 pairs')).toBeVisible();
    const add = canvas.getByRole('button', { name: 'Add pair' });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(add).toHaveAccessibleDescription(/The limit of 10 pairs is reached/);
  },
};

/** A key used twice: the added row is blamed, never the stored one. */
export const DuplicateKey: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('plan_type');
    await expect(canvas.getByRole('textbox', { name: 'Key, row 3' })).toHaveAccessibleDescription(
      /The key “plan_type” is used more than once/,
    );
    await expect(canvas.getByRole('textbox', { name: 'Key, row 1' })).not.toHaveAttribute('aria-invalid');
  },
};

/** A reserved key (`__proto__`, `constructor`, `prototype`) is refused as it is typed. */
export const ReservedKey: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('constructor');
    await expect(canvas.getByRole('textbox', { name: 'Key, row 3' })).toHaveAccessibleDescription(
      /“constructor” is reserved/,
    );
  },
};

/** A key under 3 characters, shown once the person leaves the field (not while they type). */
export const KeyTooShort: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('ab');
    const key = canvas.getByRole('textbox', { name: 'Key, row 3' });
    await expect(key).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    await expect(key).toHaveAccessibleDescription(/Use at least 3 characters for the key/);
  },
};

/** A key over 25 characters is refused at once; what was typed stays. */
export const KeyTooLong: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.paste('customer_success_manager_email');
    const key = canvas.getByRole('textbox', { name: 'Key, row 3' });
    await expect(key).toHaveAccessibleDescription(/Use at most 25 characters for the key/);
    await expect(key).toHaveValue('customer_success_manager_email');
  },
};

/** A value over 256 characters is refused at once; what was typed stays. */
export const ValueTooLong: Story = {
  play: async ({ canvas, userEvent }) => {
    const value = canvas.getByRole('textbox', { name: 'Value of region' });
    await userEvent.click(value);
    await userEvent.paste(' — '.concat('x'.repeat(260)));
    await expect(value).toHaveAccessibleDescription(/Use at most 256 characters for the value/);
  },
};

/** An empty value (Scalekit rejects empty strings): shown on Save, and focus goes to it. */
export const EmptyValue: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('seats');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const value = canvas.getByRole('textbox', { name: 'Value of seats' });
    await expect(value).toHaveAccessibleDescription(/Enter a value, or remove the row/);
    await waitFor(() => expect(value).toHaveFocus());
  },
};

/** More pairs stored than the limit allows (another backend's data): the editor asks to remove some. */
export const TooManyPairs: Story = {
  args: { initial: pairs(12) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('At most 10 pairs are allowed; there are 12. Remove 2.')).toBeVisible();
    await expect(canvas.getByText('12 of 10 pairs')).toBeVisible();
  },
};

/** A backend's bag of 5,000 pairs: the first 200 are shown, and the editor says how many there are. */
export const HugeBagShortened: Story = {
  args: { initial: pairs(5000) },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Showing the first 200 of 5,000 pairs. The others are kept as stored.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Value of key_200' })).toBeNull();
  },
};

/** Objects, lists, numbers and booleans from Auth0: shown as formatted JSON, read-only, never sent. */
export const NonStringValuesReadOnly: Story = {
  args: {
    scope: 'user',
    initial: {
      nickname: 'kj',
      preferences: { theme: 'dark', beta: ['search', 'ai'] },
      quota: 150000,
      vip: true,
    },
  },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const json = canvasElement.querySelector('pre[data-part="json-value"]');
    await expect(json?.textContent).toBe(JSON.stringify({ theme: 'dark', beta: ['search', 'ai'] }, null, 2));
    await expect(canvas.getAllByRole('textbox', { name: /^Value/ })).toHaveLength(1);
    const nickname = canvas.getByRole('textbox', { name: 'Value of nickname' });
    await userEvent.clear(nickname);
    await userEvent.type(nickname, 'kenji');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onSave).toHaveBeenCalledWith({ nickname: 'kenji' }));
  },
};

/** The save failed: the notice says why, every row stays as typed. */
export const SaveError: Story = {
  args: {
    onSave: fn(async () => {
      throw new TeamkitError('network');
    }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add pair' }));
    await userEvent.keyboard('seats');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Value of seats' }), '25');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'error'));
    await expect(
      within(root(canvasElement)).getByText(
        'We could not reach the server. Check your connection and try again.',
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Value of seats' })).toHaveValue('25');
  },
};

/**
 * Another session saved `theme: light` after this page read the bag, and the person changed theme too:
 * the save is refused (stale version), the refetch brings the latest bag, and the review shows both
 * values, with "Save my edits anyway" and "Reload the latest version". Nothing typed is lost.
 */
async function reachConflict(context: StoryContext) {
  const { canvas, canvasElement, userEvent } = context;
  const theme = await canvas.findByRole('textbox', { name: 'Value of theme' });
  await userEvent.clear(theme);
  await userEvent.type(theme, 'solarized');
  // The other session's save, through the same backend (the contract's updateUser, as a second tab would).
  await teamkitOf(context).adapter.updateUser(memoryIds.admin, { userMetadata: { theme: 'light' } });
  await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'conflict'));
  const row = await canvas.findByRole('row', { name: /theme/ });
  await expect(row).toHaveTextContent(/solarized.*light/);
  await expect(theme).toHaveValue('solarized');
}

/** The conflict review: the key both changed, this person's value beside the stored one. */
export const ConflictWithAnotherSession: Story = {
  render: () => <StoredUserMetadata />,
  play: async (context) => {
    await reachConflict(context);
    const notice = root(context.canvasElement).querySelector('[data-part="error-notice"]') as HTMLElement;
    await expect(
      within(notice).getByText('Someone else saved another value for a key you changed'),
    ).toBeVisible();
  },
};

/** Reaches the conflict, presses one way out, and waits for the state it leads to. */
async function settleConflict(context: StoryContext, choice: string, state: string) {
  await reachConflict(context);
  await context.userEvent.click(context.canvas.getByRole('button', { name: choice }));
  await waitFor(() => expect(root(context.canvasElement)).toHaveAttribute('data-state', state));
}

/** "Save my edits anyway": sent again over the newer version, and saved. */
export const ConflictKeptMine: Story = {
  render: () => <StoredUserMetadata />,
  play: async (context) => {
    await settleConflict(context, 'Save my edits anyway', 'saved');
    const stored = await teamkitOf(context).adapter.getUser(memoryIds.admin);
    await expect(stored.userMetadata).toMatchObject({ theme: 'solarized' });
  },
};

/** "Reload the latest version": the edit dropped, the stored value shown, nothing sent. */
export const ConflictTookTheirs: Story = {
  render: () => <StoredUserMetadata />,
  play: async (context) => {
    await settleConflict(context, 'Reload the latest version', 'idle');
    await expect(context.canvas.getByRole('textbox', { name: 'Value of theme' })).toHaveValue('light');
  },
};
