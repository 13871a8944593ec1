#!/usr/bin/env node
// The ProfileEditor part of the speed bench alone, for working on the editor: the same pages and the
// same steps as bench/speed.mjs (mount 200 definitions; the same fields hand-written as a plain form,
// in a page of its own; one keystroke in each; the re-render count in a fresh page), printed as
// medians. Writes nothing.
//
//   node bench/profile-speed.mjs                 library build, bench app build, 5 runs
//   node bench/profile-speed.mjs --text-only     compare with 200 labelled text inputs instead
//   node bench/profile-speed.mjs --trace         also main-thread CPU of each mount, from traces
//   node bench/profile-speed.mjs --trace-keystroke   one traced keystroke in each form
//   node bench/profile-speed.mjs --runs 3 --no-build    reuse dist/ as it is
//   node bench/profile-speed.mjs --cpu-profile   also one CPU profile of a mount (unminified app):
//                                                self time by function, printed
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './size/page-build.mjs';
import { median, openScenario, pendingResult, serve } from './speed.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number.parseInt(args[runsAt + 1] ?? '5', 10) || 5) : 5;
const cpuProfile = args.includes('--cpu-profile') || args.includes('--cpu-profile-keystroke');
const profileKeystroke = args.includes('--cpu-profile-keystroke');
const trace = args.includes('--trace');
const keystrokeFieldKey = 'custom_099';
/** The plain form compared with: the same fields hand-written (default), or `--text-only` inputs. */
const reference = args.includes('--text-only') ? 'text-only' : 'same-fields';

if (!args.includes('--no-build')) {
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}
const { build } = await import('vite');
await build({
  configFile: path.join(root, 'bench', 'app', 'vite.config.ts'),
  logLevel: 'warn',
  // Function names in a CPU profile need the unminified app.
  build: cpuProfile ? { minify: false } : {},
});
const server = await serve(path.join(root, 'bench', '.out', 'app'));
const { chromiumPath, chromiumArgs } = (
  await (await import('vite')).runnerImport(path.join(root, 'chromium.ts'))
).module;
const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });

/** Total (inclusive) time per function of a CDP CPU profile, the `top` heaviest; recursion counted once. */
function totalTimes(profile, top = 60) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const seen = new Set();
    for (let id = profile.samples[index]; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id).callFrame;
      const where = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`;
      if (seen.has(where)) continue;
      seen.add(where);
      total.set(where, (total.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    }
  }
  return [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** Self time per function of a CDP CPU profile, the `top` heaviest. */
function selfTimes(profile, top = 40) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const node = byId.get(profile.samples[index]);
    const frame = node.callFrame;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (deltas[index] ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/**
 * CPU time on the renderer's main thread (`tdur`): the total of top-level events, and by event name
 * (top-level ones, plus style, layout, paint and GC wherever they are).
 */
function mainThreadTimes(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  // Only what ran between the page's marks around the timed mount (bench-start, bench-end).
  const mark = (name) => events.find((event) => event.name === name)?.ts;
  const from = mark('bench-start') ?? 0;
  const to = mark('bench-end') ?? Number.POSITIVE_INFINITY;
  const complete = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        main &&
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ts >= from &&
        event.ts <= to,
    )
    .sort((a, b) => a.ts - b.ts);
  const totals = new Map();
  const add = (name, us) => totals.set(name, (totals.get(name) ?? 0) + us / 1000);
  let end = 0;
  let total = 0;
  const inner = [
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'MinorGC',
    'MajorGC',
    'ParseAuthorStyleSheet',
  ];
  for (const event of complete) {
    const cpu = event.tdur ?? event.dur ?? 0;
    if (event.ts >= end) {
      add(`top: ${event.name}`, cpu);
      total += cpu / 1000;
      end = event.ts + (event.dur ?? 0);
    }
    if (inner.includes(event.name)) add(event.name, cpu);
    if (process.env.BENCH_LAYOUTS && event.name === 'Layout')
      console.log(
        `  layout at ${((event.ts - from) / 1000).toFixed(1)} ms: ${(cpu / 1000).toFixed(1)} ms CPU, ${event.args?.beginData?.totalObjects} objects${event.args?.beginData?.stackTrace ? ' (forced by script)' : ''}`,
      );
  }
  return { total, byName: [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16) };
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const all = [];
  for (let index = 0; index < runs; index += 1) {
    const run = {};
    {
      const { page } = await openScenario(context, server.url, 'profile');
      run.mount = await page.evaluate(() => window.__bench.profile.mount());
      await page.evaluate((key) => window.__bench.profile.armKeystroke(key, false), keystrokeFieldKey);
      await page.keyboard.press('x');
      run.keystroke = await pendingResult(page);
      await page.close();
    }
    {
      const { page } = await openScenario(context, server.url, 'profile');
      run.plainMount = await page.evaluate(
        ([kind, count]) => window.__bench.profile.mountReference(kind, count),
        [reference, run.mount.fields],
      );
      await page.evaluate((kind) => window.__bench.profile.armReferenceKeystroke(kind), reference);
      await page.keyboard.press('x');
      run.plainKeystroke = await pendingResult(page);
      await page.close();
    }
    {
      const { page } = await openScenario(context, server.url, 'profile');
      await page.evaluate(() => window.__bench.profile.mount());
      await page.evaluate((key) => window.__bench.profile.armKeystroke(key, true), keystrokeFieldKey);
      await page.keyboard.press('x');
      run.renders = await pendingResult(page);
      await page.close();
    }
    all.push(run);
    console.log(
      `run ${index + 1}: mount ${run.mount.ms.toFixed(0)} ms / plain ${run.plainMount.ms.toFixed(0)} ms = ${(run.mount.ms / run.plainMount.ms).toFixed(2)}x; keystroke ${run.keystroke.ms.toFixed(0)} / ${run.plainKeystroke.ms.toFixed(0)} ms = ${(run.keystroke.ms / run.plainKeystroke.ms).toFixed(2)}x; other fields rendered ${run.renders.otherFieldsRendered} (${run.renders.commits} commits)`,
    );
  }
  const ratio = (a, b) => median(all.map((run) => a(run) / b(run)));
  console.log(
    `median of ${all.length}: mount ${median(all.map((r) => r.mount.ms)).toFixed(0)} ms, plain ${median(all.map((r) => r.plainMount.ms)).toFixed(0)} ms, ratio ${ratio(
      (r) => r.mount.ms,
      (r) => r.plainMount.ms,
    ).toFixed(
      2,
    )}x; keystroke ${median(all.map((r) => r.keystroke.ms)).toFixed(0)} ms, plain ${median(all.map((r) => r.plainKeystroke.ms)).toFixed(0)} ms, ratio ${ratio(
      (r) => r.keystroke.ms,
      (r) => r.plainKeystroke.ms,
    ).toFixed(2)}x; most other fields rendered ${Math.max(...all.map((r) => r.renders.otherFieldsRendered))}`,
  );

  if (args.includes('--trace-keystroke')) {
    // One keystroke in the editor and one in the plain form, each in a fresh page, traced.
    for (const side of ['editor', 'plain']) {
      const { page } = await openScenario(context, server.url, 'profile');
      if (side === 'editor') {
        await page.evaluate(() => window.__bench.profile.mount());
        await page.evaluate((key) => window.__bench.profile.armKeystroke(key, false), keystrokeFieldKey);
      } else {
        await page.evaluate((kind) => window.__bench.profile.mountReference(kind, 200), reference);
        await page.evaluate((kind) => window.__bench.profile.armReferenceKeystroke(kind), reference);
      }
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
      await page.keyboard.press('x');
      const timed = await pendingResult(page);
      const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
      const main = events.find(
        (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      );
      console.log(`${side} keystroke ${timed.ms.toFixed(0)} ms; main-thread events over 0.5 ms CPU:`);
      for (const event of events.filter((e) => e.tid === main.tid && e.ph === 'X' && (e.tdur ?? 0) > 500))
        console.log(
          `  ${event.name} ${(event.tdur / 1000).toFixed(1)} ms ${JSON.stringify(event.args?.elementCount ?? event.args?.beginData?.totalObjects ?? event.args?.data?.type ?? event.args?.data?.functionName ?? '')}`,
        );
      await page.close();
    }
  }
  if (trace) {
    // Thread CPU time (`tdur`), which a loaded machine disturbs far less than wall time.
    const cpu = [];
    for (let index = 0; index < runs; index += 1) {
      const { page } = await openScenario(context, server.url, 'profile');
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
      const mount = await page.evaluate(async () => {
        performance.mark('bench-start');
        const result = await window.__bench.profile.mount();
        performance.mark('bench-end');
        return result;
      });
      const editor = mainThreadTimes(JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents);
      await page.close();
      const { page: plainPage } = await openScenario(context, server.url, 'profile');
      await browser.startTracing(plainPage, {
        categories: ['devtools.timeline', 'v8', 'blink.user_timing'],
      });
      await plainPage.evaluate(
        async ([kind, count]) => {
          performance.mark('bench-start');
          await window.__bench.profile.mountReference(kind, count);
          performance.mark('bench-end');
        },
        [reference, mount.fields],
      );
      const plain = mainThreadTimes(JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents);
      await plainPage.close();
      cpu.push({ editor, plain });
      console.log(
        `trace ${index + 1}: main-thread CPU editor ${editor.total.toFixed(0)} ms, plain ${plain.total.toFixed(0)} ms = ${(editor.total / plain.total).toFixed(2)}x`,
      );
    }
    const last = cpu.at(-1);
    console.log(`median CPU ratio ${median(cpu.map((c) => c.editor.total / c.plain.total)).toFixed(2)}x`);
    for (const [label, times] of [
      ['editor', last.editor],
      ['plain', last.plain],
    ]) {
      console.log(`${label}, main-thread CPU by event:`);
      for (const [name, ms] of times.byName) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    }
  }
  if (cpuProfile) {
    const { page } = await openScenario(context, server.url, 'profile');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (profileKeystroke) {
      await page.evaluate(() => window.__bench.profile.mount());
      await page.evaluate((key) => window.__bench.profile.armKeystroke(key, false), keystrokeFieldKey);
    }
    await cdp.send('Profiler.start');
    let timed;
    if (profileKeystroke) {
      await page.keyboard.press('x');
      timed = await pendingResult(page);
    } else timed = await page.evaluate(() => window.__bench.profile.mount());
    const { profile } = await cdp.send('Profiler.stop');
    console.log(
      `\nCPU profile of one ${profileKeystroke ? 'keystroke' : 'mount'} (${timed.ms.toFixed(0)} ms), self time by function:`,
    );
    for (const [where, ms] of selfTimes(profile)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
    console.log('\ntotal (inclusive) time by function:');
    for (const [where, ms] of totalTimes(profile, 120))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
