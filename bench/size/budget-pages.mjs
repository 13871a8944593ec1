#!/usr/bin/env node
// Prepares what size-limit weighs for the CI budgets (.size-limit.json): a fresh library build, then
// pages (a) and (b) built exactly as the bench builds them (bench/size/page-build.mjs, React left
// out), and each page's initial files (entry chunk, its static imports, their CSS) copied into
// bench/.out/budget/<page>/initial/. Lazy chunks are not copied: they are paid only when used.
//
//   node bench/size/budget-pages.mjs && size-limit      (what `npm run size` and test/size-budget.test.ts run)
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { buildPage, ownerOf, root } from './page-build.mjs';

// Vite keeps a NODE_ENV it finds set, and Vitest (test/size-budget.test.ts) sets `test`: the library
// was then built with React's development JSX runtime and the pages kept the kit's development
// warnings (+2.6 KiB). The budgets weigh what a host's production build ships.
process.env.NODE_ENV = 'production';

/** Where size-limit finds each page's initial files. */
const budgetDir = path.join(root, 'bench', '.out', 'budget');
/** The budgeted pages, by folder name under budgetDir. */
const budgetPages = { 'kit-all': 'kit-all.tsx', 'kit-hooks': 'kit-hooks.tsx' };

rmSync(budgetDir, { recursive: true, force: true });
const dist = path.join(budgetDir, 'dist');
// Inside the repository, so the package's `sideEffects` field applies to the built files.
await build({
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'error',
  build: { outDir: dist, emptyOutDir: true },
});
process.env.TEAMKIT_DIST = dist;

const manifest = {};
for (const [id, page] of Object.entries(budgetPages)) {
  const files = await buildPage({ page, outDir: path.join(budgetDir, id, 'build') });
  const initialDir = path.join(budgetDir, id, 'initial');
  mkdirSync(initialDir, { recursive: true });
  const initial = files.filter((f) => f.when === 'initial');
  for (const file of initial) copyFileSync(file.file, path.join(initialDir, path.basename(file.name)));
  // What each file holds, so the test can tell that heavy optional parts stayed out of the initial JS.
  const describe = (f) => ({
    name: f.name,
    facade: f.facade ? path.relative(dist, f.facade) : undefined,
    holds: [...new Set(f.modules.map((m) => ownerOf(m.id)))].sort(),
  });
  manifest[id] = {
    initial: initial.map(describe),
    lazy: files.filter((f) => f.when === 'lazy').map(describe),
  };
}
writeFileSync(path.join(budgetDir, 'files.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  Object.entries(manifest)
    .map(([id, { initial, lazy }]) => `${id}: ${initial.length} initial, ${lazy.length} lazy files`)
    .join('; '),
);
