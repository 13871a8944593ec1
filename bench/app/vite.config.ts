/**
 * The speed bench's app (bench/app): a production build that imports the kit as a host does, from
 * the library build in dist/ (`npm run build` first). bench/run.mjs builds it and serves it on 127.0.0.1.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  resolve: {
    alias: [
      { find: /^teamkit$/, replacement: fromRoot('dist/index.js') },
      { find: /^teamkit\/adapters\/memory$/, replacement: fromRoot('dist/adapters/memory.js') },
      { find: /^teamkit\/styles\.css$/, replacement: fromRoot('dist/styles.css') },
    ],
  },
  build: {
    outDir: fromRoot('bench/.out/app'),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
});
