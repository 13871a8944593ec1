import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { type TeamkitStoryOptions, teamkitOf } from '../.storybook/teamkit.ts';
import type { MemoryData } from '../src/adapters/memory/index.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { resolveCapabilities } from '../src/core/capabilities.ts';
import { teamkitKeys } from '../src/core/query-keys.ts';
import '../src/styles/organization-switcher.css';
import { SwitcherHost } from './organization-switcher-host.tsx';

/**
 * Every state of the organization switcher, each reached by a play function that acts as the person
 * would; the backend is the story's memory adapter, where the admin belongs to Acme and Initech and
 * is invited to Umbrella Labs.
 */
const meta = {
  title: 'Components/OrganizationSwitcher/States',
  component: SwitcherHost,
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
  args: { defaultOpen: true },
} satisfies Meta<typeof SwitcherHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The list of the switcher, once it is in `state`. */
async function listIn(canvasElement: HTMLElement, state: string): Promise<void> {
  await waitFor(() => {
    const list = canvasElement.querySelector<HTMLElement>('[data-part="panel"] [data-part="list"]');
    expect(list?.dataset.state).toBe(state);
  });
}

/** `count` more organizations the admin is a member of (Branch 000 …). */
function manyOrganizations(count: number) {
  return (data: MemoryData) => {
    const acme = data.organizations[memoryIds.organization];
    const membership = data.memberships.find(
      (m) => m.organizationId === memoryIds.organization && m.userId === memoryIds.admin,
    );
    if (!acme || !membership) return;
    for (let index = 0; index < count; index += 1) {
      const id = `org_branch_${index}`;
      data.organizations[id] = {
        ...acme,
        id,
        externalId: null,
        displayName: `Branch ${String(index).padStart(3, '0')}`,
      };
      data.roles[id] = data.roles[memoryIds.organization] ?? [];
      data.memberships.push({ ...membership, organizationId: id, roles: ['member'], metadata: {} });
    }
  };
}

/** The organizations with the admin's roles, the current one marked; arrows and Enter switch to Initech. */
export const List: Story = {
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    const options = canvas.getAllByRole('option');
    await expect(options.map((option) => option.textContent)).toEqual([
      'Acme CorporationAdminCurrent',
      'InitechMember, Billing manager',
    ]);
    const search = canvas.getByRole('combobox', { name: 'Find an organization' });
    await expect(search).toHaveFocus();
    await expect(search).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{ArrowDown}');
    await expect(search).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('In scope: Initech (roles: member, billing_manager)')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Organization: Initech' })).toHaveFocus();
  },
};

/** The first page is still on its way. */
export const Loading: Story = {
  parameters: { teamkit: { latency: 600_000 } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'loading');
    await expect(canvas.getByText('Loading your organizations…')).toBeVisible();
  },
};

/** The list could not be read: the notice says why, and Try again brings it. */
export const ErrorWithRetry: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await listIn(canvasElement, 'ready');
    const { adapter, queryClient } = teamkitOf(context);
    adapter.faults.failMethod('listViewerOrganizations', 'unavailable', { times: 1 });
    await queryClient.resetQueries({ queryKey: teamkitKeys.viewerOrganizations() });
    await listIn(canvasElement, 'error');
    await expect(canvas.getByText('Your organizations could not be loaded.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await listIn(canvasElement, 'ready');
  },
};

/** A search nothing matches: it says so, with what was typed. */
export const SearchWithNoResults: Story = {
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Find an organization' }), 'Wayne');
    await listIn(canvasElement, 'empty');
    await expect(canvas.getByText('No organization matches “Wayne”.')).toBeVisible();
  },
};

/** Umbrella Labs' invitation: Accept makes it an organization to switch to. */
export const PendingInvitation: Story = {
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    await expect(canvas.getByRole('heading', { name: 'Invitations' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Accept the invitation to Umbrella Labs' }));
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(3));
    await expect(canvas.queryByRole('heading', { name: 'Invitations' })).toBeNull();
  },
};

/** Accepting failed: the invitation stays, with the reason beside it. */
export const AcceptingFails: Story = {
  play: async (context) => {
    const { canvasElement, canvas } = context;
    await listIn(canvasElement, 'ready');
    teamkitOf(context).adapter.faults.failMethod('acceptViewerInvitation', 'unavailable', { times: 1 });
    await userEvent.click(canvas.getByRole('button', { name: 'Accept the invitation to Umbrella Labs' }));
    await expect(
      await canvas.findByText('The invitation to Umbrella Labs could not be accepted.'),
    ).toBeVisible();
    await expect(canvas.getAllByRole('option')).toHaveLength(2);
  },
};

/** A member of Acme only: one organization, nothing to switch to, and it says so. */
export const SingleOrganization: Story = {
  parameters: { teamkit: { viewer: 'member' } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    await expect(canvas.getAllByRole('option')).toHaveLength(1);
    await expect(canvas.getByText('You belong to this organization only.')).toBeVisible();
  },
};

/** 300 more organizations: only those in view are rendered, and a search finds one far down. */
export const HundredsOfOrganizations: Story = {
  parameters: { teamkit: { prepare: manyOrganizations(300) } satisfies TeamkitStoryOptions },
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    await expect(canvas.getAllByRole('option').length).toBeLessThan(40);
    await expect(canvas.getAllByRole('option')[0]).toHaveAttribute('aria-setsize', '302');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Find an organization' }), 'Branch 287');
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('In scope: Branch 287 (roles: member)')).toBeVisible();
  },
};

/** A backend that cannot list a person's organizations (a host's own adapter without it): it says so. */
export const NotSupported: Story = {
  parameters: {
    teamkit: {
      capabilities: resolveCapabilities({
        viewerOrganizations: { list: false, search: false, invitations: false, acceptInvitations: false },
      }),
    } satisfies TeamkitStoryOptions,
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Switching organization is not available here.')).toBeVisible();
  },
};

/**
 * Arabic, right to left: every word from the `ar` catalogue (the count in Arabic plural forms), the
 * panel mirrored; arrows and Enter still switch, and the switch is announced in Arabic.
 */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    const root = canvasElement.querySelector<HTMLElement>('[data-part="organization-switcher"]');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('dialog', { name: 'تبديل المؤسسة' })).toBeVisible();
    await expect(canvas.getByRole('listbox', { name: 'مؤسساتك' })).toBeVisible();
    await expect(canvas.getByText('مؤسستان')).toBeVisible();
    await expect(canvas.getByText('الحالية')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'الدعوات' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'قبول الدعوة إلى Umbrella Labs' })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(canvas.getByRole('button', { name: 'المؤسسة: Initech' })).toHaveFocus();
  },
};

/** German: the words from the `de` catalogue, a search with no match in German quotes. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement, canvas }) => {
    await listIn(canvasElement, 'ready');
    await expect(canvas.getByText('2 Organisationen')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Einladung zu Umbrella Labs annehmen' })).toBeVisible();
    await userEvent.type(canvas.getByRole('combobox', { name: 'Organisation suchen' }), 'Wayne');
    await listIn(canvasElement, 'empty');
    await expect(canvas.getByText('Keine Organisation passt zu „Wayne“.')).toBeVisible();
  },
};
