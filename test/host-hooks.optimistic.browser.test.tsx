// Host hooks on the kit's optimistic and managed changes, in Chromium over the memory adapter: a
// `before` hook that cancels a role change puts the row back on the role held, and one that cancels a
// new attribute keeps the form as typed; both show the host's words.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import { AttributeDefinitionsManager } from '../src/components/AttributeDefinitionsManager/AttributeDefinitionsManager.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { MutationHooks } from '../src/core/mutation-hooks.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import '../src/styles/index.css';
import '../src/styles/definitions-manager.css';
import { createTestQueryClient } from './support/render-teamkit-hook.tsx';

/** One backend the components run over, with what it received. */
interface Backend {
  adapter: TeamkitAdapter;
  /** How many calls of `method` reached the backend (through the handler, over HTTP). */
  received(method: string): Promise<number>;
  /** The arguments of every call of `method` the backend received, oldest first. */
  argsOf(method: string): Promise<unknown[][]>;
  /** Requests that could change something (not GET) the server saw; 0 over the memory adapter. */
  writesOnTheWire(): Promise<number>;
  close(): Promise<void>;
}

/** The memory adapter, with what it received. */
async function memoryBackend(): Promise<Backend> {
  const adapter = createMemoryAdapter({ seed: 7, memberCount: 12 });
  return {
    adapter,
    received: async (method) => adapter.calls.filter((call) => call.method === method).length,
    argsOf: async (method) => adapter.calls.filter((call) => call.method === method).map((call) => call.args),
    writesOnTheWire: async () => 0,
    close: async () => {},
  };
}

let opened: Backend | undefined;
afterEach(async () => {
  cleanup();
  await opened?.close();
  opened = undefined;
});

async function renderWithHooks(open: () => Promise<Backend>, ui: ReactNode, hooks: MutationHooks) {
  opened = await open();
  render(
    <TeamkitProvider
      adapter={opened.adapter}
      organizationId={memoryIds.organization}
      queryClient={createTestQueryClient()}
      hooks={hooks}
    >
      {ui}
    </TeamkitProvider>,
  );
  return opened;
}

describe('Host hooks on the optimistic and managed changes (memory adapter)', () => {
  it('a cancelled role change goes back to the role held, with the host’s words on the row', async () => {
    const singleRole = async (): Promise<Backend> => {
      const adapter = createMemoryAdapter({
        seed: 7,
        capabilities: { memberships: { multipleRoles: false } },
      });
      return {
        adapter,
        received: async (method) => adapter.calls.filter((call) => call.method === method).length,
        argsOf: async (method) =>
          adapter.calls.filter((call) => call.method === method).map((call) => call.args),
        writesOnTheWire: async () => 0,
        close: async () => {},
      };
    };
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
    const backend = await renderWithHooks(memoryBackend, <AttributeDefinitionsManager />, {
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
