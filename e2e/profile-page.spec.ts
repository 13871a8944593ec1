/**
 * The demo's profile page as a host wires it: its definitions in the person's language, the name it
 * shows in the sidebar, and the question before leaving with unsaved edits. Against the built demo.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

async function openProfile(page: Page) {
  await page.goto('/#/profile');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"], [data-part="skeleton"]')).toHaveCount(0);
  await expect(page.locator('[data-part="profile-editor"]')).toHaveAttribute('data-state', 'idle');
}

test.describe('given the demo profile page', () => {
  test('in Arabic, the profile’s labels, help, groups and options read Arabic', async ({ page }) => {
    await openProfile(page);
    await page.locator('[data-demo="tools"] select').selectOption('ar');
    await expect(page.getByRole('heading', { name: 'شخصي', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /الاسم الأول/ })).toBeVisible();
    await expect(page.getByText('أضف رمز الدولة.')).toBeVisible();
    const department = page.getByRole('combobox', { name: /القسم/ });
    await expect(department.locator('option', { hasText: 'الهندسة' })).toHaveCount(1);
    await expect(page.getByRole('checkbox', { name: 'تحليل البيانات' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('the sidebar shows the display name the person set over the provider’s', async ({ page }) => {
    await openProfile(page);
    const field = page.locator('[data-key="name"]');
    await field.getByRole('button', { name: 'Use a different value' }).click();
    await field.getByRole('textbox', { name: /Display name/ }).fill('Maya O.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('All changes saved')).toBeVisible();
    await expect(page.locator('[data-demo="signed-in"]')).toHaveText('Signed in as Maya O.');
  });

  test('leaving with unsaved edits asks first, and staying keeps them', async ({ page }) => {
    await openProfile(page);
    await page.getByRole('textbox', { name: /First name/ }).fill('Ada');
    await expect(page.getByText('You have unsaved changes')).toBeVisible();
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    expect(questions).toEqual(['You have unsaved changes to your profile. Leave without saving them?']);
    await expect(page).toHaveURL(/#\/profile$/);
    await expect(page.getByRole('textbox', { name: /First name/ })).toHaveValue('Ada');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await expect(page).toHaveURL(/#\/members$/);
    // Back on the profile with nothing edited, leaving asks nothing.
    await page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click();
    await expect(page.locator('[data-part="profile-editor"]')).toHaveAttribute('data-state', 'idle');
    page.once('dialog', () => questions.push('asked again'));
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await expect(page).toHaveURL(/#\/members$/);
    expect(questions).toHaveLength(1);
  });
});
