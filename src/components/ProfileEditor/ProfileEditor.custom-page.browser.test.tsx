import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CustomProfilePage } from '../../../stories/profile-custom-page.tsx';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';

const fields = [
  'givenName',
  'familyName',
  'website',
  'bio',
  'department',
  'skills',
  'newsletter',
  'employee_id',
];

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const status = () => document.querySelector('[data-host-status]');
const updates = (adapter: { calls: { method: string; args: unknown[] }[] }) =>
  adapter.calls.filter((call) => call.method === 'updateUser').map((call) => call.args[1]);

afterEach(() => {
  cleanup();
});

describe('a custom profile page from useProfileEditor alone', { timeout: 60_000 }, () => {
  it('wires labels, help, read-only reasons and values from the prop getters, with nothing for axe', async () => {
    const { container } = renderWithTeamkit(<CustomProfilePage fields={fields} />);
    const firstName = (await screen.findByRole('textbox', { name: 'First name' })) as HTMLInputElement;
    expect(firstName.value).not.toBe('');
    expect(firstName.id).not.toBe('');
    expect(textbox('About you')).toHaveAccessibleDescription('A few words for your teammates.');
    expect(textbox('Employee ID')).toHaveAttribute('readonly');
    expect(textbox('Employee ID')).toHaveAccessibleDescription(/Set by your administrator/);
    expect(screen.getByRole('checkbox', { name: 'Product newsletter' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Skills' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('validates on leaving a field, keeps typed text, and saves only what changed, by keyboard', async () => {
    const { adapter, container } = renderWithTeamkit(<CustomProfilePage fields={fields} />);
    const website = (await screen.findByRole('textbox', { name: 'Website' })) as HTMLInputElement;
    await userEvent.click(website);
    await userEvent.keyboard('{Control>}a{/Control}not a site');
    expect(website).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    await waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
    expect(website.value).toBe('not a site');
    const errorId = website
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    expect(errorId && document.getElementById(errorId)?.textContent).toMatch(/\S/);
    await expectNoAxeViolations(container);
    // Once left, the field re-validates as the person types.
    await userEvent.click(website);
    await userEvent.keyboard('{Control>}a{/Control}https://example.com');
    await waitFor(() => expect(website).not.toHaveAttribute('aria-invalid'));
    // A list control through setValue, and a checkbox through inputProps.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Data analysis' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Product newsletter' }));
    expect(status()).toHaveTextContent('You have unsaved changes.');
    await userEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() => expect(status()).toHaveTextContent('Your profile is saved.'));
    const [patch] = updates(adapter) as { customAttributes: Record<string, unknown> }[];
    expect(Object.keys(patch ?? {})).toEqual(['customAttributes']);
    expect(patch?.customAttributes.website).toBe('https://example.com');
    expect(patch?.customAttributes.skills).toContain('data');
    expect(typeof patch?.customAttributes.newsletter).toBe('boolean');
  });

  it('moves focus to the first invalid field on submit and sends nothing', async () => {
    const { adapter } = renderWithTeamkit(<CustomProfilePage fields={fields} />);
    const firstName = (await screen.findByRole('textbox', { name: 'First name' })) as HTMLInputElement;
    await userEvent.clear(firstName);
    await userEvent.clear(textbox('Website'));
    await userEvent.type(textbox('Website'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() => expect(firstName).toHaveFocus());
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(textbox('Website')).toHaveAttribute('aria-invalid', 'true');
    expect(updates(adapter)).toEqual([]);
  });

  it('puts a server field error on the host field and keeps what was typed', async () => {
    const { adapter } = renderWithTeamkit(<CustomProfilePage fields={fields} />);
    const website = (await screen.findByRole('textbox', { name: 'Website' })) as HTMLInputElement;
    await userEvent.clear(website);
    await userEvent.type(website, 'https://blocked.example');
    adapter.faults.failMethod(
      'updateUser',
      Object.assign(new Error('refused'), {
        name: 'TeamkitError',
        code: 'validation',
        fieldErrors: { website: 'That site is blocked.' },
      }),
      { times: 1 },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() => expect(website).toHaveAccessibleDescription('That site is blocked.'));
    expect(website).toHaveFocus();
    expect(website.value).toBe('https://blocked.example');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('undoes edits back into the host controls', async () => {
    renderWithTeamkit(<CustomProfilePage fields={fields} />);
    const lastName = (await screen.findByRole('textbox', { name: 'Last name' })) as HTMLInputElement;
    const saved = lastName.value;
    await userEvent.clear(lastName);
    await userEvent.type(lastName, 'Someone else');
    await userEvent.click(screen.getByRole('button', { name: 'Undo my changes' }));
    await waitFor(() => expect(lastName.value).toBe(saved));
    expect(status()).toHaveTextContent('');
  });
});
