import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import {
  initialMembersTableQuery,
  type MembersTableQuery,
} from '../src/components/MembersTable/members-table-query.ts';

/** The query as a host writes it into its page's address. */
function toSearchParams(query: MembersTableQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.status) params.set('status', query.status);
  if (query.role) params.set('role', query.role);
  params.set('sort', `${query.sort.field}.${query.sort.direction}`);
  return `?${params}`;
}

/** The query a host reads back from its page's address (unknown values fall back to the defaults). */
function fromSearchParams(search: string): MembersTableQuery {
  const params = new URLSearchParams(search);
  const [field, direction] = (params.get('sort') ?? '').split('.');
  const sort =
    (field === 'name' || field === 'email' || field === 'joinedAt') &&
    (direction === 'asc' || direction === 'desc')
      ? { field, direction }
      : initialMembersTableQuery.sort;
  const status = params.get('status');
  return {
    search: params.get('q') ?? '',
    status: status === 'active' || status === 'inactive' || status === 'pending_invite' ? status : null,
    role: params.get('role'),
    sort,
  } as MembersTableQuery;
}

/**
 * A host page that keeps the table's search, filters and sort in its address: the table is controlled
 * (`query` + `onQueryChange`), the address updates as the person searches, filters and sorts, and a
 * reload or a shared link opens the same list. The story's own address bar stands in for the browser's.
 */
function TeamPageWithAddress() {
  const [address, setAddress] = useState('?q=&status=active&sort=name.asc');
  const query = fromSearchParams(address);
  return (
    <>
      <p>
        Address: <output aria-label="Address">{`/settings/team${address}`}</output>
      </p>
      <MembersTable query={query} onQueryChange={(next) => setAddress(toSearchParams(next))} />
    </>
  );
}

const meta = {
  title: 'Components/MembersTable/URL state',
  component: TeamPageWithAddress,
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof TeamPageWithAddress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opened from a link listing active members; searching and sorting write into the address. */
export const KeptInTheAddress: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader', {}, { timeout: 5000 });
    await expect(canvas.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search members' }), 'Maya');
    await waitFor(() =>
      expect(canvas.getByRole('status', { name: 'Address' })).toHaveTextContent(
        '/settings/team?q=Maya&status=active&sort=name.asc',
      ),
    );
    await userEvent.click(canvas.getByRole('button', { name: /Member/ }));
    await expect(canvas.getByRole('status', { name: 'Address' })).toHaveTextContent('sort=name.desc');
  },
};
