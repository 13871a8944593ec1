/**
 * The demo app (demo/): `npm run dev` serves it, the e2e suite builds it and runs Playwright against
 * `vite preview`; the full-stack page (fullstack.html) is served by the demo server (demo/server). It imports the kit by its package names, aliased to the sources, so neither needs a
 * library build, a server or keys.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: fromRoot('./demo'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^teamkit$/, replacement: fromRoot('./src/index.ts') },
      { find: /^teamkit\/core$/, replacement: fromRoot('./src/core/index.ts') },
      { find: /^teamkit\/adapters\/memory$/, replacement: fromRoot('./src/adapters/memory/index.ts') },
      { find: /^teamkit\/adapters\/http$/, replacement: fromRoot('./src/adapters/http/index.ts') },
      { find: /^teamkit\/styles\.css$/, replacement: fromRoot('./src/styles/index.css') },
      {
        find: /^teamkit\/styles\/organization-switcher\.css$/,
        replacement: fromRoot('./src/styles/organization-switcher.css'),
      },
    ],
  },
  build: {
    outDir: fromRoot('./demo-dist'),
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: the in-memory demo (index.html) and the full-stack one the demo server shows (npm run demo:server).
    rollupOptions: {
      input: { index: fromRoot('./demo/index.html'), fullstack: fromRoot('./demo/fullstack.html') },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
