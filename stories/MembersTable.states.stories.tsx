import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useMemo, useState } from 'react';
import { expect, fn } from 'storybook/test';
import { type StoryAdapter, type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import type { MembersPage } from '../src/core/adapter.ts';
import { auth0Capabilities, scalekitCapabilities } from '../src/core/capabilities.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { useTeamkit } from '../src/react/use-teamkit.ts';
import { memberRows, waitFor } from './members-table-play.ts';

/**
 * Every state of the members list, each reached by a play function that acts as a person would (the
 * a11y addon then checks the state reached): loading, empty, no results, a failed load, backends that
 * cannot sort, filter or count, and hostile data. The row actions' states are in
 * MembersTable.row-actions.stories.tsx. The backend is the story's memory adapter.
 */
const meta = {
  title: 'Components/MembersTable/States',
  component: MembersTable,
  args: { onOpenMember: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
} satisfies Meta<typeof MembersTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** First page never arrives: skeleton rows under the toolbar. */
export const Loading: Story = {
  parameters: { teamkit: { latency: 600_000 } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[data-part="skeleton-row"]').length).toBeGreaterThan(0),
    );
    await expect(canvasElement.querySelector('[data-part="members-table"]')).toHaveAttribute(
      'data-view',
      'loading',
    );
  },
};

/** The provider's adapter, except that the members list comes back empty (a brand-new organization). */
function WithNoMembers({ children }: { children: ReactNode }) {
  const outer = useTeamkit();
  const adapter = useMemo(
    () =>
      new Proxy(outer.adapter, {
        get(target, property, receiver) {
          if (property === 'listMembers') {
            return async (): Promise<MembersPage> => ({ members: [], nextCursor: null, totalCount: 0 });
          }
          return Reflect.get(target, property, receiver);
        },
      }),
    [outer.adapter],
  );
  return (
    <TeamkitProvider
      adapter={adapter}
      organizationId={outer.organizationId}
      messages={outer.messages}
      locale={outer.locale}
    >
      {children}
    </TeamkitProvider>
  );
}

/** No members yet: the host's invite action takes the table's place. */
export const Empty: Story = {
  args: {
    emptyAction: (
      <button type="button" data-part="button" data-variant="primary">
        Invite your first teammate
      </button>
    ),
  },
  render: (args) => (
    <WithNoMembers>
      <MembersTable {...args} />
    </WithNoMembers>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No members yet')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Invite your first teammate' })).toBeVisible();
  },
};

/** A search that matches nobody: say so, and offer to clear it. */
export const NoResults: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findAllByRole('rowheader');
    await userEvent.type(canvas.getByRole('searchbox'), 'nobody-by-this-name');
    await expect(await canvas.findByText('No members match')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  },
};

const failedOnce = new WeakSet<StoryAdapter>();

/** Arms one failure of the list before the table asks for it (once per story render). */
function FailFirstList({ adapter, children }: { adapter: StoryAdapter; children: ReactNode }) {
  useState(() => {
    if (!failedOnce.has(adapter)) {
      failedOnce.add(adapter);
      adapter.faults.failMethod('listMembers', 'unavailable', { times: 1 });
    }
  });
  return <>{children}</>;
}

/** The list failed to load: the reason and a retry; the retry succeeds. */
export const ErrorWithRetry: Story = {
  render: (args, context) => (
    <FailFirstList adapter={teamkitOf(context).adapter}>
      <MembersTable {...args} />
    </FailFirstList>
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(await canvas.findByText('The members could not be loaded.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(memberRows(canvasElement).length).toBeGreaterThan(0));
  },
};

/**
 * Over a Scalekit-like backend: search matches email, user ID and external ID from 3 characters, and
 * nothing can be sorted or filtered on the server, so the table offers no sort buttons or filters and
 * says why a 2-letter search is not sent.
 */
export const OverScalekitCapabilities: Story = {
  parameters: { teamkit: { capabilities: scalekitCapabilities } satisfies TeamkitStoryOptions },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('combobox')).toBeNull();
    await expect(canvasElement.querySelector('[data-part="sort-button"]')).toBeNull();
    const search = canvas.getByRole('searchbox');
    await expect(search).toHaveAttribute('placeholder', 'Email, user ID or external ID');
    await userEvent.type(search, 'jo');
    await expect(await canvas.findByText('Type at least 3 characters to search.')).toBeVisible();
  },
};

/**
 * Over an Auth0-like backend: no search and no total, so there is no search box and the count reads
 * "50+ members" (what is loaded, and more to come) instead of a number that may be wrong.
 */
export const OverAuth0Capabilities: Story = {
  parameters: {
    teamkit: { capabilities: auth0Capabilities, memberCount: 120 } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('searchbox')).toBeNull();
    await expect(canvas.getByText('50+ members')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Load more' })).toBeVisible();
  },
};

/** A member whose email hides a right-to-left override: the code shows where it sits. */
export const DisguisedEmail: Story = {
  parameters: {
    teamkit: {
      prepare: (data) => {
        const jonas = data.users[memoryIds.member];
        if (jonas) jonas.email = 'jonas@\u202Emoc.elpmaxe';
      },
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('jonas@⟨U+202E⟩moc.elpmaxe', {}, { timeout: 5000 })).toBeVisible();
  },
};
