// @vitest-environment node
// The demo's screens render on a server: no DOM, no window, data from a pre-filled query cache.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import { createTeamkitQueryClient, userDisplayName } from '../src/index.ts';
import { DemoScreen, demoScreens, prefetchDemo } from './ssr-demo-fixture.tsx';

/** Text as React writes it into markup. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

async function renderScreen(hash: string) {
  const adapter = createMemoryAdapter();
  const queryClient = createTeamkitQueryClient();
  await prefetchDemo(adapter, queryClient);
  const html = renderToString(<DemoScreen adapter={adapter} queryClient={queryClient} hash={hash} />);
  return { html, adapter };
}

describe('given a server with no DOM', () => {
  it('has no window or document to touch', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the profile screen with the signed-in person’s data', async () => {
    const { html, adapter } = await renderScreen(demoScreens.profile);
    const admin = await adapter.getUser(memoryIds.admin);
    expect(html).toContain('<h1');
    expect(html).toContain('data-part="profile-editor"');
    // The shell's "Signed in as" line reads the same cached user the editor does.
    expect(html).toContain(escapeHtml(userDisplayName(admin)));
  });

  it('renders the profile form itself, with its values, when the cache holds the user and definitions', async () => {
    const { html, adapter } = await renderScreen(demoScreens.profile);
    const admin = await adapter.getUser(memoryIds.admin);
    const givenName = admin.profile.givenName;
    expect(givenName).toBeTruthy();
    // Not the loading placeholder: the form, with the given-name input already holding its value.
    expect(html).not.toContain('data-part="profile-skeleton"');
    expect(html).toContain('data-part="form"');
    const input = html.match(/<input[^>]*name="k_givenName"[^>]*>/)?.[0];
    expect(input).toBeDefined();
    expect(input).toContain(`value="${escapeHtml(givenName ?? '')}"`);
  });

  it('renders the members screen with the first page of members', async () => {
    const { html, adapter } = await renderScreen(demoScreens.members);
    const member = await adapter.getUser(memoryIds.member);
    expect(html).toContain('data-part="members-table"');
    expect(html).toContain(escapeHtml(member.email));
  });

  it('renders a member’s details', async () => {
    const { html, adapter } = await renderScreen(demoScreens.memberDetails);
    const member = await adapter.getUser(memoryIds.member);
    expect(html).toContain('data-part="member-details"');
    expect(html).toContain(escapeHtml(member.email));
  });

  it('renders the organization screen with the organization’s settings', async () => {
    const { html, adapter } = await renderScreen(demoScreens.organization);
    const organization = await adapter.getOrganization(memoryIds.organization);
    expect(html).toContain('data-part="organization-settings"');
    expect(html).toContain(escapeHtml(organization.displayName));
  });
});
