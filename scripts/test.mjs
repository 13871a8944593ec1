#!/usr/bin/env node
// `npm test`: the one test command. Runs, in order and with their output streamed:
//   typecheck (tsc: the project, then bench/) · lint (biome) · api report (scripts/api-report.mjs --check)
//   · parts (scripts/extract-parts.mjs --check: the theming reference and each component README's table)
//   · vitest (unit, browser and storybook projects) · e2e (demo build + Playwright) · pack check (scripts/check-pack.mjs)
// and ends with exactly one line `N passed, N failed`. Vitest and Playwright count their tests from
// their JSON reports; typecheck, lint, the api report, the parts check, the demo build and the pack check count
// as one test each.
// A runner that fails without a usable report counts as one failure.
//
//   npm test               everything (what CI runs)
//   npm test -- --quick    skips e2e and the pack check
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const resultsDir = path.join(root, 'test-results');
const vitestJson = path.join(resultsDir, 'vitest.json');
const e2eJson = path.join(resultsDir, 'e2e.json'); // written by playwright.config.ts's json reporter

/** @type {{ step: string, passed: number, failed: number, seconds: number, note?: string }[]} */
const summary = [];

/** Runs a command from the repo root with inherited stdio; returns its exit code (1 if it could not start). */
function run(command, args) {
  const bin = path.join(root, 'node_modules', '.bin', command);
  const result = spawnSync(existsSync(bin) ? bin : command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) console.error(`test: could not start ${command}: ${result.error.message}`);
  if (result.signal) console.error(`test: ${command} was killed by ${result.signal}`);
  return result.status ?? 1;
}

function banner(title) {
  console.log(`\n━━━ ${title} ━━━`);
}

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step that is one test: passes when the command exits 0. */
function single(step, command, args) {
  banner(step);
  const { value: code, seconds } = timed(() => run(command, args));
  summary.push({ step, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds });
  return code === 0;
}

/** One step, one test: the project's tsc, then the bench's (bench/tsconfig.json: its app, pages and chaos). */
function typecheck() {
  const step = 'typecheck';
  banner(step);
  const { value: codes, seconds } = timed(() => [
    run('tsc', ['-p', 'tsconfig.json']),
    run('tsc', ['-p', path.join('bench', 'tsconfig.json')]),
  ]);
  const failed = codes.some((code) => code !== 0);
  summary.push({ step, passed: failed ? 0 : 1, failed: failed ? 1 : 0, seconds });
}

function vitest() {
  const step = 'vitest';
  banner(`${step} (unit · browser · storybook)`);
  rmSync(vitestJson, { force: true });
  const { value: code, seconds } = timed(() =>
    run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]),
  );
  const report = readJson(vitestJson);
  if (!report) {
    summary.push({ step, passed: 0, failed: 1, seconds, note: `exit ${code}, no JSON report` });
    return;
  }
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const notes = [];
  // Name each failed test in the summary: CI keeps only the last lines of the output.
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed')
        notes.push(`failed: ${path.relative(root, file.name)} > ${t.fullName ?? t.title}`);
    }
  }
  // A file that fails to import or errors outside a test fails no test: count it.
  for (const file of report.testResults ?? []) {
    const testFailed = (file.assertionResults ?? []).some((t) => t.status === 'failed');
    if (file.status === 'failed' && !testFailed) {
      failed += 1;
      notes.push(`suite error in ${path.relative(root, file.name)}`);
    }
  }
  if (code !== 0 && failed === 0) {
    failed += 1;
    notes.push(`exit ${code} with no failed test (unhandled error or no tests?)`);
  }
  summary.push({ step, passed, failed, seconds, note: notes.join('; ') || undefined });
}

/** The titles (file > test) of Playwright's failed and flaky tests, from its JSON report's nested suites. */
function failedSpecs(suites, file = '') {
  return suites.flatMap((suite) => {
    const where = file || suite.file || suite.title;
    const own = (suite.specs ?? [])
      .filter((spec) => (spec.tests ?? []).some((t) => t.status === 'unexpected' || t.status === 'flaky'))
      .map((spec) => `${where} > ${spec.title}`);
    return [...own, ...failedSpecs(suite.suites ?? [], where)];
  });
}

function e2e() {
  if (!single('demo build', 'vite', ['build', '-c', 'vite.demo.config.ts', '--logLevel', 'warn'])) {
    summary.push({ step: 'e2e', passed: 0, failed: 1, seconds: 0, note: 'skipped: demo build failed' });
    return;
  }
  const step = 'e2e';
  banner(`${step} (playwright)`);
  rmSync(e2eJson, { force: true });
  const { value: code, seconds } = timed(() => run('playwright', ['test']));
  const report = readJson(e2eJson);
  if (!report?.stats) {
    summary.push({ step, passed: 0, failed: 1, seconds, note: `exit ${code}, no JSON report` });
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  let failed = unexpected;
  const notes = flaky ? [`${flaky} flaky (passed on retry)`] : [];
  notes.push(...failedSpecs(report.suites ?? []).map((title) => `failed: ${title}`));
  if (code !== 0 && failed === 0) {
    failed += 1;
    const errors = (report.errors ?? []).map((e) => e.message?.split('\n')[0]).filter(Boolean);
    notes.push(`exit ${code} with no failed test${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  }
  summary.push({ step, passed: expected + flaky, failed, seconds, note: notes.join('; ') || undefined });
}

mkdirSync(resultsDir, { recursive: true });
const total = timed(() => {
  typecheck();
  single('lint', 'biome', ['check', '.']);
  single('api report', 'node', [path.join('scripts', 'api-report.mjs'), '--check']);
  single('parts', 'node', [path.join('scripts', 'extract-parts.mjs'), '--check']);
  vitest();
  if (!quick) {
    e2e();
    single('pack check', 'node', [path.join('scripts', 'check-pack.mjs')]);
  }
});

const passed = summary.reduce((n, s) => n + s.passed, 0);
const failed = summary.reduce((n, s) => n + s.failed, 0);
banner(`summary${quick ? ' (--quick: e2e and pack check skipped)' : ''}`);
for (const s of summary) {
  const status = s.failed ? 'FAIL' : 'ok  ';
  const counts = `${s.passed} passed, ${s.failed} failed`.padEnd(22);
  console.log(
    `${status} ${s.step.padEnd(11)} ${counts} ${s.seconds.toFixed(1).padStart(6)} s${s.note ? `  (${s.note})` : ''}`,
  );
}
console.log(`total ${total.seconds.toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
