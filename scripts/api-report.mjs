#!/usr/bin/env node
// The public API report: every name and signature each package entry point exports, one file per entry
// in api/, written by API Extractor from the built declaration files (it carries its own TypeScript, so
// it works beside TypeScript 7, which has no compiler API).
//
//   node scripts/api-report.mjs           rebuild the .d.ts files and rewrite api/*.api.md
//   node scripts/api-report.mjs --check   fail, naming the entry, if the public surface differs from the
//                                         committed report (what `npm test` runs): a change to what hosts
//                                         can import is always a deliberate, reviewed diff.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const packageJsonFullPath = path.join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packageJsonFullPath, 'utf8'));
// Declarations are built apart from dist/, so the check never races the build or the pack check.
// In the project (its findings name files relative to it, the same on every machine) and not under
// node_modules, where API Extractor would take the declarations for another package's.
const cache = path.join(root, '.api-report');
rmSync(cache, { recursive: true, force: true });
const declarations = path.join(cache, 'dts');

/** Entry points with types, from package.json "exports" (the locales wildcard expands to each locale). */
function entries() {
  const list = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !target.types) continue;
    const locales = subpath.includes('*') ? ['en', 'es', 'de', 'ar'] : [undefined];
    for (const locale of locales) {
      const name = locale ? subpath.replace('*', locale) : subpath;
      const types = locale ? target.types.replace('*', locale) : target.types;
      const file = name === '.' ? 'teamkit' : `teamkit-${name.slice(2).replaceAll('/', '-')}`;
      list.push({
        name: name === '.' ? 'teamkit' : `teamkit/${name.slice(2)}`,
        dts: path.join(declarations, path.relative('dist', types)),
        file,
      });
    }
  }
  return list;
}

const emitted = spawnSync(
  path.join(root, 'node_modules', '.bin', 'tsc'),
  ['-p', 'tsconfig.build.json', '--outDir', declarations, '--declarationMap', 'false'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (emitted.status !== 0) {
  console.error('api-report: the declaration build (tsc -p tsconfig.build.json) failed');
  process.exit(1);
}

const changed = [];
for (const entry of entries()) {
  const config = ExtractorConfig.prepare({
    configObjectFullPath: undefined,
    packageJsonFullPath,
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.dts,
      compiler: {
        // The emitted declarations keep the source's `.ts` specifiers; resolve them as the bundler does.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            allowImportingTsExtensions: true,
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            noEmit: true,
            types: [],
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          },
          files: [entry.dts],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.file}.api.md`,
        reportFolder: path.join(root, 'api'),
        reportTempFolder: path.join(cache, 'temp'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: true },
          // The kit does not use @public/@beta release tags: every exported name is public.
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const result = Extractor.invoke(config, {
    localBuild: !check,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // Findings go into the report file itself; the console only gets real failures.
      if (message.category === 'Extractor' || message.category === 'TSDoc') message.handled = true;
    },
  });
  if (result.apiReportChanged) changed.push(entry.name);
  if (!result.succeeded && !result.apiReportChanged) {
    console.error(`api-report: API Extractor failed on ${entry.name} (${result.errorCount} errors)`);
    process.exit(1);
  }
}

rmSync(cache, { recursive: true, force: true });
if (check && changed.length > 0) {
  console.error(
    `api-report: the public API of ${changed.join(', ')} differs from api/. If the change is deliberate, run ` +
      '`node scripts/api-report.mjs` and commit the updated report.',
  );
  process.exit(1);
}
console.log(`api-report: ${entries().length} entry points ${check ? 'match api/' : 'written to api/'}`);
