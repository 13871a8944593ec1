/**
 * End-to-end tests (e2e/) in Debian's Chromium against the built demo: the in-memory page served by
 * `vite preview`, and the full-stack page served by the demo server (demo/server) over each backend.
 * Build the demo first (`vite build -c vite.demo.config.ts`); `npm test` does.
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { fullStackServers } from './e2e/full-stack-servers.ts';

const baseURL = 'http://127.0.0.1:4173';
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  // Not test-results/ itself: Playwright empties its outputDir, and vitest.json lives there.
  outputDir: 'test-results/e2e-artifacts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: ci,
  retries: 0,
  timeout: 30_000,
  reporter: [['line'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    baseURL,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'npx vite preview -c vite.demo.config.ts',
      url: baseURL,
      reuseExistingServer: !ci,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // Never reused: each run starts from the backend's seed (the servers keep their state in memory).
    ...Object.entries(fullStackServers).map(([backend, url]) => ({
      command: `node demo/server/main.mjs --dist --backend ${backend} --port ${new URL(url).port}`,
      url: `${url}/demo-api/session`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    })),
  ],
});
