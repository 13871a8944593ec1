// Size half of `npm run bench`: builds every size page with the same Vite production settings
// (bench/size/page-build.mjs: the very builds the CI budgets weigh), splits each page's output into
// what loads at once (initial JS and CSS) and what loads only when used (lazy chunks), and weighs
// each file raw, gzip (level 9) and brotli (quality 11). Every page but React's baseline leaves React
// out, so its initial files are its cost over React. A page that cannot be built is reported with its
// reason, never with a number.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { buildPage, distDir, ownerOf, root } from './size/page-build.mjs';

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

/** What a lazy chunk holds, in words (its biggest owners). */
function describeChunk(modules) {
  const owners = new Map();
  for (const { id, bytes } of modules) {
    const owner = id.includes('libphonenumber-js') ? 'libphonenumber-js (phone metadata)' : ownerOf(id);
    owners.set(owner, (owners.get(owner) ?? 0) + bytes);
  }
  return [...owners]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([owner]) => owner)
    .join(', ');
}

/** Rendered bytes (before minification) per package inside the initial files (largest first). */
function breakdown(files) {
  const owners = new Map();
  for (const file of files) {
    if (file.when !== 'initial') continue;
    for (const { id, bytes } of file.modules) {
      const owner = ownerOf(id);
      owners.set(owner, (owners.get(owner) ?? 0) + bytes);
    }
  }
  return [...owners].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes > 0);
}

/** The first line of a build failure, made short enough for a table cell. */
function reasonOf(error) {
  const first = error?.errors?.[0];
  const text = first?.message ?? first?.text ?? String(error?.message ?? error);
  return (
    stripVTControlCharacters(text)
      .split('\n')
      .find((line) => line.trim())
      ?.replace(/\|/g, '/')
      .slice(0, 160) ?? 'the build failed without a message'
  );
}

/** Bundles and weighs one page; `{ error }` when it cannot be built. */
async function measurePage(page, outRoot) {
  let built;
  try {
    built = await buildPage({
      page: page.page,
      outDir: path.join(outRoot, page.id),
      bundleReact: page.id === 'react',
    });
  } catch (error) {
    return { ...page, error: `not measured: ${reasonOf(error)}` };
  }
  const files = built.map((file) => ({ ...file, size: weigh(readFileSync(file.file)) }));
  const sum = (when, kind) =>
    files
      .filter((f) => f.when === when && (!kind || f.kind === kind))
      .reduce((all, f) => add(all, f.size), zero());
  return {
    ...page,
    files,
    js: sum('initial', 'js'),
    css: sum('initial', 'css'),
    initial: sum('initial'),
    lazy: files
      .filter((f) => f.when === 'lazy')
      .map((f) => ({ name: path.basename(f.name), what: describeChunk(f.modules), size: f.size })),
    assets: sum('asset'),
    breakdown: breakdown(files),
  };
}

/** Every string of a catalogue (nested objects and plural forms included). */
function stringsOf(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** The en, es, de and ar catalogues' strings, read from source through Vite's module runner. */
async function catalogueStrings() {
  const catalogues = {};
  for (const locale of ['en', 'es', 'de', 'ar']) {
    const { module } = await runnerImport(path.join(root, 'src', 'i18n', locale, 'index.ts'));
    catalogues[locale] = module[locale];
  }
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
    .map((f) => readFileSync(f.file, 'utf8'))
    .join('\n');
  const initialModules = kitAll.files.filter((f) => f.when === 'initial').flatMap((f) => f.modules);
  const phoneInInitial =
    initialModules.some(({ id }) => id.includes('libphonenumber-js')) ||
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
    localeChunks: kitAll.lazy.filter((c) => c.what.startsWith('teamkit locale')),
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
    // React is left out of every page but the baseline: a page's initial files are its cost over React,
    // the very bytes size-limit weighs for the budgets.
    if (page.error || page.id === 'react') continue;
    page.overReact = page.initial;
    if (!react.error) page.inAll = add(page.initial, react.initial);
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
