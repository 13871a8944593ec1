// Host hooks on the kit's optimistic and managed changes, in Chromium over the memory adapter: a
// `before` hook that cancels a role change puts the row back on the role held, and one that cancels a
// new attribute keeps the form as typed; both show the host's words.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../src/adapters/memory/index.ts';
import { AttributeDefinitionsManager } from '../src/components/AttributeDefinitionsManager/AttributeDefinitionsManager.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import '../src/styles/index.css';
import '../src/styles/definitions-manager.css';
import { closeBackend, memoryBackend, renderWithHooks } from './support/host-hooks-backends.tsx';

afterEach(closeBackend);

describe('Host hooks on the optimistic and managed changes (memory adapter)', () => {
  it('a cancelled role change goes back to the role held, with the host’s words on the row', async () => {
    const singleRole = () =>
      memoryBackend(
        createMemoryAdapter({ seed: 7, capabilities: { memberships: { multipleRoles: false } } }),
      );
    const backend = await renderWithHooks(singleRole, <MembersTable />, {
      updateMembership: { before: () => ({ cancel: 'Role changes need a second administrator today.' }) },
    });
    await screen.findAllByRole('rowheader');
    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search members' }), 'Jonas');
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Jonas Müller' }));
    const menu = await screen.findByRole('menu');
    const group = within(menu).getByRole('group', { name: 'Change role' });
    await userEvent.click(within(group).getByRole('menuitemradio', { name: 'Admin' }));

    await waitFor(() =>
      expect(document.querySelector('[data-part="action-failure-message"]')).toHaveTextContent(
        'Role changes need a second administrator today.',
      ),
    );
    const row = screen.getByRole('rowheader', { name: /Jonas Müller/ }).closest('tr') as HTMLElement;
    expect(within(row).queryByText('Admin')).toBeNull();
    expect(within(row).getByText('Member')).toBeVisible();
    expect(await backend.received('updateMembership')).toBe(0);
  });

  it('a cancelled new attribute keeps the form as typed and shows the host’s words in it', async () => {
    const backend = await renderWithHooks(() => memoryBackend(), <AttributeDefinitionsManager />, {
      createAttributeDefinition: {
        before: ([, input]) =>
          input.type === 'text' && !input.helpText
            ? { cancel: 'Add a help text: our style guide needs one.' }
            : undefined,
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add attribute' }));
    const form = screen.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Parking spot');
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));

    await waitFor(() =>
      expect(form.querySelector('[data-part="error-notice"]')).toHaveTextContent(
        'Add a help text: our style guide needs one.',
      ),
    );
    expect(within(form).getByLabelText(/Display name/)).toHaveValue('Parking spot');
    expect(await backend.received('createAttributeDefinition')).toBe(0);

    await userEvent.type(within(form).getByLabelText(/Help text/), 'Where you park');
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));
    await waitFor(() => expect(document.querySelector('[data-key="parking_spot"]')).not.toBeNull());
    expect(await backend.received('createAttributeDefinition')).toBe(1);
  });
});
