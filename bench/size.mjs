// Size half of `npm run bench`: bundles every size page with the same esbuild settings
// (bench/size/page-build.mjs), splits each page's output into what loads at once (initial JS and CSS)
// and what loads only when used (lazy chunks), and weighs each file raw, gzip (level 9) and brotli
// (quality 11). A page that cannot be bundled is reported with its reason, never with a number.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { distDir, pageBuildOptions, root } from './size/page-build.mjs';

/** The pages, in table order. `peer` pages need bench/peers installed. */
export const sizePages = [
  { id: 'react', page: 'react-only.tsx', label: 'react + react-dom (baseline)' },
  {
    id: 'kit-all',
    page: 'kit-all.tsx',
    label: '(a) Teamkit: ProfileEditor + InviteMemberDialog + MembersTable',
  },
  { id: 'kit-hooks', page: 'kit-hooks.tsx', label: '(b) Teamkit: provider + hooks' },
  {
    id: 'workos',
    page: 'workos-widgets.jsx',
    label: '(c) WorkOS Widgets: UsersManagement + UserProfile',
    peer: '@workos-inc/widgets',
  },
  {
    id: 'stytch',
    page: 'stytch-admin-portal.jsx',
    label: '(d) Stytch: AdminPortalMemberManagement',
    peer: '@stytch/react',
  },
];

/** Raw, gzip and brotli bytes of one file's contents. */
export function weigh(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** The package (or kit file) an esbuild input belongs to, for the "what is inside" breakdown. */
function ownerOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
    return name ?? input;
  }
  if (input.includes('bench/pages/')) return 'the page itself';
  if (input.includes('src/locales/') || input.includes('src/i18n/')) return 'teamkit locales (source)';
  if (input.includes('dist/') || input.includes('teamkit')) return 'teamkit (dist)';
  return input;
}

/**
 * Splits a build's outputs: initial = the entry chunk and everything it imports statically (its CSS
 * bundle included); lazy = chunks reached only through `import()`; assets = fonts and images.
 */
function classify(metafile, outdir) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint && file.endsWith('.js'));
  const initial = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || initial.has(file)) continue;
    initial.add(file);
    const output = outputs[file];
    if (output.cssBundle) queue.push(output.cssBundle);
    for (const imported of output.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  const files = Object.keys(outputs).map((file) => {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : 'asset';
    const when = initial.has(file) ? 'initial' : kind === 'asset' ? 'asset' : 'lazy';
    const inputs = Object.entries(outputs[file].inputs ?? {}).map(([input, { bytesInOutput }]) => ({
      input,
      bytesInOutput,
    }));
    return { file, name: path.relative(outdir, path.resolve(root, file)), kind, when, inputs };
  });
  return files;
}

/** What a lazy chunk holds, in words (its biggest owners). */
function describeChunk(inputs) {
  const owners = new Map();
  for (const { input, bytesInOutput } of inputs) {
    const owner = input.includes('libphonenumber-js')
      ? 'libphonenumber-js (phone metadata)'
      : /locales\/(\w+)|i18n\/(\w+)\//.test(input)
        ? `locale ${input
            .match(/locales\/(\w+)|i18n\/(\w+)\//)
            .slice(1)
            .find(Boolean)}`
        : ownerOf(input);
    owners.set(owner, (owners.get(owner) ?? 0) + bytesInOutput);
  }
  return [...owners]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([owner]) => owner)
    .join(', ');
}

/** Minified bytes per package inside the initial files (largest first). */
function breakdown(files) {
  const owners = new Map();
  for (const file of files) {
    if (file.when !== 'initial') continue;
    for (const { input, bytesInOutput } of file.inputs) {
      const owner = ownerOf(input);
      owners.set(owner, (owners.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...owners].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes > 0);
}

/** The first line of a build failure, made short enough for a table cell. */
function reasonOf(error) {
  const first = error?.errors?.[0];
  const text = first
    ? `${first.text}${first.location ? ` (${first.location.file})` : ''}`
    : String(error?.message ?? error);
  return text.split('\n')[0].replace(/\|/g, '/').slice(0, 160);
}

/** Bundles and weighs one page; `{ error }` when it cannot be built. */
async function measurePage(page, outRoot) {
  const outdir = path.join(outRoot, page.id);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  let result;
  try {
    result = await esbuild.build(pageBuildOptions({ page: page.page, outdir, splitting: true }));
  } catch (error) {
    return { ...page, error: `not measured: ${reasonOf(error)}` };
  }
  const files = classify(result.metafile, outdir).map((file) => ({
    ...file,
    size: weigh(readFileSync(path.resolve(root, file.file))),
  }));
  const sum = (when, kind) =>
    files
      .filter((f) => f.when === when && (!kind || f.kind === kind))
      .reduce((all, f) => add(all, f.size), zero());
  const fromSource = files.some((f) => f.inputs.some(({ input }) => input.includes('src/locales/')));
  return {
    ...page,
    files,
    js: sum('initial', 'js'),
    css: sum('initial', 'css'),
    initial: sum('initial'),
    lazy: files
      .filter((f) => f.when === 'lazy')
      .map((f) => ({ name: f.name, what: describeChunk(f.inputs), size: f.size })),
    assets: sum('asset'),
    breakdown: breakdown(files),
    localesFromSource: fromSource,
  };
}

/** Every string of a catalogue (nested objects and plural forms included). */
function stringsOf(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** The es, de and ar catalogues, compiled from source so their strings can be looked for. */
async function catalogueStrings() {
  const result = await esbuild.build({
    stdin: {
      contents: ['en', 'es', 'de', 'ar']
        .map((l) => `export { ${l} } from './src/i18n/${l}/index.ts';`)
        .join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const source = result.outputFiles[0].text;
  const catalogues = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const english = new Set(stringsOf(catalogues.en));
  // English is the control: its strings must be found, or the search itself is broken.
  const distinct = { en: [...english].filter((s) => s.length >= 16) };
  for (const locale of ['es', 'de', 'ar']) {
    // Long strings only, and none that English shares (names, placeholders): those prove nothing.
    distinct[locale] = [...new Set(stringsOf(catalogues[locale]))].filter(
      (s) => s.length >= 16 && !english.has(s),
    );
  }
  return distinct;
}

/** The ways a minifier may print `text` as a string literal (a bare match could be a regex or a comment). */
function quotedForms(text) {
  const escaped = JSON.stringify(text).slice(1, -1);
  return [`"${escaped}"`, `'${escaped.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`, `\`${text}\``];
}

/**
 * Checks that page (a)'s initial files carry no phone metadata and no non-English catalogue, and
 * names the lazy chunks they live in instead.
 */
async function checkOptionalParts(kitAll) {
  if (kitAll.error) return { error: kitAll.error };
  const initialText = kitAll.files
    .filter((f) => f.when === 'initial' && f.kind === 'js')
    .map((f) => readFileSync(path.resolve(root, f.file), 'utf8'))
    .join('\n');
  const initialInputs = kitAll.files
    .filter((f) => f.when === 'initial')
    .flatMap((f) => f.inputs.map((i) => i.input));
  const phoneInInitial =
    initialInputs.some((input) => input.includes('libphonenumber-js')) ||
    initialText.includes('country_calling_codes');
  let strings;
  try {
    strings = await catalogueStrings();
  } catch (error) {
    return { error: `not checked: could not compile the catalogues (${reasonOf(error)})` };
  }
  const locales = Object.entries(strings).map(([locale, list]) => ({
    locale,
    checked: list.length,
    foundInInitial: list.filter((s) => quotedForms(s).some((form) => initialText.includes(form))).length,
  }));
  return {
    control: locales.find((l) => l.locale === 'en'),
    locales: locales.filter((l) => l.locale !== 'en'),
    phoneInInitial,
    phoneChunk: kitAll.lazy.find((c) => c.what.includes('libphonenumber')),
    localeChunks: kitAll.lazy.filter((c) => c.what.startsWith('locale')),
    localesFromSource: kitAll.localesFromSource,
  };
}

/** Runs the size bench. `peersReady` false (or a reason string) reports the peer pages as not measured. */
export async function measureSizes({ peersReady }) {
  const outRoot = path.join(root, 'bench', '.out', 'size');
  const pages = [];
  for (const page of sizePages) {
    if (page.peer && peersReady !== true) {
      pages.push({ ...page, error: `not measured: ${peersReady || 'bench/peers is not installed'}` });
      continue;
    }
    pages.push(await measurePage(page, outRoot));
  }
  const react = pages.find((p) => p.id === 'react');
  const kitAll = pages.find((p) => p.id === 'kit-all');
  for (const page of pages) {
    if (page.error || react.error) continue;
    page.overReact = {
      raw: page.initial.raw - react.initial.raw,
      gzip: page.initial.gzip - react.initial.gzip,
      brotli: page.initial.brotli - react.initial.brotli,
    };
  }
  for (const page of pages) {
    if (page.overReact && kitAll.overReact && page.id !== 'react') {
      page.ratioToKit = {
        gzip: page.overReact.gzip / kitAll.overReact.gzip,
        brotli: page.overReact.brotli / kitAll.overReact.brotli,
      };
    }
  }
  return { pages, optional: await checkOptionalParts(kitAll), dist: path.relative(root, distDir()) || '.' };
}
