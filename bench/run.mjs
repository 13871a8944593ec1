#!/usr/bin/env node
// `npm run bench`: Teamkit's size and speed, side by side with the peers, in one table printed here
// and written to BENCHMARKS.md. Not part of `npm test` (the size budgets are: .size-limit.json and
// test/size-budget.test.ts); nothing here asserts a time.
//
//   npm run bench                      everything: library build, peers, sizes, speed (7 runs), BENCHMARKS.md
//   npm run bench -- --runs 3          fewer speed runs (on a loaded machine they also stop early, 3 at
//                                      least, so the whole run ends in about 5 minutes; the table says how many)
//   npm run bench -- --no-speed        sizes only        (--no-size: speed only; --no-load: no server load)
//   npm run bench -- --no-peers        leaves the peers out (reported as not measured)
//   npm run bench -- --no-write        prints, leaves BENCHMARKS.md alone
//   npm run bench -- --no-chaos        leaves the chaos pass out (alone: node bench/chaos.mjs)
//
// Steps: `vite build` of the library (dist/: the JS and CSS a host installs; the .d.ts step of
// `npm run build` is not needed here) · `npm ci --prefix bench/peers` when the peers are missing ·
// bench/size.mjs · bench/speed.mjs · bench/load.mjs (the server handler under autocannon, about 45 s;
// `node bench/load.mjs` runs it alone and rewrites only its section) · the report (bench/report.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureChaos } from './chaos.mjs';
import { measureLoad } from './load.mjs';
import { renderReport } from './report.mjs';
import { peersDir, root } from './size/page-build.mjs';
import { measureSizes } from './size.mjs';
import { measureSpeed } from './speed.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number.parseInt(args[runsAt + 1] ?? '7', 10) || 7) : 7;
const started = performance.now();
/** Speed runs stop early (3 at least) rather than end after this many seconds from the start. */
const speedDeadlineSeconds = 270;

function step(message) {
  console.log(`bench: ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** Runs a command from the repo root, output shown; returns its exit code and the tail of stderr. */
function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    env: {
      ...process.env,
      npm_config_loglevel: 'error',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
    ...options,
  });
  if (result.stderr) process.stderr.write(result.stderr);
  const detail = (result.error?.message ?? result.stderr ?? '').trim().split('\n').filter(Boolean).at(-1);
  return { code: result.status ?? 1, detail: detail ?? `exit ${result.status}` };
}

/**
 * Installs bench/peers from its lock file when its node_modules is missing or older than the lock.
 * Returns true, or why the peers cannot be measured.
 */
function ensurePeers() {
  if (flag('--no-peers')) return 'left out with --no-peers';
  const lock = path.join(peersDir, 'package-lock.json');
  const installed = path.join(peersDir, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && existsSync(lock) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs)
    return true;
  step('installing the peers into bench/peers (npm ci)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const viaLock = existsSync(lock);
  const result = run(npm, [viaLock ? 'ci' : 'install', '--prefix', peersDir, '--no-audit', '--no-fund']);
  if (result.code === 0) return true;
  return `npm ${viaLock ? 'ci' : 'install'} in bench/peers failed: ${result.detail}`.slice(0, 160);
}

/** The machine, for the report: CPU model, cores, memory, load, Node. */
function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu =
      readFileSync('/proc/cpuinfo', 'utf8')
        .match(/^model name\s*:\s*(.+)$/m)?.[1]
        ?.trim() ?? cpu;
  } catch {}
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    load: os.loadavg(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

step('building the library (vite build → dist/)');
const build = run(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);
if (build.code !== 0) {
  console.error(`bench: the library build failed (${build.detail}); nothing to measure`);
  process.exit(1);
}

const before = machine();
const peersReady = flag('--no-size') ? 'not run' : ensurePeers();
let sizes = null;
if (!flag('--no-size')) {
  step('bundling the size pages');
  sizes = await measureSizes({ peersReady });
}
let speed = null;
if (!flag('--no-speed')) {
  step(`speed in Chromium, ${runs} runs`);
  try {
    speed = await measureSpeed({
      runs,
      deadline: started + speedDeadlineSeconds * 1000,
      onProgress: (done, all) => step(`speed run ${done}/${all} done`),
    });
  } catch (error) {
    speed = { error: `not measured: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}

let load = null;
if (!flag('--no-load')) {
  step('load on the server handler (autocannon, 10 s a scenario)');
  try {
    load = await measureLoad({ onProgress: (message) => step(`load: ${message}`) });
  } catch (error) {
    load = { error: String(error?.message ?? error).split('\n')[0] };
  }
}

// The chaos pass (bench/chaos.mjs): faults over HTTP; `--no-chaos` leaves it out.
let chaos = null;
if (!flag('--no-chaos')) {
  step('chaos pass over HTTP');
  try {
    chaos = await measureChaos();
  } catch (error) {
    chaos = { error: `not measured: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}

const report = renderReport({
  sizes,
  speed,
  load,
  chaos,
  machine: { ...before, loadAfter: os.loadavg() },
  seconds: (performance.now() - started) / 1000,
  date: new Date().toISOString().slice(0, 10),
});
console.log(`\n${report.table}\n`);
console.log(report.machineLine);
if (!flag('--no-write')) {
  writeFileSync(path.join(root, 'BENCHMARKS.md'), report.markdown);
  step('wrote BENCHMARKS.md');
} else {
  step('done (BENCHMARKS.md left alone: --no-write)');
}
