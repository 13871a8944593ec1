import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { realKeyboard } from '../.storybook/real-keyboard.ts';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import { TeamkitError } from '../src/core/errors.ts';
import { twoHundredDefinitions } from './profile-editor-fixtures.ts';

/**
 * Every state of the profile editor, each reached by a play function that acts as a person would
 * (the a11y addon then checks the state reached). The backend is the story's memory adapter: latency
 * makes saving visible, faults make failures real, an external edit makes a real conflict.
 */
const meta = {
  title: 'Components/ProfileEditor/States',
  component: ProfileEditor,
  args: { onSaved: fn(), onDirtyChange: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof ProfileEditor>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** The editor's root, once it is in `state`. */
async function editorIn(canvasElement: HTMLElement, state: string): Promise<HTMLElement> {
  let root: HTMLElement | null = null;
  await waitFor(
    () => {
      root = canvasElement.querySelector<HTMLElement>('[data-part="profile-editor"]');
      expect(root?.dataset.state).toBe(state);
    },
    { timeout: 5000 },
  );
  return root as unknown as HTMLElement;
}

/** Replaces a text box's value by typing, as a person would. */
async function retype({ userEvent }: Context, input: HTMLElement, text: string) {
  await userEvent.clear(input);
  if (text !== '') await userEvent.type(input, text);
}

/** Clicks Save. */
async function save({ canvas, userEvent }: Context) {
  await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
}

/** Loading: the backend answers slowly, so the skeleton shows (and is what axe checks). */
export const Loading: Story = {
  parameters: { teamkit: { latency: 1500 } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement }) => {
    await editorIn(canvasElement, 'loading');
  },
};

/** Loading failed: the notice says why and offers a retry. */
export const LoadError: Story = {
  globals: { failNext: 'unavailable', failWhen: 'load' },
  play: async ({ canvasElement, canvas }) => {
    await editorIn(canvasElement, 'load-error');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Bad values typed and submitted: each field says what to type, focus is on the first. */
export const ValidationErrors: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    await retype(context, canvas.getByRole('textbox', { name: /First name/ }), '');
    await retype(context, canvas.getByRole('textbox', { name: /Phone number/ }), '555-0100');
    await retype(context, canvas.getByRole('textbox', { name: /Website/ }), 'example dot com');
    await retype(context, canvas.getByRole('textbox', { name: /Years of experience/ }), 'many');
    await save(context);
    const firstName = canvas.getByRole('textbox', { name: /First name/ });
    await waitFor(() => expect(firstName).toHaveFocus());
    await expect(firstName).toHaveAccessibleDescription(/Enter your First name/);
    await expect(canvas.getByRole('textbox', { name: /Phone number/ })).toHaveAccessibleDescription(
      /Enter a phone number with its country code/,
    );
    await expect(canvas.getByRole('textbox', { name: /Website/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: /Years of experience/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/**
 * An impossible date typed into the date control (31 February): Chromium keeps the typed segments but
 * cannot read them (`validity.badInput`), and the field says so instead of saving it as cleared. Only
 * real key presses reach this state: run it through the storybook Vitest project.
 */
export const UnreadableDate: Story = {
  args: { userId: memoryIds.admin, mode: 'admin' },
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    const keyboard = realKeyboard();
    if (!keyboard) {
      console.info('UnreadableDate: typing an impossible date needs a real keyboard (run it under Vitest).');
      return;
    }
    const date = canvas.getByLabelText(/Start date/) as HTMLInputElement;
    await expect(date).toHaveValue('2019-04-01');
    // Focused from outside, a date input starts at its first segment: month, day, year.
    date.focus();
    await keyboard('02312023');
    await expect(date.validity.badInput).toBe(true);
    await save(context);
    await waitFor(() => expect(date).toHaveAccessibleDescription(/Start date must be a date/));
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(teamkitOf(context).adapter.calls.some((call) => call.method === 'updateUser')).toBe(false);
    // What was typed is still there to correct, not blanked.
    await expect(date.validity.badInput).toBe(true);
  },
};

/** Saving: the backend takes its time, the Save button is busy and the status says so. */
export const Saving: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    teamkitOf(context).adapter.setLatency(600_000);
    await retype(context, canvas.getByRole('textbox', { name: /First name/ }), 'Grace');
    await save(context);
    await editorIn(canvasElement, 'saving');
    await expect(canvas.getByText('Saving your changes…')).toBeVisible();
  },
};

/** Saved: only the changed field was sent. */
export const Saved: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    await retype(context, canvas.getByRole('textbox', { name: /Last name/ }), 'Hopper');
    await save(context);
    await editorIn(canvasElement, 'saved');
    const update = teamkitOf(context).adapter.calls.find((call) => call.method === 'updateUser');
    await expect(update?.args[1]).toEqual({ profile: { familyName: 'Hopper' } });
    await expect(canvas.getByText('All changes saved')).toBeVisible();
  },
};

/** The save failed: what was typed is still there, and "Try again" is one click away. */
export const SaveError: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    teamkitOf(context).adapter.faults.failMethod('updateUser', 'network', { times: 1 });
    await retype(context, canvas.getByRole('textbox', { name: /First name/ }), 'Grace');
    await save(context);
    await editorIn(canvasElement, 'error');
    await expect(canvas.getByRole('textbox', { name: /First name/ })).toHaveValue('Grace');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The server refuses a field the form does not show: the notice names it, by label or key. */
export const ServerErrorOnHiddenField: Story = {
  args: { hiddenFields: ['backup_email'] },
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    teamkitOf(context).adapter.faults.failMethod(
      'updateUser',
      new TeamkitError('validation', undefined, {
        fieldErrors: { 'customAttributes.backup_email': 'This address bounces.' },
      }),
      { times: 1 },
    );
    await retype(context, canvas.getByRole('textbox', { name: /First name/ }), 'Grace');
    await save(context);
    const root = await editorIn(canvasElement, 'error');
    await expect(within(root).getByRole('listitem')).toHaveTextContent(/: This address bounces\.$/);
  },
};

/** Someone changed the profile meanwhile: the edits stay, the differences are listed. */
export const Conflict: Story = {
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await editorIn(canvasElement, 'idle');
    await retype(context, canvas.getByRole('textbox', { name: /First name/ }), 'Mine');
    teamkitOf(context).adapter.simulateExternalEdit('user', memoryIds.admin, {
      profile: { givenName: 'Theirs', familyName: 'Changed elsewhere' },
    });
    await save(context);
    await editorIn(canvasElement, 'conflict');
    await userEvent.click(await canvas.findByRole('button', { name: 'Review differences' }));
    const table = await canvas.findByRole('table');
    await expect(within(table).getByRole('row', { name: /First name/ })).toHaveTextContent(/Mine.*Theirs/);
    await expect(canvas.getByRole('textbox', { name: /First name/ })).toHaveValue('Mine');
  },
};

/** An Okta-managed display name overridden by the person, with the way back to Okta's value. */
export const IdentityProviderOverride: Story = {
  parameters: { teamkit: { viewer: memoryIds.idpUser } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await editorIn(canvasElement, 'idle');
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different value' }));
    const own = canvas.getByRole('textbox', { name: /Display name/ });
    await waitFor(() => expect(own).toHaveFocus());
    await retype(context, own, 'Ken W.');
    await expect(canvas.getByRole('button', { name: 'Use the value from Okta' })).toBeVisible();
    await expect(canvas.getByText('Value from Okta: Kenji Watanabe')).toBeVisible();
  },
};

/** An admin editing a member: admin-only fields are editable, and a save sends them. */
export const AdminEditsMember: Story = {
  args: { userId: memoryIds.member, mode: 'admin' },
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    await retype(context, canvas.getByRole('textbox', { name: /Employee ID/ }), 'EMP-2024');
    await save(context);
    await editorIn(canvasElement, 'saved');
  },
};

/** Two hundred custom attributes: one edited and saved, only that one sent. */
export const TwoHundredAttributesSaved: Story = {
  parameters: { teamkit: { definitions: twoHundredDefinitions() } satisfies TeamkitStoryOptions },
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await editorIn(canvasElement, 'idle');
    await retype(context, canvas.getByRole('textbox', { name: /^Attribute 197\b/ }), 'Z');
    await save(context);
    await editorIn(canvasElement, 'saved');
    const update = teamkitOf(context).adapter.calls.find((call) => call.method === 'updateUser');
    await expect(update?.args[1]).toEqual({ customAttributes: { attribute_197: 'Z' } });
  },
};

/** A backend sending 2,000 definitions: the first 500 are shown, and the form says some fields are not. */
export const FieldsLeftOut: Story = {
  parameters: {
    teamkit: {
      definitions: Array.from({ length: 2000 }, (_, index) => ({
        key: `field_${index}`,
        scope: 'custom' as const,
        label: `Field ${index}`,
        type: 'text' as const,
        required: false,
        policy: { write: 'user' as const, source: 'user' as const },
      })),
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Some profile fields could not be shown.', {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: /^Field 500\b/ })).toBeNull();
  },
};

/** Validation errors in the dark theme. */
export const DarkWithErrors: Story = {
  ...ValidationErrors,
  globals: { theme: 'dark' },
};

/** Arabic, right to left, after a failed save. */
export const RightToLeftSaveError: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await editorIn(canvasElement, 'idle');
    await expect(canvasElement.querySelector('[data-part="profile-editor"]')).toHaveAttribute('dir', 'rtl');
    teamkitOf(context).adapter.faults.failMethod('updateUser', 'unavailable', { times: 1 });
    const firstName = canvasElement.querySelector<HTMLInputElement>('[data-key="givenName"] input');
    if (!firstName) throw new Error('No first name field');
    await retype(context, firstName, 'مايا');
    await userEvent.click(canvas.getByRole('button', { name: 'حفظ التغييرات' }));
    await editorIn(canvasElement, 'error');
  },
};
