import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../src/adapters/memory/permissions.ts';
import { AttributeDefinitionsManager } from '../src/components/AttributeDefinitionsManager/AttributeDefinitionsManager.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import { scalekitCapabilities } from '../src/core/capabilities.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { useTeamkit } from '../src/react/use-teamkit.ts';
import { createTeamkitHandler } from '../src/server/create-teamkit-handler.ts';
import { createMemoryDefinitionsStore } from '../src/server/definitions-store.ts';
import '../src/styles/definitions-manager.css';

/**
 * A host's definitions store in front of a backend that cannot store a new attribute until it exists
 * there (Scalekit: Dashboard > User Attributes). The real server handler runs in the page, over the
 * memory backend configured as Scalekit, behind the HTTP adapter; an administrator has already added
 * “Desk number” to the store, which the backend does not define.
 */
async function storeInFrontOfBackend(viewer: string): Promise<TeamkitAdapter> {
  const backend = createMemoryAdapter({ capabilities: scalekitCapabilities });
  const definitionsStore = createMemoryDefinitionsStore();
  const handlerAs = (userId: string) =>
    createTeamkitHandler({
      adapter: backend,
      getSession: () => ({ userId, organizationId: memoryIds.organization }),
      policy: memoryAccessPolicy,
      basePath: '/api',
      definitionsStore,
    });
  const adapterAs = (userId: string) => {
    const handler = handlerAs(userId);
    return createHttpAdapter({
      baseUrl: 'http://teamkit.story/api',
      fetch: (input, init) => handler(new Request(input, init)),
    });
  };
  const admin = await adapterAs(memoryIds.admin);
  await admin.createAttributeDefinition?.(memoryIds.organization, {
    key: 'desk_number',
    label: 'Desk number',
    type: 'text',
    helpText: 'Where you sit in the office.',
  });
  return viewer === memoryIds.admin ? admin : adapterAs(viewer);
}

/** The story's component under its own provider, over the store's adapter the loader built. */
function OverStore({ adapter, show }: { adapter: TeamkitAdapter; show: 'manager' | 'profile' }) {
  const { messages, locale } = useTeamkit();
  return (
    <TeamkitProvider
      adapter={adapter}
      organizationId={memoryIds.organization}
      messages={messages}
      locale={locale}
    >
      {show === 'manager' ? <AttributeDefinitionsManager /> : <ProfileEditor />}
    </TeamkitProvider>
  );
}

const meta = {
  title: 'Components/AttributeDefinitionsManager/Store in front of a backend',
  component: OverStore,
  parameters: { teamkit: {} },
} satisfies Meta<typeof OverStore>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The manager marks “Desk number” as not yet in the backend, and says where to create it, with its
 * key, before members can fill it in.
 */
export const NotYetInBackend: Story = {
  loaders: [async () => ({ adapter: await storeInFrontOfBackend(memoryIds.admin) })],
  args: { show: 'manager' } as never,
  render: (args, { loaded }) => <OverStore {...args} adapter={loaded.adapter as TeamkitAdapter} />,
  play: async ({ canvasElement }) => {
    let row: HTMLElement | null = null;
    await waitFor(() => {
      row = canvasElement.querySelector<HTMLElement>('[data-key="desk_number"]');
      expect(row).not.toBeNull();
    });
    const desk = row as unknown as HTMLElement;
    await expect(desk).toHaveAttribute('data-backend', 'missing');
    await expect(within(desk).getByText('Not yet in the memory backend')).toBeVisible();
    await expect(
      within(desk).getByText(
        /create an attribute with the key “desk_number” there before members can fill it in/,
      ),
    ).toBeVisible();
    // The backend's own attributes carry no such mark.
    await expect(canvasElement.querySelector('[data-key="bio"]')).not.toHaveAttribute('data-backend');
  },
};

/** A member's profile shows “Desk number” read-only, with why: it cannot be saved yet. */
export const ProfileFieldNotYetInBackend: Story = {
  loaders: [async () => ({ adapter: await storeInFrontOfBackend(memoryIds.member) })],
  args: { show: 'profile' } as never,
  render: (args, { loaded }) => <OverStore {...args} adapter={loaded.adapter as TeamkitAdapter} />,
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(
        'Not available yet: an administrator must first create this field in the memory backend.',
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /Desk number/ })).toHaveAttribute('readonly');
  },
};
