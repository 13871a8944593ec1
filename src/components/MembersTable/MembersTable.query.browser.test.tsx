import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  listQueries,
  searchBox,
  setUpMembersTableTests,
} from '../../../test/support/members-table-helpers.ts';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { MembersTable } from './MembersTable.tsx';
import { initialMembersTableQuery, type MembersTableQuery } from './members-table-query.ts';

setUpMembersTableTests();

/** The query as a host would write it into its URL. */
function toUrl(query: MembersTableQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.status) params.set('status', query.status);
  if (query.role) params.set('role', query.role);
  params.set('sort', `${query.sort.field}.${query.sort.direction}`);
  return `?${params}`;
}

/** A host that keeps the table's query in its own state (its URL), with a Back button of its own. */
function UrlHost({ changes }: { changes: MembersTableQuery[] }) {
  const [history, setHistory] = useState<MembersTableQuery[]>([initialMembersTableQuery]);
  const query = history.at(-1) ?? initialMembersTableQuery;
  return (
    <>
      <output aria-label="Address">{toUrl(query)}</output>
      <button
        type="button"
        onClick={() => setHistory((past) => (past.length > 1 ? past.slice(0, -1) : past))}
      >
        Back
      </button>
      <MembersTable
        query={query}
        onQueryChange={(next) => {
          changes.push(next);
          setHistory((past) => [...past, next]);
        }}
      />
    </>
  );
}

describe('MembersTable with the query controlled by the host', () => {
  it('reports search (after the pause), filters and sort, and lists what the host holds', async () => {
    const changes: MembersTableQuery[] = [];
    const { adapter } = renderWithTeamkit(<UrlHost changes={changes} />);
    await screen.findAllByRole('rowheader');
    await userEvent.type(searchBox(), 'Jonas');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent('?q=Jonas'),
    );
    // One change for the whole word: the search goes out after the typing pause, not per key.
    expect(changes.map((change) => change.search)).toEqual(['Jonas']);
    await waitFor(() => expect(listQueries(adapter).at(-1)?.search).toBe('Jonas'));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'active');
    await userEvent.click(screen.getByRole('button', { name: /Member/ }));
    expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent(
      '?q=Jonas&status=active&sort=name.desc',
    );
    await waitFor(() =>
      expect(listQueries(adapter).at(-1)).toMatchObject({
        search: 'Jonas',
        statuses: ['active'],
        sort: { field: 'name', direction: 'desc' },
      }),
    );
  });

  it('follows the host back: the box, the filters and the list show the earlier query', async () => {
    const changes: MembersTableQuery[] = [];
    const { adapter } = renderWithTeamkit(<UrlHost changes={changes} />);
    await screen.findAllByRole('rowheader');
    await userEvent.type(searchBox(), 'Jonas');
    await waitFor(() => expect(changes).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    // The whole list again (from the cache: it was listed before the search).
    await waitFor(() => expect(screen.getAllByRole('rowheader').length).toBeGreaterThan(1));
    expect(listQueries(adapter).filter((query) => (query.search ?? '') === '')).toHaveLength(1);
    // Following the host is not a change of the person's: nothing is reported back.
    expect(changes).toHaveLength(1);
  });

  it('never overwrites what the person keeps typing while the host takes the last search', async () => {
    const changes: MembersTableQuery[] = [];
    renderWithTeamkit(<UrlHost changes={changes} />);
    await screen.findAllByRole('rowheader');
    await userEvent.type(searchBox(), 'Jon');
    await waitFor(() => expect(changes.map((change) => change.search)).toEqual(['Jon']));
    await userEvent.type(searchBox(), 'as');
    expect(searchBox()).toHaveValue('Jonas');
    await waitFor(() => expect(changes.map((change) => change.search)).toEqual(['Jon', 'Jonas']));
    expect(searchBox()).toHaveValue('Jonas');
  });
});

describe('MembersTable opening on a default query', () => {
  it('asks the backend for it from the first request and shows it in the toolbar', async () => {
    const { adapter } = renderWithTeamkit(
      <MembersTable
        defaultQuery={{ search: 'Maya', status: 'active', sort: { field: 'name', direction: 'desc' } }}
      />,
    );
    await waitFor(() =>
      expect(listQueries(adapter)[0]).toMatchObject({
        search: 'Maya',
        statuses: ['active'],
        sort: { field: 'name', direction: 'desc' },
      }),
    );
    expect(searchBox()).toHaveValue('Maya');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
  });
});
