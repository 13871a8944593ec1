import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { CustomProfilePage } from './profile-custom-page.tsx';

/**
 * A host's own profile page from `useProfileEditor` alone (see stories/profile-custom-page.tsx): its
 * markup and words, the editor's `getFormProps()` and `getFieldProps(key)` for values, validation,
 * ids, ARIA and saving.
 */
const meta = {
  title: 'Components/ProfileEditor/Custom page',
  component: CustomProfilePage,
  args: {
    fields: [
      'givenName',
      'familyName',
      'website',
      'bio',
      'department',
      'skills',
      'newsletter',
      'employee_id',
    ],
    onSaved: fn(),
  },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof CustomProfilePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page's own status line (the provider's live regions are statuses too). */
const statusOf = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-host-status]');

/** Loaded: every picked field with its label, help or read-only reason, and its value. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    const firstName = await canvas.findByRole('textbox', { name: 'First name' }, { timeout: 5000 });
    await expect(firstName).not.toHaveValue('');
    await expect(canvas.getByRole('textbox', { name: 'Employee ID' })).toHaveAttribute('readonly');
    await expect(canvas.getByRole('textbox', { name: 'Employee ID' })).toHaveAccessibleDescription(
      /Set by your administrator/,
    );
    await expect(canvas.getByRole('button', { name: 'Undo my changes' })).toBeDisabled();
  },
};

/** A bad value: the error shows after leaving the field, on the field, and a submit moves focus to it. */
export const InvalidThenFixedAndSaved: Story = {
  play: async (context) => {
    const { canvas, canvasElement, userEvent, args } = context;
    const website = await canvas.findByRole('textbox', { name: 'Website' }, { timeout: 5000 });
    await userEvent.clear(website);
    await userEvent.type(website, 'example dot com');
    await expect(website).not.toHaveAttribute('aria-invalid');
    await userEvent.click(canvas.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() => expect(website).toHaveFocus());
    await expect(website).toHaveAttribute('aria-invalid', 'true');
    await expect(website).toHaveAccessibleDescription(/web address/i);
    await userEvent.clear(website);
    await userEvent.type(website, 'https://example.com');
    await waitFor(() => expect(website).not.toHaveAttribute('aria-invalid'));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Product newsletter' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent('Your profile is saved.'));
    const update = teamkitOf(context).adapter.calls.find((call) => call.method === 'updateUser');
    await expect(update?.args[1]).toEqual({
      customAttributes: { website: 'https://example.com', newsletter: expect.any(Boolean) },
    });
    await expect(args.onSaved).toHaveBeenCalledTimes(1);
  },
};

/** Undo: the edits go and the saved values come back into the host's own controls. */
export const Undone: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const lastName = await canvas.findByRole('textbox', { name: 'Last name' }, { timeout: 5000 });
    const saved = (lastName as HTMLInputElement).value;
    await userEvent.clear(lastName);
    await userEvent.type(lastName, 'Someone else');
    await expect(statusOf(canvasElement)).toHaveTextContent('You have unsaved changes.');
    await userEvent.click(canvas.getByRole('button', { name: 'Undo my changes' }));
    await waitFor(() => expect(lastName).toHaveValue(saved));
    await expect(statusOf(canvasElement)).toHaveTextContent('');
  },
};
