// The done-criterion over HTTP: an administrator adds "Cost center" in the manager and a member
// fills it in ProfileEditor, in Chromium, through the HTTP adapter and a real createTeamkitHandler on
// 127.0.0.1 (the fault hub, no faults scripted), over a backend that manages definitions itself (the
// memory adapter behind the handler). Over a backend that cannot, with the host's definitions store in
// the handler, a field added to the store is not in the backend, which would refuse its values: the
// handler declares it (the manager says where to create it, the profile shows it read-only with why)
// rather than letting a member type a value that cannot be saved.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type FaultScenario, openScenario } from '../../../test/support/fault-scenario.ts';
import { createTestQueryClient } from '../../../test/support/render-teamkit-hook.tsx';
import { expectNoAxeViolations } from '../../../test/support/teamkit-test-utils.tsx';
import { createHttpAdapter } from '../../adapters/http/index.ts';
import { memoryIds } from '../../adapters/memory/index.ts';
import { scalekitCapabilities } from '../../core/capabilities.ts';
import { TeamkitProvider } from '../../react/TeamkitProvider.tsx';
import '../../styles/index.css';
import '../../styles/definitions-manager.css';
import type { ReactNode } from 'react';
import { ProfileEditor } from '../ProfileEditor/ProfileEditor.tsx';
import { AttributeDefinitionsManager } from './AttributeDefinitionsManager.tsx';

let scenario: FaultScenario | undefined;
afterEach(async () => {
  cleanup();
  await scenario?.close();
  scenario = undefined;
});

/** Renders `ui` over a fresh HTTP adapter (so nothing cached from another viewer) against the scenario. */
async function renderOverHttp(current: FaultScenario, ui: ReactNode) {
  const adapter = await createHttpAdapter({ baseUrl: current.baseUrl, timeoutMs: 3000 });
  render(
    <TeamkitProvider
      adapter={adapter}
      organizationId={memoryIds.organization}
      queryClient={createTestQueryClient()}
    >
      {ui}
    </TeamkitProvider>,
  );
}

const row = (key: string) =>
  document.querySelector<HTMLElement>(`[data-part="definition"][data-key="${key}"]`);

describe('AttributeDefinitionsManager over HTTP, a backend that manages definitions', () => {
  it('adds “Cost center”, ProfileEditor shows it at once, and a member fills it in', async () => {
    scenario = await openScenario();
    const current = scenario;
    await renderOverHttp(
      current,
      <>
        <AttributeDefinitionsManager />
        <ProfileEditor />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Add attribute' }));
    await screen.findByRole('button', { name: 'Save changes' });
    expect(screen.queryByLabelText(/Cost center code/)).toBeNull();

    const form = screen.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Cost center code');
    await userEvent.type(within(form).getByLabelText(/Help text/), 'Where your time is billed');
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));

    await waitFor(() => expect(row('cost_center_code')).not.toBeNull());
    // The admin's own profile beside the manager shows it without a reload.
    expect(await screen.findByLabelText(/Cost center code/, { selector: 'input' })).toBeTruthy();
    expect(await current.requests('POST', 'definitions')).toHaveLength(1);
    await expectNoAxeViolations(document.body);

    // A member, on their own profile page (a new page load: a new adapter and cache), fills it in.
    cleanup();
    await current.setViewer('member');
    await renderOverHttp(current, <ProfileEditor />);
    const field = await screen.findByLabelText(/Cost center code/, { selector: 'input' });
    await userEvent.type(field, 'CC-4410');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await current.state()).users[memoryIds.member]?.profile.customAttributes.cost_center_code).toBe(
        'CC-4410',
      ),
    );
  });
});

describe('AttributeDefinitionsManager over HTTP, a backend that cannot store a new attribute', () => {
  it('marks the added field as not yet in the backend, and the member’s profile shows it read-only', async () => {
    scenario = await openScenario({ capabilities: scalekitCapabilities, definitionsStore: true });
    const current = scenario;
    await renderOverHttp(current, <AttributeDefinitionsManager />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add attribute' }));
    const form = screen.getByRole('form', { name: 'New custom attribute' });
    await userEvent.type(within(form).getByLabelText(/Display name/), 'Desk number');
    await userEvent.click(within(form).getByRole('button', { name: 'Save attribute' }));

    await waitFor(() => expect(row('desk_number')).toHaveAttribute('data-backend', 'missing'));
    const desk = row('desk_number') as HTMLElement;
    expect(within(desk).getByText('Not yet in the memory backend')).toBeTruthy();
    expect(
      within(desk).getByText(
        /create an attribute with the key “desk_number” there before members can fill it in/,
      ),
    ).toBeTruthy();
    expect(row('bio')).not.toHaveAttribute('data-backend');
    await expectNoAxeViolations(document.body);

    cleanup();
    await current.setViewer('member');
    await renderOverHttp(current, <ProfileEditor />);
    const field = await screen.findByLabelText(/Desk number/, { selector: 'input' });
    expect(field).toHaveAttribute('readonly');
    expect(
      screen.getByText(
        'Not available yet: an administrator must first create this field in the memory backend.',
      ),
    ).toBeTruthy();
  });
});
