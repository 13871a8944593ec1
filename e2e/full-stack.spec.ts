/**
 * The full-stack demo in Debian's Chromium: the settings app over the HTTP adapter, the kit's handler
 * on the demo server (127.0.0.1), and the sign-in switcher. Each person sees what their permissions
 * allow, and the server refuses the rest even when asked directly. The memory server keeps its state
 * for the whole run, so every test changes records no other test reads.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { fullStackServers } from './full-stack-servers.ts';

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** Waits until the page has data: no skeleton, no busy region. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"], [data-part="skeleton"]')).toHaveCount(0);
}

/** Fails with every axe violation on the page as it is now. */
async function expectNoAxeViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

const announcements = (page: Page) => page.locator('[data-part="live-regions"] [role="status"]');

/** Opens the demo server's page, signs in from the first screen, and goes to `hash`. */
async function signIn(page: Page, server: string, name: string, hash: string) {
  await page.goto(`${server}/`);
  await expect(page.getByRole('heading', { name: 'Sign in to the Teamkit demo' })).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-in screen');
  await page.getByRole('button', { name }).click();
  await expect(page.locator('[data-demo="signed-in"]')).toContainText(name);
  await page.goto(`${server}/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
}

/** A write straight to the kit's handler with the page's session cookie, as a curious person could send. */
async function writeDirectly(page: Page, method: 'PATCH' | 'POST', path: string, data: unknown) {
  const response = await page.request.fetch(`${fullStackServers.memory}/api/teamkit${path}`, {
    method,
    headers: { 'x-teamkit-request': '1', 'content-type': 'application/json' },
    data,
  });
  return { status: response.status(), body: (await response.json()) as { code?: string } };
}

test.describe('given the full-stack demo over the memory backend', () => {
  const server = fullStackServers.memory;

  test('an admin invites a teammate and changes a role, and both are on the server', async ({ page }) => {
    await signIn(page, server, 'Maya Okafor', '#/members');
    await expect(page.getByText('over In-memory backend')).toBeVisible();

    await page.getByRole('button', { name: 'Invite teammate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite teammates' });
    const addresses = dialog.getByLabel('Email addresses');
    await addresses.fill('ada.fullstack@example.com');
    await addresses.press('Enter');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog.getByText('1 invited')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const search = page.getByLabel('Search members');
    await search.fill('Camila');
    const row = page.getByRole('row').filter({ hasText: 'Camila García' });
    await expect(row).toContainText('Member');
    await row.getByRole('button', { name: 'Actions for Camila García' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Billing manager' }).click();
    await page
      .getByRole('alertdialog', { name: 'Change the roles of Camila García?' })
      .getByRole('button', { name: 'Change roles' })
      .click();
    await expect(announcements(page)).toContainText('Camila García now has the roles');

    // A reload starts from a fresh cache: what shows now is what the server holds.
    await page.reload();
    await settled(page);
    await page.getByLabel('Search members').fill('ada.fullstack@example.com');
    await expect(page.getByRole('row').filter({ hasText: 'ada.fullstack@example.com' })).toContainText(
      'Invited',
    );
    await page.getByLabel('Search members').fill('Camila');
    await expect(page.getByRole('row').filter({ hasText: 'Camila García' })).toContainText('Billing manager');
  });

  test('a member cannot invite or edit an admin-only field, and the server refuses both', async ({
    page,
  }) => {
    await signIn(page, server, 'Maya Okafor', '#/profile');
    // The switcher signs someone else in; the page is theirs at once.
    await page.getByLabel('Sign in as').selectOption({ label: 'Jonas Müller (Member at Acme Corporation)' });
    await expect(page.locator('[data-demo="signed-in"]')).toContainText('Jonas Müller');
    await settled(page);
    await expect(page.getByLabel('First name')).toHaveValue('Jonas');
    // Employee ID is written by administrators only: shown, not editable.
    await expect(page.getByRole('textbox', { name: 'Employee ID' })).not.toBeEditable();

    await page.goto(`${server}/#/members`);
    await settled(page);
    await expect(page.getByRole('button', { name: 'Invite teammate' })).toBeDisabled();
    await expect(page.getByText('Your role can’t invite people. Ask an administrator.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Actions for / })).toHaveCount(0);

    const invite = await writeDirectly(page, 'POST', '/organizations/org_acme/invitations', {
      email: 'sneaky@example.com',
      idempotencyKey: 'e2e-member-invite',
    });
    expect(invite).toMatchObject({ status: 403, body: { code: 'permission_denied' } });
    const adminField = await writeDirectly(page, 'PATCH', '/users/usr_96194455173800002', {
      patch: { customAttributes: { employee_id: 'EMP-9999' } },
    });
    expect(adminField).toMatchObject({ status: 403, body: { code: 'permission_denied' } });
  });

  test('a member of another organization sees only theirs', async ({ page }) => {
    await signIn(page, server, 'Frank Grimes', '#/members');
    await expect(page.getByText('Who can sign in to Globex Inc, and with which role.')).toBeVisible();
    await expectNoAxeViolations(page, 'members, with the sign-in switcher');
    const table = page.locator('[data-part="members-table"]');
    await expect(table).toContainText('Hank Scorpio');
    await expect(table).toContainText('Frank Grimes');
    await expect(table).not.toContainText('Maya Okafor');
    await expect(table).not.toContainText('Jonas Müller');

    await page.goto(`${server}/#/organization`);
    await settled(page);
    await expect(page.getByRole('textbox', { name: /^External ID/ })).toHaveCount(0);
    await expect(page.getByText('How Globex Inc is named and linked to your other systems.')).toBeVisible();
    await expect(page.locator('main').getByText('Globex Inc', { exact: true })).toBeVisible();

    const acme = await page.request.get(`${server}/api/teamkit/organizations/org_acme/members`);
    expect(acme.status()).toBe(403);
  });

  test('an admin switches to Initech and accepts Umbrella Labs’ invitation over HTTP; Globex stays closed', async ({
    page,
  }) => {
    await signIn(page, server, 'Maya Okafor', '#/members');
    const trigger = page.locator('[data-part="organization-switcher"] [data-part="trigger"]');
    const options = page.getByRole('listbox', { name: 'Your organizations' }).getByRole('option');
    await trigger.click();
    await expect(options.filter({ hasText: 'Globex' })).toHaveCount(0);
    await options.filter({ hasText: 'Initech' }).click();
    await expect(trigger).toHaveAccessibleName('Organization: Initech');
    await expect(page.locator('[data-part="members-table"]')).toContainText('Bill Lumbergh');
    await settled(page);
    await expect(page.locator('[data-part="members-table"]')).not.toContainText('Jonas Müller');
    await expectNoAxeViolations(page, 'members of Initech, over HTTP');

    await trigger.click();
    await page.getByRole('button', { name: 'Accept the invitation to Umbrella Labs' }).click();
    await options.filter({ hasText: 'Umbrella Labs' }).click();
    await expect(trigger).toHaveAccessibleName('Organization: Umbrella Labs');
    await settled(page);

    const globex = await page.request.get(`${server}/api/teamkit/organizations/org_globex/members`);
    expect(globex.status()).toBe(403);
  });
});

test.describe('given the full-stack demo over the fake Scalekit', () => {
  test('an admin sees the organization’s members as Scalekit holds them, and no secret reaches the page', async ({
    page,
  }) => {
    const server = fullStackServers.scalekit;
    const shipped: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(server) && !response.url().includes('/api/teamkit/')) {
        shipped.push(response.text().catch(() => ''));
      }
    });
    await signIn(page, server, 'Ada Lovelace', '#/members');
    await expect(page.getByText('over Scalekit')).toBeVisible();
    const table = page.locator('[data-part="members-table"]');
    await expect(table).toContainText('Grace Hopper');
    await expect(table).toContainText('pending@acme.example');
    await expect(page.getByRole('button', { name: 'Invite teammate' })).toBeEnabled();

    // The page holds a session cookie it cannot read, and none of the server's credentials or code.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const texts = await Promise.all(shipped);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      expect(text).not.toContain('test-secret-do-not-log');
      expect(text).not.toContain('skc_fake_client');
      expect(text).not.toContain('/oauth/token');
    }
  });
});
