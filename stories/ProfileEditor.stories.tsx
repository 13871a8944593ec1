import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { TeamkitStoryOptions } from '../.storybook/teamkit.ts';
import { memoryIds } from '../src/adapters/memory/index.ts';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import type { FieldRendererProps } from '../src/components/ProfileEditor/profile-editor-types.ts';
import type { User } from '../src/core/user.ts';
import {
  everyTypeDefinitions,
  malformedDefinitions,
  standardDefinitionsOnly,
  twoHundredDefinitions,
} from './profile-editor-fixtures.ts';

/**
 * The profile editor as a host uses it: the viewer's own profile, an admin editing a member, the
 * options for picking fields, replacing controls and adding content. The states a save goes through
 * (validation errors, saving, saved, failure, conflict …) are in "ProfileEditor/States".
 */
const meta = {
  title: 'Components/ProfileEditor',
  component: ProfileEditor,
  args: { onSaved: fn(), onDirtyChange: fn() },
  parameters: { teamkit: {} satisfies TeamkitStoryOptions },
  // Wait for the profile, so the a11y check sees the form rather than the loading skeleton.
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-part="profile-editor"]')?.getAttribute('data-state')).toBe(
          'idle',
        ),
      { timeout: 5000 },
    );
  },
} satisfies Meta<typeof ProfileEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The signed-in person's own profile, from the seeded definitions (admin-only fields are left out). */
export const OwnProfile: Story = {};

/** An admin editing a member: admin-only fields (employee ID, start date, picture) are editable. */
export const AdminMode: Story = {
  args: { userId: memoryIds.member, mode: 'admin' },
};

/** One field of every type, empty, ready to fill in. */
export const EachFieldType: Story = {
  parameters: { teamkit: { definitions: everyTypeDefinitions() } satisfies TeamkitStoryOptions },
};

/** A backend with no custom attributes: only the standard fields. */
export const EmptyCustomAttributes: Story = {
  parameters: { teamkit: { definitions: standardDefinitionsOnly() } satisfies TeamkitStoryOptions },
};

/** A person who signs in through Okta: the display name comes from Okta, and they may keep their own. */
export const IdentityProviderFields: Story = {
  parameters: { teamkit: { viewer: memoryIds.idpUser } satisfies TeamkitStoryOptions },
};

/** Two hundred custom attributes in ten sections: typing in one field re-renders that field only. */
export const TwoHundredCustomAttributes: Story = {
  parameters: { teamkit: { definitions: twoHundredDefinitions() } satisfies TeamkitStoryOptions },
};

/**
 * Definitions broken on purpose (unknown type, broken pattern, duplicates, junk) and stored values of
 * the wrong shape: broken fields are read-only text (the reason shows in development builds), the rest
 * works, nothing crashes, and the label that looks like HTML is text.
 */
export const MalformedDefinitions: Story = {
  parameters: {
    teamkit: {
      definitions: malformedDefinitions(),
      prepare: (data) => {
        const admin = data.users[memoryIds.admin] as User;
        admin.profile = {
          ...admin.profile,
          customAttributes: {
            mystery: { nested: ['an', 'object'] } as unknown as string,
            html_label: '<b>not bold</b>',
            odd_policy: 42,
          },
        };
      },
    } satisfies TeamkitStoryOptions,
  },
};

/** Only some fields, in the definitions' order, with one hidden. */
export const PickedFields: Story = {
  args: {
    fields: ['givenName', 'familyName', 'locale', 'phoneNumber', 'department'],
    hiddenFields: ['department'],
  },
};

/** A host control for one key (a colour swatch beside the text) and extra content before a group. */
export const CustomRenderersAndGroupContent: Story = {
  args: {
    renderers: {
      byKey: {
        website: function WebsiteWithPreview(props: FieldRendererProps) {
          const value = typeof props.value === 'string' ? props.value : '';
          return (
            <span style={{ display: 'grid', gap: '0.25rem' }}>
              <input
                {...props.controlProps}
                ref={props.inputRef}
                name={props.name}
                type="url"
                value={value}
                onChange={(event) => props.onChange(event.target.value)}
                onBlur={props.onBlur}
              />
              <small>{value ? `Links to ${value}` : 'No website yet'}</small>
            </span>
          );
        },
      },
    },
    groupContent: {
      Work: { before: <p>These fields come from your HR system unless you change them here.</p> },
      Preferences: <p>You can unsubscribe from any email at any time.</p>,
    },
  },
};

/** The user's raw JSON in a collapsed section, as Auth0's dashboard shows it. */
export const WithRawJson: Story = {
  args: { showRawJson: true, userId: memoryIds.member, mode: 'admin' },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Arabic, laid out right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
};
