import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ready, retype, root, tabTo, textbox, updates } from './profile-editor-test-support.tsx';

/** Types "Mine" into a field, has someone else change the profile meanwhile, then presses Save (Enter). */
async function saveAgainstTheirs(field: RegExp, theirs: { givenName?: string; familyName?: string }) {
  const rendered = renderWithTeamkit(<ProfileEditor />);
  await ready(rendered.container);
  await tabTo(textbox(field));
  await retype('Mine');
  rendered.adapter.simulateExternalEdit('user', memoryIds.admin, { profile: theirs });
  await userEvent.keyboard('{Enter}');
  return rendered;
}

// A save that fails, and a save that meets a change made elsewhere: nothing typed is lost.
describe('ProfileEditor', { timeout: 60_000 }, () => {
  describe('when saving fails', () => {
    it('keeps every typed value, and "Try again" saves them', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      adapter.faults.failMethod('updateUser', 'unavailable', { times: 1 });

      await tabTo(textbox(/First name/));
      await retype('Grace');
      await tabTo(textbox(/Last name/));
      await retype('Hopper');
      await tabTo(textbox(/About you/));
      await retype('Wrote the first compiler.');
      await tabTo(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.keyboard('{Enter}');

      await waitFor(() => expect(root(container).dataset.state).toBe('error'));
      expect(container.querySelector('[data-part="error-notice"]')).toHaveTextContent(
        /Your changes were not saved/,
      );
      expect(textbox(/First name/).value).toBe('Grace');
      expect(textbox(/Last name/).value).toBe('Hopper');
      expect(textbox(/About you/).value).toBe('Wrote the first compiler.');
      await expectNoAxeViolations(container);

      await tabTo(screen.getByRole('button', { name: 'Try again' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      const patches = updates(adapter).map((update) => update.patch);
      expect(patches).toHaveLength(2);
      expect(patches[1]).toEqual(patches[0]);
      expect(patches[1]).toEqual({
        profile: { givenName: 'Grace', familyName: 'Hopper' },
        customAttributes: { bio: 'Wrote the first compiler.' },
      });
      // The retry button went away with the error: focus went back to Save, not to the page.
      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save changes' })),
      );
    });

    it('puts the server’s field errors on their fields', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      adapter.faults.failMethod(
        'updateUser',
        Object.assign(new Error('Refused'), {
          name: 'TeamkitError',
          code: 'validation',
          fieldErrors: { 'customAttributes.backup_email': 'This address bounces.' },
        }),
        { times: 1 },
      );
      await tabTo(textbox(/Backup email/));
      await retype('bounce@example.com');
      await userEvent.keyboard('{Enter}');
      await waitFor(() =>
        expect(textbox(/Backup email/)).toHaveAccessibleDescription(/This address bounces/),
      );
      expect(document.activeElement).toBe(textbox(/Backup email/));
      expect(textbox(/Backup email/).value).toBe('bounce@example.com');
    });
  });

  describe('when the profile changed elsewhere', () => {
    it('keeps the edits, shows what differs, and overwrites against the new version', async () => {
      const { adapter, container } = await saveAgainstTheirs(/First name/, { givenName: 'Theirs' });

      await waitFor(() => expect(root(container).dataset.state).toBe('conflict'));
      expect(textbox(/First name/).value).toBe('Mine');
      const review = await screen.findByRole('button', { name: 'Review differences' });
      await tabTo(review);
      await userEvent.keyboard(' ');
      const table = await screen.findByRole('table', { name: /differ from the latest version/ });
      const row = within(table).getByRole('row', { name: /First name/ });
      expect(row).toHaveTextContent('Mine');
      expect(row).toHaveTextContent('Theirs');
      await expectNoAxeViolations(container);

      const latestVersion = (await adapter.getUser(memoryIds.admin)).version;
      await tabTo(screen.getByRole('button', { name: 'Save my edits anyway' }));
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      const last = updates(adapter).at(-1);
      expect(last?.patch).toEqual({ profile: { givenName: 'Mine' } });
      expect(last?.options.expectedVersion).toBe(latestVersion);
    });

    it('reload drops the edits and shows the latest version', async () => {
      const { adapter, container } = await saveAgainstTheirs(/Last name/, { familyName: 'Theirs' });
      const reload = await screen.findByRole('button', { name: 'Reload the latest version' });
      await tabTo(reload);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(root(container).dataset.state).toBe('idle'));
      expect(textbox(/Last name/).value).toBe('Theirs');
      expect(updates(adapter)).toHaveLength(1);
    });
  });
});
