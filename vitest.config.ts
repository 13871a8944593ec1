/**
 * Three Vitest projects, all run by `vitest run`:
 * - unit: jsdom, src/**\/*.test.* and test/**\/*.test.* (not *.browser.test.*)
 * - browser: the *.browser.test.* files in real Debian Chromium (Vitest browser mode)
 * - storybook: every story in stories/ rendered and checked (play functions, axe) in the same Chromium
 * The library build config (vite.config.ts) is not read here.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** A fresh object per project: Vitest writes the project's name into `instances`, so never share one. */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  // Browser tests and stories that run the real server handler in the page (DefinitionsStore, the
  // definitions manager over HTTP) reach `zod`, which the components do not: found mid-run, Vite
  // re-optimizes its deps and reloads, and the tests running then fail to fetch their modules.
  optimizeDeps: { include: ['zod'] },
  resolve: {
    // Tests, stories and the demo may import the package by its public names.
    alias: [
      { find: /^teamkit$/, replacement: fromRoot('./src/index.ts') },
      { find: /^teamkit\/core$/, replacement: fromRoot('./src/core/index.ts') },
      { find: /^teamkit\/adapters\/memory$/, replacement: fromRoot('./src/adapters/memory/index.ts') },
      { find: /^teamkit\/adapters\/scalekit$/, replacement: fromRoot('./src/adapters/scalekit/index.ts') },
      { find: /^teamkit\/adapters\/auth0$/, replacement: fromRoot('./src/adapters/auth0/index.ts') },
      { find: /^teamkit\/adapters\/http$/, replacement: fromRoot('./src/adapters/http/index.ts') },
      { find: /^teamkit\/server$/, replacement: fromRoot('./src/server/index.ts') },
      { find: /^teamkit\/styles\.css$/, replacement: fromRoot('./src/styles/index.css') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The first test of a component file pays jsdom's and the module graph's cold start; on 2 busy
          // cores that passed 5 s. A longer wait never passes a wrong result.
          testTimeout: 15_000,
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.browser.test.*'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          testTimeout: 30_000,
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./test/setup-browser.ts'],
          // On 127.0.0.1: the Auth0 stack (fake Auth0 -> Auth0 adapter -> handler), for the components over
          // it; the fault hub (the real handler behind a fault proxy), for test/faults.
          globalSetup: [
            './test/auth0/auth0-stack.global-setup.ts',
            './test/support/fault-hub.global-setup.ts',
          ],
          browser: chromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fromRoot('./.storybook') })],
        test: {
          name: 'storybook',
          // The real keyboard for the stories that need one (.storybook/real-keyboard.ts).
          setupFiles: ['./test/setup-storybook.ts'],
          // The first story of a file pays Vite's cold transform on 2 busy cores; 15 s was too tight.
          testTimeout: 60_000,
          browser: chromium(),
        },
      },
    ],
  },
});
