// How every size page is built: one Vite production build per page (what a host's `vite build` does,
// with Vite's defaults: Rolldown, code splitting at each `import()`, Oxc minification, CSS extracted
// per chunk), the same settings for the kit's pages, the peers' pages and React's baseline page. Used
// by the bench (bench/size.mjs) and by the CI budgets (bench/size/budget-pages.mjs → size-limit), so
// the two report the very same files.
//
// Why Vite and not esbuild: with code splitting on, esbuild places every file that a lazy chunk shares
// with the entry's import graph in an initial chunk, even when the entry tree-shakes it away (it
// decides chunk membership before tree shaking: evanw/esbuild#3704, #3252). Through the kit's
// re-exporting index that moved the lazy invite dialog's code into the initial JS (+11 KiB gzip for
// page (a), and the dialogs into page (b), which renders no component at all). Rolldown decides on
// what survives tree shaking, as a host's production build does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The size pages. */
export const pagesDir = path.join(root, 'bench', 'pages');
/** The separate package holding the peers (WorkOS, Stytch). */
export const peersDir = path.join(root, 'bench', 'peers');

/** The library build the kit's pages import (`TEAMKIT_DIST` lets a test point at a fresh build elsewhere). */
export function distDir() {
  return process.env.TEAMKIT_DIST ? path.resolve(process.env.TEAMKIT_DIST) : path.join(root, 'dist');
}

/** React's packages: left out of every page but the baseline, so a page's files are its cost over React. */
const reactPackages = /^(react|react-dom|scheduler)(\/.*)?$/;

/**
 * `teamkit` and its subpaths as a host gets them from the package: the built files in dist/. The dist
 * folder must sit inside this repository so that the package's `sideEffects` field applies to its
 * files (a host's bundler reads it from node_modules/teamkit/package.json).
 */
function teamkitFromDist(dist) {
  return {
    name: 'teamkit-bench:teamkit-from-dist',
    enforce: 'pre',
    resolveId(source) {
      const match = /^teamkit(?:\/(.*))?$/.exec(source);
      if (!match) return null;
      const sub = match[1] ?? 'index';
      const file = sub.endsWith('.css') ? path.join(dist, sub) : path.join(dist, `${sub}.js`);
      if (!existsSync(file))
        this.error(`${source} is not in ${path.relative(root, dist) || dist}/ (run npm run build)`);
      return file;
    },
  };
}

/** The peers' pages import their packages from bench/peers, which has its own node_modules. */
function peersFromTheirPackage() {
  const importer = path.join(peersDir, 'package.json');
  return {
    name: 'teamkit-bench:peers-from-their-package',
    enforce: 'pre',
    async resolveId(source, from, options) {
      if (!from?.startsWith(pagesDir) || !from.endsWith('.jsx')) return null;
      if (source.startsWith('.') || path.isAbsolute(source) || reactPackages.test(source)) return null;
      return this.resolve(source, importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * One output file of a page build. `when`: `initial` (the entry chunk, the chunks it imports
 * statically and their CSS), `lazy` (reached only through `import()`, with its CSS) or `asset` (fonts,
 * images). `modules`: what the chunk holds, in rendered bytes before minification; `facade`: the
 * module a chunk stands for (the one an `import()` names), when it has one.
 * @typedef {{ name: string, file: string, kind: 'js' | 'css' | 'asset', when: 'initial' | 'lazy' | 'asset', modules: { id: string, bytes: number }[], facade?: string }} PageFile
 */

/** Splits a Rolldown output into initial, lazy and asset files. */
function classify(output, outDir) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const initial = new Set();
  const queue = [entry?.fileName];
  while (queue.length > 0) {
    const name = queue.shift();
    if (!name || initial.has(name) || !chunks.has(name)) continue;
    initial.add(name);
    queue.push(...chunks.get(name).imports);
  }
  const cssWhen = new Map();
  for (const chunk of chunks.values()) {
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      if (initial.has(chunk.fileName) || !cssWhen.has(css))
        cssWhen.set(css, initial.has(chunk.fileName) ? 'initial' : 'lazy');
    }
  }
  return output.map((o) => {
    const file = path.join(outDir, o.fileName);
    if (o.type === 'chunk') {
      const modules = Object.entries(o.modules ?? {}).map(([id, info]) => ({
        id,
        bytes: info.renderedLength,
      }));
      const when = initial.has(o.fileName) ? 'initial' : 'lazy';
      return { name: o.fileName, file, kind: 'js', when, modules, facade: o.facadeModuleId ?? undefined };
    }
    const isCss = o.fileName.endsWith('.css');
    return {
      name: o.fileName,
      file,
      kind: isCss ? 'css' : 'asset',
      when: isCss ? (cssWhen.get(o.fileName) ?? 'initial') : 'asset',
      modules: [],
    };
  });
}

/**
 * Builds one page into `outDir` and returns its files (see PageFile). React is left out unless
 * `bundleReact` (the baseline page). Rejects with Vite's error when the page cannot be built.
 * @returns {Promise<PageFile[]>}
 */
export async function buildPage({ page, outDir, bundleReact = false }) {
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    plugins: [teamkitFromDist(distDir()), peersFromTheirPackage()],
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      rolldownOptions: {
        input: path.join(pagesDir, page),
        external: bundleReact ? [] : [reactPackages],
        // The kit's modules say "use client" for React Server Components hosts; a client bundle drops it.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return classify(output, outDir);
}

/**
 * Who a module of a page build belongs to, for "what is inside": a package name, the kit (its dist
 * files), one of its locales, or the page itself.
 */
export function ownerOf(id) {
  const clean = id.replace(/^\0/, '').split('?')[0];
  const parts = clean.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
    return name ?? clean;
  }
  if (clean.startsWith(pagesDir)) return 'the page itself';
  const dist = distDir();
  if (clean.startsWith(dist)) {
    const locale = /\/(?:locales|i18n)\/(ar|de|es|en)\b/.exec(clean.slice(dist.length));
    return locale && locale[1] !== 'en' ? `teamkit locale ${locale[1]}` : 'teamkit (dist)';
  }
  // Vite's own helpers (the preload helper around each `import()`) are virtual modules: `\0vite/…`.
  return clean.startsWith('vite/') ? 'Vite runtime' : path.relative(root, clean);
}
