#!/usr/bin/env node
// Proves the published package works for a consumer:
//  1. `npm run build`, then `npm pack` into a temp dir; every file package.json "exports" names is in it,
//     dist/index.js starts with "use client" and dist/core.js has none.
//  2. A fresh consumer project installs the tarball plus the peers at our devDependency versions.
//  3. Plain Node (no window) imports 'teamkit', 'teamkit/core' and 'teamkit/adapters/memory'.
//  4. A consumer .ts file that uses every runtime export of each entry typechecks (strict, no
//     skipLibCheck) under moduleResolution NodeNext and under Bundler, with our own tsc.
// Exits non-zero with a message naming the failed check. `--keep` leaves the temp dir behind.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');
const started = performance.now();
const entries = [
  'teamkit',
  'teamkit/core',
  'teamkit/adapters/memory',
  'teamkit/adapters/scalekit',
  'teamkit/adapters/auth0',
  'teamkit/adapters/http',
  'teamkit/server',
  'teamkit/locales/en',
  'teamkit/locales/es',
  'teamkit/locales/de',
  'teamkit/locales/ar',
];
// `auth0` is an optional peer, needed only by teamkit/adapters/auth0 (imported below, so installed here);
// its types are a Node library's, so that entry is typechecked with @types/node, the others without.
const peers = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  '@types/react',
  '@types/react-dom',
  'auth0',
  '@types/node',
];
/** Server-only entries whose types need Node's (the `auth0` SDK's do): checked in a consumer of their own. */
const nodeTypedEntries = new Set(['teamkit/adapters/auth0']);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'teamkit-pack-'));
const consumer = path.join(tmp, 'consumer');

function log(message) {
  console.log(`check-pack: ${message}`);
}

function fail(message, detail) {
  if (detail) console.error(detail.trimEnd());
  console.error(`check-pack: FAILED: ${message}`);
  console.error(`check-pack: temp dir kept for inspection: ${tmp}`);
  process.exit(1);
}

/** Runs a command; output streams unless `capture`, in which case stdout is returned. */
function run(label, command, args, { cwd = root, capture = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    // Our own npm settings, whatever log level `npm test` was started with.
    env: { ...process.env, npm_config_loglevel: 'warn' },
  });
  if (result.error) fail(`${label}: could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    fail(
      `${label} (exit ${result.status ?? result.signal})`,
      capture ? `${result.stdout}${result.stderr}` : '',
    );
  }
  return result.stdout ?? '';
}

/** Every file path a package.json "exports" map points at. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

// 1. Build and pack.
log('building');
run('npm run build', 'npm', ['run', 'build', '--silent']);

const distIndex = readFileSync(path.join(root, 'dist', 'index.js'), 'utf8');
if (!/^["']use client["'];?\s*\n/.test(distIndex)) fail('dist/index.js does not start with "use client"');
if (/["']use client["']/.test(readFileSync(path.join(root, 'dist', 'core.js'), 'utf8'))) {
  fail('dist/core.js contains "use client": the core entry must stay server-neutral');
}

const packed = JSON.parse(
  run('npm pack', 'npm', ['pack', '--json', '--pack-destination', tmp], { capture: true }),
);
const tarball = path.join(tmp, packed[0].filename);
const packedFiles = new Set(packed[0].files.map((f) => f.path));
/** A target with `*` (a subpath pattern) is satisfied by any packed file it matches. */
const isPacked = (file) => {
  if (!file.includes('*')) return packedFiles.has(file);
  const pattern = new RegExp(
    `^${file
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
  return [...packedFiles].some((packedFile) => pattern.test(packedFile));
};
const missing = exportTargets(pkg.exports)
  .map((target) => target.replace(/^\.\//, ''))
  .filter((file) => !isPacked(file));
if (missing.length) fail(`the tarball lacks files that "exports" names: ${missing.join(', ')}`);
log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(1)} kB`);

// 2. A fresh consumer project.
mkdirSync(consumer);
writeFileSync(
  path.join(consumer, 'package.json'),
  `${JSON.stringify({ name: 'teamkit-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
);
const versions = peers.map((name) => {
  const version = pkg.devDependencies?.[name];
  if (!version) fail(`${name} is not in devDependencies`);
  return `${name}@${version}`;
});
log(`installing the tarball with ${versions.join(' ')}`);
run(
  'npm install in the consumer',
  'npm',
  ['install', tarball, ...versions, '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'],
  { cwd: consumer },
);

// 3. Import every entry in plain Node, as a server would; list what each exports at run time.
const probe = `
if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('not plain Node');
const out = {};
for (const entry of ${JSON.stringify(entries)}) out[entry] = Object.keys(await import(entry));
const css = (await import('node:url')).fileURLToPath(import.meta.resolve('teamkit/styles.css'));
if (!(await import('node:fs')).existsSync(css)) throw new Error('teamkit/styles.css resolves to a missing file');
console.log(JSON.stringify(out));
`;
const runtimeExports = JSON.parse(
  run('importing the entries in Node', process.execPath, ['--input-type=module', '-e', probe], {
    cwd: consumer,
    capture: true,
  }).trim(),
);
log(`Node imports ok: ${entries.map((e) => `${e} (${runtimeExports[e].length} exports)`).join(', ')}`);

// 4. Typecheck consumers that touch every runtime export (each must be typed) under both resolutions:
//    one without Node's types for every entry a page may use, one with them for the Node-typed entries.
const identifier = /^[A-Za-z_$][\w$]*$/;
function consumerSource(list) {
  const lines = list.map((entry, i) => `import * as entry${i} from '${entry}';`);
  lines.push('', 'export const used: unknown[] = [');
  list.forEach((entry, i) => {
    lines.push(`  entry${i},`);
    for (const name of runtimeExports[entry]) if (identifier.test(name)) lines.push(`  entry${i}.${name},`);
  });
  lines.push('];', '');
  return lines.join('\n');
}
const consumers = [
  { file: 'consumer.ts', list: entries.filter((entry) => !nodeTypedEntries.has(entry)), types: [] },
  {
    file: 'server-consumer.ts',
    list: entries.filter((entry) => nodeTypedEntries.has(entry)),
    types: ['node'],
  },
];
for (const { file, list } of consumers) writeFileSync(path.join(consumer, file), consumerSource(list));

const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
for (const { file, types } of consumers) {
  for (const [name, module, moduleResolution] of [
    ['nodenext', 'NodeNext', 'NodeNext'],
    ['bundler', 'ESNext', 'Bundler'],
  ]) {
    const config = {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module,
        moduleResolution,
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        types,
      },
      files: [file],
    };
    const tsconfig = `tsconfig.${file.replace(/\.ts$/, '')}.${name}.json`;
    writeFileSync(path.join(consumer, tsconfig), `${JSON.stringify(config, null, 2)}\n`);
    run(`typechecking ${file} (moduleResolution ${moduleResolution})`, tsc, ['-p', tsconfig], {
      cwd: consumer,
      capture: true,
    });
    log(`${file} typechecks with moduleResolution ${moduleResolution}`);
  }
}

if (!keep) rmSync(tmp, { recursive: true, force: true });
log(`ok in ${((performance.now() - started) / 1000).toFixed(1)} s${keep ? ` (kept ${tmp})` : ''}`);
