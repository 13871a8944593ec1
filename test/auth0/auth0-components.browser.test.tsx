// ProfileEditor, InviteMemberDialog and MembersTable in Chromium over a host on Auth0: the HTTP adapter
// in the page, and on 127.0.0.1 the handler, the Auth0 adapter (through Auth0's SDK) and the fake Auth0
// (started by the browser project's global setup). Each test checks what Auth0 stored, not only the UI.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { InviteMemberDialog } from '../../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { MembersTable } from '../../src/components/MembersTable/MembersTable.tsx';
import { ProfileEditor } from '../../src/components/ProfileEditor/ProfileEditor.tsx';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import { TeamkitProvider } from '../../src/react/TeamkitProvider.tsx';
import '../../src/styles/index.css';
import type { Auth0Seed } from '../fakes/auth0/seed.ts';
import { createTestQueryClient } from '../support/render-teamkit-hook.tsx';
import { expectNoAxeViolations } from '../support/teamkit-test-utils.tsx';

const stack = inject('auth0StackUrl');

afterEach(() => {
  cleanup();
});

/** A fresh seeded tenant with `viewer` signed in (the admin by default), and an HTTP adapter to it. */
async function signIn(viewer?: string): Promise<{ ids: Auth0Seed; adapter: TeamkitAdapter }> {
  const query = viewer ? `?viewer=${encodeURIComponent(viewer)}` : '';
  const ids = (await (await fetch(`${stack}/__test/reset${query}`, { method: 'POST' })).json()) as Auth0Seed;
  return { ids, adapter: await createHttpAdapter({ baseUrl: `${stack}/api/teamkit` }) };
}

function show(ui: ReactElement, adapter: TeamkitAdapter, ids: Auth0Seed) {
  return render(
    <TeamkitProvider
      adapter={adapter}
      organizationId={ids.organizationId}
      queryClient={createTestQueryClient()}
    >
      {ui}
    </TeamkitProvider>,
  );
}

/** The user as the fake Auth0 stores it. */
async function storedUser(
  userId: string,
): Promise<{ user_metadata: Record<string, unknown>; picture?: string }> {
  return (await fetch(`${stack}/__test/users/${encodeURIComponent(userId)}`)).json();
}

async function editorReady(container: HTMLElement, states: readonly string[] = ['idle']) {
  await waitFor(() =>
    expect(states).toContain(
      container.querySelector<HTMLElement>('[data-part="profile-editor"]')?.dataset.state,
    ),
  );
}

describe('ProfileEditor over Auth0', { timeout: 60_000 }, () => {
  it('saves the user’s own field to user_metadata, and the raw JSON shows both bags', async () => {
    const { ids, adapter } = await signIn();
    const { container } = show(<ProfileEditor showRawJson />, adapter, ids);
    await editorReady(container);
    const bio = screen.getByRole('textbox', { name: /About you/ });
    expect(bio).toHaveValue('Runs the team.');
    await userEvent.fill(bio, 'Ships the Auth0 adapter.');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await storedUser(ids.adminUserId)).user_metadata.bio).toBe('Ships the Auth0 adapter.'),
    );
    await userEvent.click(screen.getByText('Raw JSON'));
    const raw = container.querySelector('[data-part="raw-json-content"]')?.textContent ?? '';
    expect(raw).toContain('"userMetadata"');
    expect(raw).toContain('"appMetadata"');
    await expectNoAxeViolations(container);
  });

  it('shows Google’s picture read-only; an override wins and is stored in user_metadata; clearing it falls back', async () => {
    const { ids, adapter } = await signIn('google-oauth2|108234567890');
    const { container } = show(<ProfileEditor />, adapter, ids);
    await editorReady(container);
    const field = container.querySelector<HTMLElement>('[data-part="override"]');
    const inherited = () =>
      container.querySelector<HTMLInputElement>('[data-part="override"] [data-part="readonly-value"]');
    expect(field).not.toBeNull();
    expect(inherited()).toHaveValue('https://lh3.googleusercontent.example/gail.png');
    expect(inherited()).toHaveAttribute('readonly');
    await userEvent.click(
      within(field as HTMLElement).getByRole('button', { name: 'Use a different value' }),
    );
    await userEvent.fill(screen.getByRole('textbox', { name: /Picture/ }), 'https://me.example/gail.png');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await storedUser(ids.idpUserId)).user_metadata.picture).toBe('https://me.example/gail.png'),
    );
    expect((await storedUser(ids.idpUserId)).picture).toBe('https://lh3.googleusercontent.example/gail.png');
    await editorReady(container, ['idle', 'saved']);
    await userEvent.click(await screen.findByRole('button', { name: /Use the value from/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await storedUser(ids.idpUserId)).user_metadata).not.toHaveProperty('picture'),
    );
    await editorReady(container, ['idle', 'saved']);
    expect(inherited()).toHaveValue('https://lh3.googleusercontent.example/gail.png');
  });
});

describe('InviteMemberDialog over Auth0', { timeout: 60_000 }, () => {
  it('creates an Auth0 invitation with the default role’s ID and no email when asked not to send one', async () => {
    const { ids, adapter } = await signIn();
    show(<InviteMemberDialog />, adapter, ids);
    await userEvent.click(screen.getByRole('button', { name: 'Invite teammate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite teammates' });
    await userEvent.type(screen.getByRole('textbox', { name: /Email addresses/ }), 'new.person@example.com');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Send invitation email' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(/invited/i));
    const invitations = (await (await fetch(`${stack}/__test/invitations`)).json()) as {
      invitee: { email: string };
      roles: string[];
    }[];
    expect(invitations.map((invitation) => [invitation.invitee.email, invitation.roles])).toEqual([
      ['pending@acme.example', [ids.roleIds.member]],
      ['new.person@example.com', [ids.roleIds.member]],
    ]);
    await expectNoAxeViolations(dialog);
  });
});

describe('MembersTable over Auth0', { timeout: 60_000 }, () => {
  it('lists members then the invitation, offers no search, sort or filter Auth0 cannot do, and revokes by invitation ID', async () => {
    const { ids, adapter } = await signIn();
    const { container } = show(<MembersTable />, adapter, ids);
    await screen.findByRole('rowheader', { name: /Ada Admin/ });
    const invitation = await screen.findByRole('rowheader', { name: /pending@acme\.example/ });
    expect(invitation).toBeVisible();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Member/ })).not.toHaveAttribute('aria-sort');
    // Ten members and the invitation: one list from Auth0's two.
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Members' })).getAllByRole('rowheader')).toHaveLength(
        11,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: /Actions for pending@acme\.example/ }));
    await userEvent.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Revoke invitation' }),
    );
    const confirm = await screen.findByRole('alertdialog');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke invitation' }));
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: /pending@acme\.example/ })).toBeNull(),
    );
    await waitFor(async () => expect(await (await fetch(`${stack}/__test/invitations`)).json()).toEqual([]));
    await expectNoAxeViolations(container);
  });
});
