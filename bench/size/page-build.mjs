// How every size page is bundled: one set of esbuild options for the kit's pages, the peers' pages
// and React's baseline page, used by the bench (bench/size.mjs) and by the CI budgets (.size-limit.json).
//
// Production host settings: bundled, minified, ESM, browser, NODE_ENV=production, JSX automatic.
// React, react-dom and scheduler always come from the kit's own node_modules, so every page carries the
// very same React bytes and "cost over React" is a fair subtraction.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

const sameReactFilter = /^(react|react-dom|scheduler)(\/.*)?$/;

/** Resolves React from the kit's node_modules for every page and every package inside it. */
function sameReact() {
  return {
    name: 'teamkit-bench:same-react',
    setup(build) {
      build.onResolve({ filter: sameReactFilter }, (args) => {
        if (args.pluginData?.sameReact) return undefined;
        return build.resolve(args.path, {
          kind: args.kind,
          resolveDir: root,
          pluginData: { sameReact: true },
        });
      });
    },
  };
}

/**
 * `teamkit` and its subpaths as a host gets them from the package: the built files in dist/. A locale
 * entry that the build does not produce yet falls back to its source file (and the bench says so).
 */
function teamkitFromDist(dist) {
  return {
    name: 'teamkit-bench:teamkit-from-dist',
    setup(build) {
      build.onResolve({ filter: /^teamkit(\/.*)?$/ }, (args) => {
        const sub = args.path.slice('teamkit'.length).replace(/^\//, '');
        if (sub === '') return { path: path.join(dist, 'index.js') };
        if (sub === 'styles.css') return { path: path.join(dist, 'styles.css') };
        const built = path.join(dist, `${sub}.js`);
        if (existsSync(built)) return { path: built };
        const source = path.join(root, 'src', `${sub}.ts`);
        if (sub.startsWith('locales/') && existsSync(source))
          return { path: source, pluginData: { fromSource: true } };
        return {
          errors: [{ text: `teamkit/${sub} is not in ${path.relative(root, dist)}/ (run npm run build)` }],
        };
      });
    },
  };
}

/** Leaves every dynamic `import()` out of the bundle: what loads only when used is not initial cost. */
function lazyImportsExternal() {
  return {
    name: 'teamkit-bench:lazy-imports-external',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

/**
 * esbuild options for one page.
 * - `splitting` (bench): lazy `import()`s become their own chunks, measured apart from the initial ones.
 * - `lazyExternal` (size-limit): lazy `import()`s are left out, so every output file is initial cost.
 * - `reactExternal` (size-limit): React is left out, so the size is the cost over React.
 */
export function pageBuildOptions({
  page,
  outdir,
  splitting = false,
  lazyExternal = false,
  reactExternal = false,
}) {
  return {
    entryPoints: [path.join(pagesDir, page)],
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Peers resolve from their own package; files outside the repo (a test's fresh build) from the kit's.
    nodePaths: [path.join(peersDir, 'node_modules'), path.join(root, 'node_modules')],
    loader: {
      '.woff': 'file',
      '.woff2': 'file',
      '.ttf': 'file',
      '.png': 'file',
      '.svg': 'file',
      '.gif': 'file',
    },
    external: reactExternal ? ['react', 'react-dom', 'scheduler'] : [],
    plugins: [
      ...(lazyExternal ? [lazyImportsExternal()] : []),
      ...(reactExternal ? [] : [sameReact()]),
      teamkitFromDist(distDir()),
    ],
    metafile: true,
    write: true,
    logLevel: 'silent',
  };
}
