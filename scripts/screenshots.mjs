#!/usr/bin/env node
// Screenshots of each main story in light, dark and right-to-left (Arabic), for a designer's review.
// Not part of `npm test`; the PNGs go to test-results/screenshots/ (git-ignored) and are never committed.
//
//   node scripts/screenshots.mjs                 build Storybook, then shoot the main stories
//   node scripts/screenshots.mjs --no-build      reuse storybook-static/
//   node scripts/screenshots.mjs --all           every story, states stories included
//   node scripts/screenshots.mjs --filter=members  only stories whose id contains "members"
//
// "Main" stories are those of stories/<Component>.stories.tsx (not the .states. files). Each is opened in
// Storybook's iframe with the toolbar globals in the URL, in Debian's Chromium (chromium.ts), and shot
// once it has settled (no skeleton, no "Loading" status, play function finished).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const outDir = path.join(root, 'test-results', 'screenshots');
const args = process.argv.slice(2);
const all = args.includes('--all');
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);

/** The three looks a designer checks. */
const modes = [
  { name: 'light', globals: 'theme:light;locale:en;direction:auto' },
  { name: 'dark', globals: 'theme:dark;locale:en;direction:auto' },
  { name: 'rtl', globals: 'theme:light;locale:ar;direction:auto' },
];

if (!args.includes('--no-build')) {
  console.log('building Storybook…');
  const bin = path.join(root, 'node_modules', '.bin', 'storybook');
  const result = spawnSync(bin, ['build', '--quiet', '-o', staticDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (!existsSync(path.join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: build Storybook first (drop --no-build).');
  process.exit(1);
}

const index = JSON.parse(readFileSync(path.join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => all || !/\.states\.stories\./.test(entry.importPath))
  .filter((entry) => !filter || entry.id.includes(filter))
  .sort((a, b) => a.id.localeCompare(b.id));
if (stories.length === 0) {
  console.error('No stories to shoot.');
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = path.join(staticDir, decodeURIComponent(url.pathname));
  if (!file.startsWith(staticDir)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { module: browserConfig } = await runnerImport(path.join(root, 'chromium.ts'));
const browser = await chromium.launch({
  executablePath: browserConfig.chromiumPath,
  args: browserConfig.chromiumArgs,
  headless: true,
});
// A full run starts clean; a filtered one replaces only its own files.
if (!filter) rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let shot = 0;
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  for (const story of stories) {
    for (const mode of modes) {
      const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${mode.globals}`;
      await page.goto(url);
      // Rendered, play function finished, and nothing is still loading. The play function's end is
      // the preview's render phase: without waiting for it, a story whose play opens a dialog was shot
      // with only its trigger on screen.
      await page
        .waitForFunction(
          () => {
            const root = document.querySelector('#storybook-root');
            if (!root || root.childElementCount === 0) return false;
            if (document.querySelector('.sb-show-errordisplay')) return true;
            const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
            if (phase !== undefined && !['finished', 'errored', 'aborted'].includes(phase)) return false;
            const busy = document.querySelector(
              '[data-part="skeleton"], [data-part="skeleton-row"], [aria-busy="true"]',
            );
            return !busy;
          },
          undefined,
          { timeout: 15_000 },
        )
        .catch(() => problems.push(`${story.id} (${mode.name}): did not settle in 15 s`));
      const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase);
      if (phase === 'errored') problems.push(`${story.id} (${mode.name}): its play function failed`);
      await page.waitForTimeout(250);
      const file = path.join(outDir, `${story.id}--${mode.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shot += 1;
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`${shot} screenshots of ${stories.length} stories in ${path.relative(root, outDir)}/`);
if (problems.length > 0) {
  console.log(`${problems.length} problems:`);
  for (const problem of problems) console.log(`  ${problem}`);
}
