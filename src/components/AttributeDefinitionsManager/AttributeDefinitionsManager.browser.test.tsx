import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import { scalekitCapabilities } from '../../core/capabilities.ts';
import '../../styles/index.css';
import '../../styles/definitions-manager.css';
import { ProfileEditor } from '../ProfileEditor/ProfileEditor.tsx';
import { AttributeDefinitionsManager } from './AttributeDefinitionsManager.tsx';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** Presses Tab until `target` has focus (keyboard only: no clicks anywhere in these tests). */
async function tabTo(target: HTMLElement) {
  for (let presses = 0; presses < 200 && document.activeElement !== target; presses += 1) {
    await userEvent.keyboard('{Tab}');
  }
  expect(document.activeElement).toBe(target);
}

async function press(target: HTMLElement, keys = '{Enter}') {
  await tabTo(target);
  await userEvent.keyboard(keys);
}

const row = (key: string) =>
  document.querySelector<HTMLElement>(`[data-part="definition"][data-key="${key}"]`);
const keysInOrder = () =>
  [...document.querySelectorAll<HTMLElement>('[data-part="definition"]')].map(
    (element) => element.dataset.key,
  );

describe('AttributeDefinitionsManager, by keyboard only', () => {
  it('adds “Cost center”, ProfileEditor shows it at once, and a member fills it in', async () => {
    const { adapter } = renderWithTeamkit(
      <>
        <AttributeDefinitionsManager />
        <ProfileEditor />
      </>,
    );
    await screen.findByRole('button', { name: 'Add attribute' });
    await screen.findByRole('button', { name: 'Save changes' });
    expect(screen.queryByLabelText(/Cost center code/)).toBeNull();

    await press(screen.getByRole('button', { name: 'Add attribute' }));
    const form = screen.getByRole('form', { name: 'New custom attribute' });
    await tabTo(within(form).getByLabelText(/Display name/));
    await userEvent.keyboard('Cost center');
    // The seed has a `cost_center` already: the derived key steps aside.
    expect(within(form).getByLabelText(/Attribute key/)).toHaveValue('cost_center_2');
    await tabTo(within(form).getByLabelText(/Display name/));
    await userEvent.keyboard(' code');
    await tabTo(within(form).getByLabelText(/Help text/));
    await userEvent.keyboard('Where your time is billed');
    await press(within(form).getByRole('button', { name: 'Save attribute' }));

    await waitFor(() => expect(row('cost_center_code')).not.toBeNull());
    // The new row's first button has focus: the person is where the field now is.
    expect(document.activeElement).toBe(
      within(row('cost_center_code') as HTMLElement).getByRole('button', { name: 'Edit Cost center code' }),
    );
    // The admin's own profile beside the manager shows it without a reload.
    expect(await screen.findByLabelText(/Cost center code/, { selector: 'input' })).toBeTruthy();
    await expectNoAxeViolations(document.body);

    // A member, on their own profile page, fills it in.
    cleanup();
    adapter.setViewer('member');
    renderWithTeamkit(<ProfileEditor />, { adapter });
    const field = await screen.findByLabelText(/Cost center code/, { selector: 'input' });
    await tabTo(field);
    await userEvent.keyboard('CC-4410');
    await press(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(adapter.snapshot().users[memoryIds.member]?.profile.customAttributes.cost_center_code).toBe(
        'CC-4410',
      ),
    );
  });

  it('refuses a bad or taken key with a message on the field, keeping what was typed', async () => {
    const { adapter } = renderWithTeamkit(<AttributeDefinitionsManager />);
    await press(await screen.findByRole('button', { name: 'Add attribute' }));
    const form = screen.getByRole('form', { name: 'New custom attribute' });
    await tabTo(within(form).getByLabelText(/Display name/));
    await userEvent.keyboard('Biography');
    await tabTo(within(form).getByLabelText(/Attribute key/));
    await userEvent.keyboard('{Control>}a{/Control}BIO');
    await press(within(form).getByRole('button', { name: 'Save attribute' }));
    const key = within(form).getByLabelText(/Attribute key/);
    expect(key).toHaveAccessibleDescription(expect.stringContaining('Another field already uses this key.'));
    expect(key).toHaveFocus();
    expect(within(form).getByLabelText(/Display name/)).toHaveValue('Biography');
    expect(adapter.calls.some((call) => call.method === 'createAttributeDefinition')).toBe(false);
    await expectNoAxeViolations(document.body);
  });

  it('keeps the form as typed when the save fails, and saves on the next try', async () => {
    const { adapter } = renderWithTeamkit(<AttributeDefinitionsManager />);
    await press(await screen.findByRole('button', { name: 'Add attribute' }));
    const form = screen.getByRole('form', { name: 'New custom attribute' });
    await tabTo(within(form).getByLabelText(/Display name/));
    await userEvent.keyboard('Parking spot');
    adapter.faults.failMethod('createAttributeDefinition', 'unavailable', { times: 1 });
    await press(within(form).getByRole('button', { name: 'Save attribute' }));
    await within(form)
      .findByRole('alert', { name: '' })
      .catch(() => null);
    await waitFor(() => expect(form.querySelector('[data-part="error-notice"]')).not.toBeNull());
    expect(within(form).getByLabelText(/Display name/)).toHaveValue('Parking spot');
    await press(within(form).getByRole('button', { name: 'Save attribute' }));
    await waitFor(() => expect(row('parking_spot')).not.toBeNull());
  });

  it('edits, moves and disables a field, focus staying on the button used', async () => {
    const { adapter } = renderWithTeamkit(<AttributeDefinitionsManager />);
    await waitFor(() => expect(row('bio')).not.toBeNull());
    const before = keysInOrder();
    const bioIndex = before.indexOf('bio');

    await press(within(row('bio') as HTMLElement).getByRole('button', { name: /^Edit / }));
    const form = screen.getByRole('form', { name: /^Edit / });
    expect(within(form).getByLabelText(/Attribute key/)).toHaveAttribute('readonly');
    await tabTo(within(form).getByLabelText(/Display name/));
    await userEvent.keyboard('{Control>}a{/Control}About you');
    await press(within(form).getByRole('button', { name: 'Save attribute' }));
    await waitFor(() => expect(within(row('bio') as HTMLElement).getByText('About you')).toBeTruthy());

    const up = within(row('bio') as HTMLElement).getByRole('button', { name: 'Move up: About you' });
    await press(up);
    await waitFor(() => expect(keysInOrder().indexOf('bio')).toBe(bioIndex - 1));
    expect(document.activeElement).toBe(
      within(row('bio') as HTMLElement).getByRole('button', { name: 'Move up: About you' }),
    );

    await press(within(row('bio') as HTMLElement).getByRole('button', { name: 'Disable About you' }));
    await waitFor(() => expect(row('bio')).toHaveAttribute('data-disabled'));
    expect((await adapter.listAttributeDefinitions()).some((definition) => definition.key === 'bio')).toBe(
      false,
    );
    await press(within(row('bio') as HTMLElement).getByRole('button', { name: 'Enable About you' }));
    await waitFor(() => expect(row('bio')).not.toHaveAttribute('data-disabled'));
    await expectNoAxeViolations(document.body);
  });

  it('explains that fields are managed in the identity platform where the backend cannot manage them', async () => {
    renderWithTeamkit(<AttributeDefinitionsManager />, { capabilities: scalekitCapabilities });
    expect(await screen.findByText(/managed in your identity platform/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add attribute' })).toBeNull();
  });

  it('tells a member who is not an administrator that only administrators manage fields', async () => {
    renderWithTeamkit(<AttributeDefinitionsManager />, { viewer: 'member' });
    expect(await screen.findByText('Only administrators can manage profile fields.')).toBeTruthy();
  });

  it('speaks Spanish with a Spanish provider', async () => {
    renderWithTeamkit(<AttributeDefinitionsManager />, { locale: 'es' });
    expect(await screen.findByRole('button', { name: 'Añadir atributo' })).toBeTruthy();
  });
});
