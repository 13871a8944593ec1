/**
 * Two people editing at once, in real Chromium over the memory backend: two providers (two sessions,
 * each with its own query cache) sharing one backend, or the backend changed behind the component's
 * back. Different fields both survive; the same field is shown as a conflict the person settles; a
 * stale role change is refused and the table says which roles the member holds now.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import { OrganizationSettings } from '../src/components/OrganizationSettings/OrganizationSettings.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import '../src/styles/index.css';
import { createTestQueryClient } from './support/render-teamkit-hook.tsx';
import { expectNoAxeViolations, renderWithTeamkit } from './support/teamkit-test-utils.tsx';

afterEach(cleanup);

const org = memoryIds.organization;

/** Two sessions side by side, each its own provider and cache, over one backend. */
function renderTwoSessions(ui: ReactElement, backend: MemoryAdapter) {
  const session = (label: string) => (
    <section aria-label={label}>
      <TeamkitProvider adapter={backend} organizationId={org} queryClient={createTestQueryClient()}>
        {ui}
      </TeamkitProvider>
    </section>
  );
  render(
    <>
      {session('Session A')}
      {session('Session B')}
    </>,
  );
  return {
    a: screen.getByRole('region', { name: 'Session A' }),
    b: screen.getByRole('region', { name: 'Session B' }),
  };
}

const stateOf = (session: HTMLElement, part: string) =>
  session.querySelector<HTMLElement>(`[data-part="${part}"]`)?.dataset.state;

async function retype(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await userEvent.keyboard(text);
}

describe('ProfileEditor in two sessions', { timeout: 60_000 }, () => {
  it('different fields: both saves land, the second without bothering the person', async () => {
    const backend = createMemoryAdapter();
    const { a, b } = renderTwoSessions(<ProfileEditor />, backend);
    await waitFor(() => expect(stateOf(a, 'profile-editor')).toBe('idle'));
    await waitFor(() => expect(stateOf(b, 'profile-editor')).toBe('idle'));

    await retype(within(a).getByRole('textbox', { name: /First name/ }), 'Augusta');
    await userEvent.click(within(a).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stateOf(a, 'profile-editor')).toBe('saved'));

    // B still shows the version before A's save, and changes another field.
    await retype(within(b).getByRole('textbox', { name: /Last name/ }), 'King');
    await userEvent.click(within(b).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stateOf(b, 'profile-editor')).toBe('saved'));
    expect(within(b).queryByText(/changed somewhere else/)).toBeNull();
    // B's form now shows both edits: A's name came with the latest version.
    expect(within(b).getByRole('textbox', { name: /First name/ })).toHaveValue('Augusta');

    const stored = await backend.getUser(memoryIds.admin);
    expect(stored.profile).toMatchObject({ givenName: 'Augusta', familyName: 'King' });
    const writes = backend.calls.filter((call) => call.method === 'updateUser').map((call) => call.args[1]);
    // B's patch was refused once (conflict) and sent again over A's version: never a field B did not touch.
    expect(writes).toEqual([
      { profile: { givenName: 'Augusta' } },
      { profile: { familyName: 'King' } },
      { profile: { familyName: 'King' } },
    ]);
  });

  it('the same field: the second session gets the conflict, reviews it, and takes the other edit', async () => {
    const backend = createMemoryAdapter();
    const { a, b } = renderTwoSessions(<ProfileEditor />, backend);
    await waitFor(() => expect(stateOf(b, 'profile-editor')).toBe('idle'));
    await retype(within(a).getByRole('textbox', { name: /First name/ }), 'Augusta');
    await userEvent.click(within(a).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stateOf(a, 'profile-editor')).toBe('saved'));

    await retype(within(b).getByRole('textbox', { name: /First name/ }), 'Ada B.');
    await userEvent.click(within(b).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stateOf(b, 'profile-editor')).toBe('conflict'));
    expect(within(b).getByRole('textbox', { name: /First name/ })).toHaveValue('Ada B.');
    expect((await backend.getUser(memoryIds.admin)).profile.givenName).toBe('Augusta');

    await userEvent.click(await within(b).findByRole('button', { name: 'Review differences' }));
    const row = within(within(b).getByRole('table')).getByRole('row', { name: /First name/ });
    expect(row).toHaveTextContent('Ada B.');
    expect(row).toHaveTextContent('Augusta');
    await userEvent.click(within(b).getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(stateOf(b, 'profile-editor')).toBe('idle'));
    expect(within(b).getByRole('textbox', { name: /First name/ })).toHaveValue('Augusta');
    expect(backend.calls.filter((call) => call.method === 'updateUser')).toHaveLength(2);
  });
});

describe('OrganizationSettings when someone else saved first', { timeout: 60_000 }, () => {
  const displayName = (session: HTMLElement) =>
    within(session).getByRole('textbox', { name: 'Display name' });
  const plan = (session: HTMLElement) => within(session).getByRole('textbox', { name: 'Value of plan_type' });

  it('different fields: both survive, with no conflict shown', async () => {
    const backend = createMemoryAdapter();
    const { a, b } = renderTwoSessions(<OrganizationSettings />, backend);
    await waitFor(() => expect(displayName(b)).toHaveValue('Acme Corporation'));
    await retype(displayName(a), 'Acme Holding');
    await userEvent.click(within(a).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stateOf(a, 'organization-settings')).toBe('saved'));

    await retype(plan(b), 'growth');
    await userEvent.click(within(b).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stateOf(b, 'organization-settings')).toBe('saved'));
    const stored = await backend.getOrganization(org);
    expect(stored).toMatchObject({ displayName: 'Acme Holding', metadata: { plan_type: 'growth' } });
    await waitFor(() => expect(displayName(b)).toHaveValue('Acme Holding'));
  });

  it('the same field: shows both values; "keep mine" saves over the latest version', async () => {
    const backend = createMemoryAdapter();
    const { a, b } = renderTwoSessions(<OrganizationSettings />, backend);
    await waitFor(() => expect(displayName(b)).toHaveValue('Acme Corporation'));
    await retype(displayName(a), 'Acme Holding');
    await userEvent.click(within(a).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stateOf(a, 'organization-settings')).toBe('saved'));

    await retype(displayName(b), 'Acme Group');
    await retype(plan(b), 'growth');
    await userEvent.click(within(b).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stateOf(b, 'organization-settings')).toBe('conflict'));
    const notice = b.querySelector<HTMLElement>('[data-part="error-notice"]') as HTMLElement;
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent('Not saved: someone else changed these settings first');
    const clash = within(notice).getByRole('row', { name: /Display name/ });
    expect(clash).toHaveTextContent('Acme Group');
    expect(clash).toHaveTextContent('Acme Holding');
    // plan_type was changed only here: not a clash.
    expect(within(notice).queryByRole('row', { name: /plan_type/ })).toBeNull();
    expect(displayName(b)).toHaveValue('Acme Group');
    expect((await backend.getOrganization(org)).displayName).toBe('Acme Holding');
    await expectNoAxeViolations(b);

    await userEvent.click(within(notice).getByRole('button', { name: 'Save my edits anyway' }));
    await waitFor(() => expect(stateOf(b, 'organization-settings')).toBe('saved'));
    expect(await backend.getOrganization(org)).toMatchObject({
      displayName: 'Acme Group',
      metadata: { plan_type: 'growth' },
    });
  });

  it('the same field: "use theirs" drops the edits and shows the latest version', async () => {
    const backend = createMemoryAdapter();
    const { b } = renderTwoSessions(<OrganizationSettings />, backend);
    await waitFor(() => expect(displayName(b)).toHaveValue('Acme Corporation'));
    await retype(displayName(b), 'Acme Group');
    backend.simulateExternalEdit('organization', org, { displayName: 'Acme Holding' });
    await userEvent.click(within(b).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stateOf(b, 'organization-settings')).toBe('conflict'));
    await userEvent.click(within(b).getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(displayName(b)).toHaveValue('Acme Holding'));
    expect(stateOf(b, 'organization-settings')).toBe('idle');
    expect(backend.calls.filter((call) => call.method === 'updateOrganization')).toHaveLength(1);
  });
});

describe('MembersTable when a member’s roles changed elsewhere', { timeout: 60_000 }, () => {
  it('refuses the stale change, says so with the roles they hold now, and shows them in the row', async () => {
    const { adapter } = renderWithTeamkit(<MembersTable />, {
      capabilities: { memberships: { multipleRoles: false } },
    });
    await screen.findAllByRole('rowheader');
    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search members' }), 'Jonas');
    await waitFor(() => expect(document.querySelectorAll('tr[data-part="member-row"]')).toHaveLength(1));
    const row = () => screen.getByRole('rowheader', { name: /Jonas Müller/ }).closest('tr') as HTMLElement;
    expect(within(row()).getByText('Member')).toBeVisible();

    // Another admin, in another tab, makes Jonas a billing manager; this table has not refetched.
    await adapter.updateMembership(org, memoryIds.member, { roles: ['billing_manager'] });
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Jonas Müller' }));
    await userEvent.click(
      within(await screen.findByRole('menu')).getByRole('menuitemradio', { name: 'Admin' }),
    );

    const message =
      'The role of Jonas Müller was not changed: someone else changed it first. Jonas Müller now has Billing manager.';
    expect(
      await screen.findByText(message, { selector: '[data-part="action-failure-message"]' }),
    ).toBeVisible();
    await waitFor(() => expect(within(row()).getByText('Billing manager')).toBeVisible());
    expect((await adapter.getMember(org, memoryIds.member)).roles).toEqual(['billing_manager']);
    const sent = adapter.calls.filter((call) => call.method === 'updateMembership').at(-1);
    expect(sent?.args.slice(2)).toEqual([{ roles: ['admin'] }, { expectedRoles: ['member'] }]);
    // Trying the same again would meet the same answer: no retry is offered for it.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expectNoAxeViolations(document.body);
  });
});
