import { expect, test } from '@playwright/test';

test('the demo loads and renders without errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported below with their URL; the browser's own line for them has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });

  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);
  await expect(page.locator('#root > *').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
