#!/usr/bin/env node
// The MembersTable steady scroll of the speed bench alone, for working on the table's rows: the same
// page and the same steps as bench/speed.mjs (the kit's table mounted and scrolled 200 px a frame
// through the first 2,000 members in one fresh page, then the plain virtualized table in another),
// printed per run and as medians with their range. Writes nothing.
//
//   node bench/scroll-speed.mjs                  library build, bench app build, 5 runs
//   node bench/scroll-speed.mjs --runs 7 --no-build     reuse dist/ as it is
//   node bench/scroll-speed.mjs --trace          traces each scroll: main-thread CPU a frame, in all and
//                                                by event (script, style, layout, paint), kit beside plain
//   node bench/scroll-speed.mjs --cpu-profile    also one CPU profile of the kit's scroll (unminified
//                                                app): self and total time by function
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './size/page-build.mjs';
import { median, openScenario, serve, steadyScrollMembers, steadyScrollPxPerFrame } from './speed.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number.parseInt(args[runsAt + 1] ?? '5', 10) || 5) : 5;
const trace = args.includes('--trace');
const cpuProfile = args.includes('--cpu-profile');

if (!args.includes('--no-build')) {
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}
const { build, runnerImport } = await import('vite');
await build({
  configFile: path.join(root, 'bench', 'app', 'vite.config.ts'),
  logLevel: 'warn',
  // Function names in a CPU profile need the unminified app.
  build: cpuProfile ? { minify: false } : {},
});
const server = await serve(path.join(root, 'bench', '.out', 'app'));
const { chromiumPath, chromiumArgs } = (await runnerImport(path.join(root, 'chromium.ts'))).module;
const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });

/** Opens a fresh page with the kit's table (or, with `rowHeight`, the plain one) mounted, ready to scroll. */
async function mounted(context, rowHeight) {
  const { page } = await openScenario(context, server.url, 'members');
  if (rowHeight === undefined) await page.evaluate(() => window.__bench.members.mount());
  else await page.evaluate((height) => window.__bench.members.mountReference(height), rowHeight);
  return page;
}

/** The steady scroll of bench/speed.mjs, between two performance marks (for the trace). */
function scroll(page, plain) {
  return page.evaluate(
    async ([px, members, selector]) => {
      performance.mark('bench-start');
      const result = await window.__bench.members.scroll(px, members, selector ?? undefined);
      performance.mark('bench-end');
      return result;
    },
    [steadyScrollPxPerFrame, steadyScrollMembers, plain ? '[data-plain-scroller]' : null],
  );
}

const meanFrame = (result) => result.ms / result.frames;
const cpuPerFrame = (result) => result.cpu.total / result.frames;
/** RunTask (every main-thread task) is in the disabled-by-default timeline category. */
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** Events whose main-thread CPU is summed: what scripts, style, layout and paint cost. */
const tracked = [
  'FireAnimationFrame',
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'HitTest',
];

/** Main-thread CPU (`tdur`, ms) between the page's marks: all top-level tasks, and by tracked event. */
function mainThreadCpu(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const mark = (name) => events.find((event) => event.name === name)?.ts;
  const from = mark('bench-start') ?? 0;
  const to = mark('bench-end') ?? Number.POSITIVE_INFINITY;
  const on = events.filter(
    (e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.ts >= from && e.ts <= to,
  );
  const byName = new Map();
  for (const e of on)
    if (tracked.includes(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
  const total = on.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
  return { total, byName };
}

/** Self and total (inclusive, recursion once) time by function of a CDP CPU profile. */
function profileTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const where = (id) => {
    const frame = byId.get(id).callFrame;
    return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    self.set(where(sample), (self.get(where(sample)) ?? 0) + ms);
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const name = where(id);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self, 40), total: top(total, 80) };
}

const fixed = (value, digits = 1) => value.toFixed(digits);
const range = (values, digits = 2) =>
  `${fixed(median(values), digits)} (${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)})`;

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const all = [];
  for (let index = 0; index < runs; index += 1) {
    const run = {};
    for (const kind of ['kit', 'plain']) {
      const page = await mounted(context, kind === 'plain' ? run.kit.rowHeight : undefined);
      if (trace) await browser.startTracing(page, { categories: traceCategories });
      run[kind] = await scroll(page, kind === 'plain');
      if (trace)
        run[kind].cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents);
      await page.close();
    }
    run.ratio = meanFrame(run.kit) / meanFrame(run.plain);
    all.push(run);
    const { kit, plain } = run;
    const cpu = trace
      ? `; main-thread CPU a frame ${fixed(cpuPerFrame(kit), 2)} / ${fixed(cpuPerFrame(plain), 2)} ms = ${fixed(cpuPerFrame(kit) / cpuPerFrame(plain), 2)}x`
      : '';
    console.log(
      `run ${index + 1}: kit ${fixed(meanFrame(kit))} ms a frame (${kit.frames} frames, ${kit.over16ms} over 16.7 ms, rows in DOM ${kit.maxRowsInDom}), plain ${fixed(meanFrame(plain))} ms (${plain.frames} frames, ${plain.over16ms} over 16.7 ms) = ${fixed(run.ratio, 2)}x${cpu}`,
    );
  }
  console.log(
    `median of ${all.length}: mean frame ratio ${range(all.map((r) => r.ratio))}x; kit ${range(
      all.map((r) => meanFrame(r.kit)),
      1,
    )} ms, plain ${range(
      all.map((r) => meanFrame(r.plain)),
      1,
    )} ms; most rows in DOM ${Math.max(...all.map((r) => r.kit.maxRowsInDom))}`,
  );
  if (trace) {
    // Thread CPU time, which a loaded machine disturbs far less than frame lengths.
    console.log(
      `main-thread CPU a frame, kit ÷ plain: ${range(all.map((r) => cpuPerFrame(r.kit) / cpuPerFrame(r.plain)))}x`,
    );
    console.log('per frame, median over the runs (ms):   kit    plain');
    for (const name of tracked) {
      const of = (kind) => median(all.map((r) => (r[kind].cpu.byName.get(name) ?? 0) / r[kind].frames));
      console.log(
        `  ${name.padEnd(20)} ${fixed(of('kit'), 3).padStart(8)} ${fixed(of('plain'), 3).padStart(8)}`,
      );
    }
  }
  if (cpuProfile) {
    const page = await mounted(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await scroll(page, false);
    const { profile } = await cdp.send('Profiler.stop');
    const times = profileTimes(profile);
    console.log(`\nCPU profile of one kit scroll (${result.frames} frames), self time by function:`);
    for (const [name, ms] of times.self) console.log(`${fixed(ms).padStart(8)} ms  ${name}`);
    console.log('\ntotal (inclusive) time by function:');
    for (const [name, ms] of times.total) console.log(`${fixed(ms).padStart(8)} ms  ${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
