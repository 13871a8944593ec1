// Speed half of `npm run bench`: builds the bench app (bench/app, Vite, production, the kit from
// dist/), serves it on 127.0.0.1, and drives it in Debian's Chromium through the Playwright library.
// Every timing is taken inside the page (bench/app/main.tsx and its scenario modules); this file only
// repeats the runs, each in a fresh page, and keeps the medians.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { runnerImport } from 'vite';
import { root } from './size/page-build.mjs';

const appOut = path.join(root, 'bench', '.out', 'app');
/** Pixels scrolled per animation frame: about 50 rows, a new screenful every frame (a hard fling). */
export const scrollPxPerFrame = 3000;
/**
 * A steady scroll, as a wheel or trackpad moves (12,000 px a second at 60 frames): three or four new
 * rows a frame, through the first `steadyScrollMembers` members.
 */
export const steadyScrollPxPerFrame = 200;
export const steadyScrollMembers = 2000;
/** The custom text field the ProfileEditor keystroke goes to (bench/app/definitions.ts). */
const keystrokeFieldKey = 'custom_099';

/** Imports a TypeScript module (chromium.ts) from plain Node 20, which cannot strip types itself. */
async function importTs(file) {
  return (await runnerImport(file)).module;
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static file server for the built app on 127.0.0.1 (a free port); returns its URL and a closer. */
export async function serve(dir) {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(dir, path.normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The median of the numbers (NaN when there are none). */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Opens the app on `scenario` in a fresh page and sets its memory adapter up. */
export async function openScenario(context, url, scenario) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}?scenario=${scenario}`);
  await page.waitForFunction(() => 'benchReady' in document.documentElement.dataset);
  const setup = await page.evaluate((name) => window.__bench[name].setup(), scenario);
  return { page, setup, errors };
}

/** The result of what the page armed last (`window.__benchPending`). */
export const pendingResult = (page) => page.evaluate(() => window.__benchPending);

/**
 * Runs `run()` while Chromium traces the page, and adds the main thread's CPU time to its result: the
 * longest task's and all tasks' together. Unlike wall time, CPU time does not grow when other work
 * on the machine takes the core away from the page, so it stays comparable on a loaded machine.
 */
async function withMainThreadCpu(context, page, run) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const cpu = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid)
    .map((e) => (e.tdur ?? 0) / 1000);
  return {
    ...result,
    longestTaskCpuMs: Math.max(0, ...cpu),
    mainThreadCpuMs: cpu.reduce((sum, value) => sum + value, 0),
  };
}

/** One run of each scenario; every scenario in its own fresh page. */
async function runOnce(context, url) {
  const run = {};

  // MembersTable: mount 10,000 members, then scroll through all of them.
  {
    const { page, setup } = await openScenario(context, url, 'members');
    run.membersSeedMs = setup.seedMs;
    run.membersMount = await page.evaluate(() => window.__bench.members.mount());
    run.membersScroll = await page.evaluate((px) => window.__bench.members.scroll(px), scrollPxPerFrame);
    await page.close();
  }
  // MembersTable: a steady scroll through the first members, in a fresh page.
  {
    const { page } = await openScenario(context, url, 'members');
    await page.evaluate(() => window.__bench.members.mount());
    run.membersSteadyScroll = await page.evaluate(
      ([px, members]) => window.__bench.members.scroll(px, members),
      [steadyScrollPxPerFrame, steadyScrollMembers],
    );
    await page.close();
  }
  // The reference: the same steady scroll through a plain virtualized table with rows as tall.
  {
    const { page } = await openScenario(context, url, 'members');
    await page.evaluate(
      (height) => window.__bench.members.mountReference(height),
      run.membersSteadyScroll.rowHeight,
    );
    run.plainSteadyScroll = await page.evaluate(
      ([px, members]) => window.__bench.members.scroll(px, members, '[data-plain-scroller]'),
      [steadyScrollPxPerFrame, steadyScrollMembers],
    );
    await page.close();
  }
  // MembersTable: mount, then one keystroke in the search box until the new rows are painted.
  {
    const { page } = await openScenario(context, url, 'members');
    await page.evaluate(() => window.__bench.members.mount());
    await page.evaluate(() => window.__bench.members.armSearch());
    await page.keyboard.press('z');
    run.membersSearch = await pendingResult(page);
    await page.close();
  }
  // ProfileEditor: mount 200 definitions, then one keystroke in a field in the middle, timed.
  {
    const { page } = await openScenario(context, url, 'profile');
    run.profileMount = await page.evaluate(() => window.__bench.profile.mount());
    await page.evaluate((key) => window.__bench.profile.armKeystroke(key, false), keystrokeFieldKey);
    await page.keyboard.press('x');
    run.profileKeystroke = await pendingResult(page);
    await page.close();
  }
  // The references, each in a fresh page of its own, so that each too pays for compiling React's code
  // on first use, as the editor did: the same fields hand-written as a plain React form, and (the
  // reference of earlier benches) as many labelled text inputs and nothing else.
  for (const [kind, name] of [
    ['same-fields', 'plain'],
    ['text-only', 'plainText'],
  ]) {
    const { page } = await openScenario(context, url, 'profile');
    run[`${name}Mount`] = await page.evaluate(
      ([kind, count]) => window.__bench.profile.mountReference(kind, count),
      [kind, run.profileMount.fields],
    );
    await page.evaluate((kind) => window.__bench.profile.armReferenceKeystroke(kind), kind);
    await page.keyboard.press('x');
    run[`${name}Keystroke`] = await pendingResult(page);
    await page.close();
  }
  // ProfileEditor: the same keystroke in a fresh page, counting the fields that re-render.
  {
    const { page } = await openScenario(context, url, 'profile');
    await page.evaluate(() => window.__bench.profile.mount());
    await page.evaluate((key) => window.__bench.profile.armKeystroke(key, true), keystrokeFieldKey);
    await page.keyboard.press('x');
    run.profileRenders = await pendingResult(page);
    await page.close();
  }
  // Requests: the profile page (editor + a header sharing its data) at 40 ms latency, then one save.
  {
    const { page } = await openScenario(context, url, 'requests');
    run.requestsShow = await page.evaluate(() => window.__bench.requests.mount());
    await page.locator('[data-part="profile-field"][data-key="givenName"] input').press('End');
    await page.keyboard.type('x');
    await page.evaluate(() => window.__bench.requests.armSave());
    await page.locator('[data-part="profile-editor"] [data-part="actions"] button[type="submit"]').click();
    run.requestsSave = await pendingResult(page);
    await page.close();
  }
  // Huge backend data (5,000 metadata keys with a 1 MB value; 2,000 definitions): each component
  // mounted in a fresh page to its "cut short" message painted, with the longest task on the way.
  for (const component of ['organization', 'member', 'profile']) {
    const { page } = await openScenario(context, url, 'huge');
    run[`huge_${component}`] = await withMainThreadCpu(context, page, () =>
      page.evaluate((name) => window.__bench.huge[name](), component),
    );
    await page.close();
  }
  // InviteMemberDialog: 300 addresses pasted → every address's lookup answered on the chips.
  {
    const { page } = await openScenario(context, url, 'invite');
    run.invitePaste = await withMainThreadCpu(context, page, () =>
      page.evaluate(() => window.__bench.invite.paste()),
    );
    await page.close();
  }
  return run;
}

/**
 * Builds the app, runs every scenario `runs` times in Chromium, returns the runs and the browser's
 * version. Stops early (after at least `minRuns`) when another run would end after `deadline`
 * (a performance.now() time), so a loaded machine still finishes in time; the report says how many ran.
 */
export async function measureSpeed({
  runs,
  minRuns = 3,
  deadline = Number.POSITIVE_INFINITY,
  onProgress = () => {},
}) {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'bench', 'app', 'vite.config.ts'), logLevel: 'warn' });
  const server = await serve(appOut);
  const { chromiumPath, chromiumArgs } = await importTs(path.join(root, 'chromium.ts'));
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const all = [];
    for (let index = 0; index < runs; index += 1) {
      const start = performance.now();
      all.push(await runOnce(context, server.url));
      onProgress(index + 1, runs);
      const took = performance.now() - start;
      if (index + 1 >= minRuns && index + 1 < runs && performance.now() + took > deadline) break;
    }
    return {
      runs: all,
      chromium: browser.version(),
      chromiumPath,
      scrollPxPerFrame,
      steadyScrollPxPerFrame,
      steadyScrollMembers,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
