/**
 * A newcomer's first hour in the demo settings area, in Debian's Chromium against the built demo:
 * edit the profile, invite two teammates, change a role, set the organization's external ID; every change
 * survives a reload (the memory adapter persists in localStorage). Axe runs on every screen, light and dark.
 * Every Playwright test starts from a fresh browser context, so from the seeded data.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';

// Generous limits: the suite runs on small CI machines next to other browsers; waiting longer costs
// nothing when things are quick, and nothing here asserts speed.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** Fails with every axe violation on the page as it is now, by rule and element. */
async function expectNoAxeViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

/** Waits until the page has data: no skeleton, no busy region. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"], [data-part="skeleton"]')).toHaveCount(0);
}

/** The provider's polite live region, where the kit announces what happened. */
const announcements = (page: Page) => page.locator('[data-part="live-regions"] [role="status"]');

async function openDemo(page: Page, hash: string) {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
}

test.describe('given a newcomer in the demo settings area', () => {
  test('when they edit their profile, it is saved and still there after a reload', async ({ page }) => {
    await openDemo(page, '#/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();

    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('About you').fill('Writes the first programs. Ask me about the Analytical Engine.');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(announcements(page)).toContainText('Profile saved.');
    await expect(page.getByText('All changes saved')).toBeVisible();

    await page.reload();
    await settled(page);
    await expect(page.getByLabel('First name')).toHaveValue('Ada');
    await expect(page.getByLabel('About you')).toHaveValue(/Analytical Engine/);
  });

  test('when they invite two teammates, both are listed as invited', async ({ page }) => {
    await openDemo(page, '#/members');
    await page.getByRole('button', { name: 'Invite teammate' }).click();

    const dialog = page.getByRole('dialog', { name: 'Invite teammates' });
    await expect(dialog).toBeVisible();
    const addresses = dialog.getByLabel('Email addresses');
    await addresses.fill('grace.hopper@example.com');
    await addresses.press('Enter');
    await addresses.fill('linus.torvalds@example.com');
    await addresses.press('Enter');
    await expectNoAxeViolations(page, 'the invite dialog');

    await dialog.getByRole('button', { name: 'Send 2 invitations' }).click();
    await expect(dialog.getByText('2 invited')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    const search = page.getByLabel('Search members');
    for (const email of ['grace.hopper@example.com', 'linus.torvalds@example.com']) {
      await search.fill(email);
      const row = page.getByRole('row').filter({ hasText: email });
      await expect(row).toBeVisible();
      await expect(row).toContainText('Invited');
    }

    await page.reload();
    await settled(page);
    await page.getByLabel('Search members').fill('grace.hopper@example.com');
    await expect(page.getByRole('row').filter({ hasText: 'grace.hopper@example.com' })).toBeVisible();
  });

  test('when they change a member’s role, the table shows the new role', async ({ page }) => {
    await openDemo(page, '#/members');
    await page.getByLabel('Search members').fill('Jonas');
    const row = page.getByRole('row').filter({ hasText: 'Jonas Müller' });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Member');

    await row.getByRole('button', { name: 'Actions for Jonas Müller' }).click();
    // Members may hold several roles here: adding one says what changes, and keeps the others.
    await page.getByRole('menuitemcheckbox', { name: 'Billing manager' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Change the roles of Jonas Müller?' });
    await expect(confirm).toContainText('Keeps Member.');
    await confirm.getByRole('button', { name: 'Change roles' }).click();

    await expect(announcements(page)).toContainText(
      'Jonas Müller now has the roles Member and Billing manager.',
    );
    await expect(row).toContainText('Billing manager');
    await expect(row).toContainText('Member');

    await page.reload();
    await settled(page);
    await page.getByLabel('Search members').fill('Jonas');
    await expect(page.getByRole('row').filter({ hasText: 'Jonas Müller' })).toContainText('Billing manager');
  });

  test('when they change the organization’s external ID, it is saved and found by lookup', async ({
    page,
  }) => {
    await openDemo(page, '#/organization');
    // The settings form's own field: the textbox named "External ID (optional)" (the lookup box below is
    // "Organization external ID", and while the page loads other labelled elements may come first).
    const externalId = page.getByRole('textbox', { name: /^External ID/ });
    await expect(externalId).toHaveValue('CUST-12345-ACME');

    await externalId.fill('CUST-99999-ACME');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(announcements(page)).toContainText('Organization settings saved.');

    await page.reload();
    await settled(page);
    await expect(page.getByRole('textbox', { name: /^External ID/ })).toHaveValue('CUST-99999-ACME');

    const lookup = page.getByLabel('Organization external ID');
    await lookup.fill('CUST-99999-ACME');
    await lookup.press('Enter');
    await expect(page.getByText('Acme Corporation').last()).toBeVisible();
  });

  test('when they reset the demo data, the seeded data is back', async ({ page }) => {
    await openDemo(page, '#/profile');
    await page.getByLabel('First name').fill('Ada');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(announcements(page)).toContainText('Profile saved.');

    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByText('Demo data reset to its starting point.')).toBeVisible();
    await settled(page);
    await expect(page.getByLabel('First name')).toHaveValue('Maya');
  });

  test('when they switch to Arabic, the whole area is right-to-left and translated', async ({ page }) => {
    await openDemo(page, '#/members');
    await page.getByLabel('Language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'الأعضاء' })).toBeVisible();
    await expect(page.locator('[data-part="members-table"]')).toHaveAttribute('dir', 'rtl');
    await settled(page);
    await expectNoAxeViolations(page, 'members in Arabic');
  });
});

const screens = [
  { name: 'profile', hash: '#/profile' },
  { name: 'members', hash: '#/members' },
  { name: 'member details', hash: '#/members/usr_96194455173800002' },
  { name: 'organization', hash: '#/organization' },
];

test.describe('given each screen of the demo', () => {
  for (const screen of screens) {
    test(`the ${screen.name} screen has no axe violations in the light and the dark theme`, async ({
      page,
    }) => {
      await openDemo(page, screen.hash);
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      for (const theme of ['light', 'dark'] as const) {
        if ((await toggle.getAttribute('aria-pressed')) !== String(theme === 'dark')) await toggle.click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await settled(page);
        await expectNoAxeViolations(page, `${screen.name} (${theme})`);
      }
    });
  }
});
