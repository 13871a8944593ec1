import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { holdNextCall } from '../../test/support/render-teamkit-hook.tsx';
import { renderWithTeamkit } from '../../test/support/teamkit-test-utils.tsx';
import { memberKey } from '../core/member-key.ts';
import { useAttributeDefinitions } from './use-attribute-definitions.ts';
import { useMembers } from './use-members.ts';
import { useRemoveMember } from './use-remove-member.ts';
import { useUpdateProfile } from './use-update-profile.ts';
import { useUser } from './use-user.ts';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** A profile card as a page might place it several times: the viewer's name and field count. */
function ProfileCard({ label }: { label: string }) {
  const user = useUser();
  const definitions = useAttributeDefinitions();
  if (!user.data || !definitions.data) return <p>{label}: loading</p>;
  return (
    <p>
      {label}: {user.data.profile.givenName} ({definitions.data.definitions.length} fields)
    </p>
  );
}

/** A one-field save, showing what the cache holds while it runs. */
function GivenNameForm() {
  const user = useUser();
  const update = useUpdateProfile();
  return (
    <div>
      <output aria-label="given name">{user.data?.profile.givenName ?? ''}</output>
      <button type="button" onClick={() => update.mutate({ patch: { profile: { givenName: 'Grace' } } })}>
        Rename
      </button>
      {update.isError ? <p>Failed: {update.error.code}</p> : null}
    </div>
  );
}

/** A minimal members table: a count and a remove button per row. */
function MemberRows() {
  const { members, totalCount } = useMembers({ limit: 10 });
  const remove = useRemoveMember();
  return (
    <div>
      <p>Total: {totalCount ?? '…'}</p>
      <ul>
        {members.map((member) => (
          <li key={memberKey(member)}>
            {member.email}
            <button type="button" onClick={() => remove.mutate({ userId: member.userId ?? '' })}>
              Remove {member.email}
            </button>
          </li>
        ))}
      </ul>
      {remove.isError ? <p>Failed: {remove.error.code}</p> : null}
    </div>
  );
}

describe('hooks in Chromium', () => {
  it('given three profile cards over a slow backend, the page makes one user and one definitions request', async () => {
    const { adapter } = renderWithTeamkit(
      <>
        <ProfileCard label="editor" />
        <ProfileCard label="header" />
        <ProfileCard label="sidebar" />
      </>,
      { latency: { min: 5, max: 40 } },
    );
    await waitFor(() => expect(screen.getAllByText(/\(\d+ fields\)/)).toHaveLength(3));
    expect(adapter.calls.map((call) => call.method).sort()).toEqual([
      'getCurrentUser',
      'listAttributeDefinitions',
    ]);
  });

  it('when a save fails, the optimistic name shows at once, then goes back to the stored one', async () => {
    const { adapter } = renderWithTeamkit(<GivenNameForm />, { latency: 10 });
    const output = await screen.findByLabelText('given name');
    await waitFor(() => expect(output.textContent).not.toBe(''));
    const stored = output.textContent;

    adapter.faults.failMethod('updateUser', 'network', { times: 1 });
    const answer = holdNextCall(adapter, 'updateUser');
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(output.textContent).toBe('Grace'));
    answer();
    await screen.findByText('Failed: network');
    expect(output.textContent).toBe(stored);
  });

  it('when removing a member fails, the row and the total come back', async () => {
    const { adapter } = renderWithTeamkit(<MemberRows />, { latency: 10 });
    await screen.findByText('Total: 50');
    const first = screen.getAllByRole('listitem')[0]?.firstChild?.textContent ?? '';
    adapter.faults.failMethod('removeMember', 'unavailable', { times: 1 });
    const answer = holdNextCall(adapter, 'removeMember');
    await userEvent.click(screen.getByRole('button', { name: `Remove ${first}` }));
    await screen.findByText('Total: 49');
    expect(screen.queryByRole('button', { name: `Remove ${first}` })).toBeNull();
    answer();
    await screen.findByText('Failed: unavailable');
    await screen.findByText('Total: 50');
    expect(screen.getByRole('button', { name: `Remove ${first}` })).toBeTruthy();
  });
});
