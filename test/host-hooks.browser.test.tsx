// Host hooks around the kit's changes, in Chromium, over the memory adapter and over HTTP (the HTTP
// adapter -> a real createTeamkitHandler on 127.0.0.1, through the fault hub): a `before` hook that
// cancels leaves the action where it was with the host's words and sends nothing (neither the adapter
// nor the server sees a request); one that asks the person in the host's own dialog holds the change
// until they answer; `after` sees every outcome.
// The optimistic and managed changes (a role change, a new attribute) are in
// host-hooks.optimistic.browser.test.tsx.
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { InviteMemberDialog } from '../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { resultOf } from '../src/components/InviteMemberDialog/invite-dialog-test-setup.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { MutationHooks, MutationOutcome } from '../src/core/mutation-hooks.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { useHostConfirm } from '../stories/host-confirm.tsx';
import '../src/styles/index.css';
import '../src/styles/definitions-manager.css';
import {
  type Backend,
  closeBackend,
  httpBackend,
  memoryBackend,
  openBackend,
  renderWithHooks,
} from './support/host-hooks-backends.tsx';
import { createTestQueryClient } from './support/render-teamkit-hook.tsx';
import { expectNoAxeViolations } from './support/teamkit-test-utils.tsx';

const backends: { name: string; open: () => Promise<Backend> }[] = [
  { name: 'the memory adapter', open: () => memoryBackend() },
  { name: 'HTTP', open: httpBackend },
];

afterEach(closeBackend);

async function inviteOne(email: string) {
  await userEvent.click(await screen.findByRole('button', { name: 'Invite teammate' }));
  const dialog = await screen.findByRole('dialog', { name: 'Invite teammates' });
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Email addresses/ }), email);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
  return dialog;
}

/** A host page: the invite dialog, and the host's confirmation asked before every invitation. */
function useHostAsksBeforeInviting({ audit }: { audit: MutationOutcome<'inviteMember'>[] }) {
  const confirm = useHostConfirm('Yes, invite');
  const hooks: MutationHooks = {
    inviteMember: {
      before: async ([organizationId, input, options]) =>
        (await confirm.ask(`Invite ${input.email} to Acme? They will see every project.`))
          ? // The host files every invitation under its own team.
            [organizationId, { ...input, metadata: { ...input.metadata, team: 'host-team' } }, options]
          : { cancel: 'You chose not to invite them. Nothing was sent.' },
      after: (outcome) => {
        audit.push(outcome);
      },
    },
  };
  return { hooks, page: confirm.dialog };
}

/** The host's page: its hooks on the provider, the kit's dialog, and the host's own confirmation. */
function HostPage({ adapter, audit }: { adapter: TeamkitAdapter; audit: MutationOutcome<'inviteMember'>[] }) {
  const { hooks, page } = useHostAsksBeforeInviting({ audit });
  const [client] = useState(createTestQueryClient);
  return (
    <TeamkitProvider
      adapter={adapter}
      organizationId={memoryIds.organization}
      queryClient={client}
      hooks={hooks}
    >
      <InviteMemberDialog />
      {page}
    </TeamkitProvider>
  );
}

for (const { name, open } of backends) {
  describe(`Host hooks over ${name}`, () => {
    it('a before hook that cancels an invite leaves the dialog open with the host’s words and sends nothing', async () => {
      const seen: MutationOutcome<'inviteMember'>[] = [];
      const backend = await renderWithHooks(open, <InviteMemberDialog />, {
        inviteMember: {
          before: () => ({ cancel: 'Invitations are paused until the audit ends on Monday.' }),
          after: (outcome) => {
            seen.push(outcome);
          },
        },
      });
      const dialog = await inviteOne('grace@example.com');

      await waitFor(() =>
        expect(resultOf('grace@example.com')).toHaveTextContent(
          'Not sent: Invitations are paused until the audit ends on Monday.',
        ),
      );
      expect(dialog).toBeVisible();
      expect(screen.getByRole('dialog', { name: 'Invite teammates' })).toBe(dialog);
      // A refusal by the host: trying the same again would meet the same answer.
      expect(within(dialog).queryByRole('button', { name: /Retry/ })).toBeNull();
      expect(await backend.received('inviteMember')).toBe(0);
      expect(await backend.writesOnTheWire()).toBe(0);
      expect(seen).toEqual([
        expect.objectContaining({ mutation: 'inviteMember', ok: false, error: expect.anything() }),
      ]);
      expect(seen[0]?.ok === false && seen[0].error.code).toBe('cancelled');
      await expectNoAxeViolations(document.body);
    });

    it('a before hook that throws cancels with the kit’s own sentence, keeping what was typed', async () => {
      // The developer's console gets the hook's error; kept out of the test output.
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const backend = await renderWithHooks(open, <ProfileEditor />, {
        updateUser: {
          before: () => {
            throw new Error('policy service returned 500');
          },
        },
      });
      const givenName = await waitFor(() => {
        const control = document.querySelector<HTMLInputElement>('[data-key="givenName"] input');
        if (!control) throw new Error('No givenName control yet');
        return control;
      });
      await userEvent.fill(givenName, 'Grace');
      await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

      const notice = await waitFor(() => {
        const element = document.querySelector<HTMLElement>(
          '[data-part="error-notice"][data-code="cancelled"]',
        );
        if (!element) throw new Error('No cancel notice yet');
        return element;
      });
      expect(notice).toHaveTextContent('Nothing was sent: this app stopped the change.');
      expect(notice).not.toHaveTextContent('policy service');
      // Not a server failure: no "Try again" that would run the same check again.
      expect(within(notice).queryByRole('button', { name: 'Try again' })).toBeNull();
      expect(givenName).toHaveValue('Grace');
      expect(await backend.received('updateUser')).toBe(0);
      expect(await backend.writesOnTheWire()).toBe(0);
      expect(consoleError).toHaveBeenCalledWith('Teamkit: a mutation hook failed.', expect.any(Error));
      consoleError.mockRestore();
    });

    it('the host asks in its own dialog: No cancels, Yes sends the input as the hook changed it', async () => {
      const audit: MutationOutcome<'inviteMember'>[] = [];
      const backend = await openBackend(open);
      render(<HostPage adapter={backend.adapter} audit={audit} />);

      const dialog = await inviteOne('ada@example.com');
      const ask = await screen.findByRole('alertdialog', { name: /Invite ada@example.com to Acme\?/ });
      // Nothing leaves while the person thinks.
      expect(await backend.received('inviteMember')).toBe(0);
      await userEvent.click(within(ask).getByRole('button', { name: 'No' }));
      await waitFor(() =>
        expect(resultOf('ada@example.com')).toHaveTextContent(
          'You chose not to invite them. Nothing was sent.',
        ),
      );
      expect(await backend.received('inviteMember')).toBe(0);

      await userEvent.click(within(dialog).getByRole('button', { name: 'Edit and send again' }));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
      const again = await screen.findByRole('alertdialog', { name: /Invite ada@example.com/ });
      await userEvent.click(within(again).getByRole('button', { name: 'Yes, invite' }));
      await waitFor(() => expect(resultOf('ada@example.com')).toHaveTextContent('Invited'));
      expect(await backend.received('inviteMember')).toBe(1);

      expect(audit.map((outcome) => outcome.ok)).toEqual([false, true]);
      const sent = audit[1];
      expect(sent?.args[1]).toMatchObject({ email: 'ada@example.com', metadata: { team: 'host-team' } });
      expect(sent?.ok && sent.result).toMatchObject({ email: 'ada@example.com' });
      // What the backend itself was asked, through the handler over HTTP.
      const [received] = await backend.argsOf('inviteMember');
      expect(received?.[1]).toMatchObject({ email: 'ada@example.com', metadata: { team: 'host-team' } });
    });
  });
}
