/**
 * The full-stack demo over the fake Auth0 (`npm run demo:auth0`) in Debian's Chromium: the settings app
 * over the HTTP adapter, the kit's handler and the Auth0 adapter on the demo server, Auth0's Management
 * API faked on 127.0.0.1. A user signing in with a provider overrides the name it manages and returns to it; an
 * admin sees members and invitations as one list Auth0 cannot search, and invites someone.
 */
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { fullStackServers } from './full-stack-servers.ts';

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const server = fullStackServers.auth0;

async function signIn(page: Page, name: string, hash: string) {
  await page.goto(`${server}/`);
  await page.getByRole('button', { name }).click();
  await expect(page.locator('[data-demo="signed-in"]')).toContainText(name);
  await page.goto(`${server}/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"], [data-part="skeleton"]')).toHaveCount(0);
}

const me = async (page: Page) =>
  (await (await page.request.get(`${server}/api/teamkit/me`)).json()) as {
    profile: { name: string | null };
    overrides: Record<string, string>;
  };

test.describe('given the full-stack demo over the fake Auth0', () => {
  test('a user signing in with a provider overrides the name it manages, and returns to the provider’s', async ({
    page,
  }) => {
    await signIn(page, 'Gail Google', '#/profile');
    await expect(page.getByText('over Auth0')).toBeVisible();
    const override = page.locator('[data-part="override"]');
    await expect(override.locator('[data-part="readonly-value"]')).toHaveValue('Gail Google');
    await override.getByRole('button', { name: 'Use a different value' }).click();
    await page.getByRole('textbox', { name: /Display name/ }).fill('Gail G.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await me(page)).overrides).toEqual({ name: 'Gail G.' });
    // The provider's value stays where Auth0 keeps it; the override lives in user_metadata.name.
    expect((await me(page)).profile.name).toBe('Gail Google');
    await page.getByRole('button', { name: /Use the value from/ }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await me(page)).overrides).toEqual({});
  });

  test('an admin sees members and invitations in one list, with no search Auth0 cannot do, and invites', async ({
    page,
  }) => {
    await signIn(page, 'Ada Admin', '#/members');
    const table = page.locator('[data-part="members-table"]');
    await expect(table).toContainText('Max Member');
    await expect(table).toContainText('pending@acme.example');
    await expect(page.getByLabel('Search members')).toHaveCount(0);
    await page.getByRole('button', { name: 'Invite teammate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite teammates' });
    const addresses = dialog.getByLabel('Email addresses');
    await addresses.fill('new.auth0@example.com');
    await addresses.press('Enter');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog.getByText('1 invited')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(table).toContainText('new.auth0@example.com');
  });
});
