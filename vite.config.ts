/**
 * Library build: ESM only, one file per package.json "exports" entry, every dependency and peer left
 * external, CSS collected into dist/styles.css. Type declarations come from `tsc -p tsconfig.build.json`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** A Node built-in (teamkit/server only), a bare package name or any of its subpaths (react/jsx-runtime, zod/mini …). */
export const isExternal = (id: string): boolean =>
  id.startsWith('node:') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

const entries = {
  index: `${root}src/index.ts`,
  core: `${root}src/core/index.ts`,
  'adapters/memory': `${root}src/adapters/memory/index.ts`,
  // Server side only: holds a client secret and talks to Scalekit, so no browser entry imports it.
  'adapters/scalekit': `${root}src/adapters/scalekit/index.ts`,
  // Server side only, like Scalekit's: holds a client secret and imports the `auth0` SDK (an optional peer).
  'adapters/auth0': `${root}src/adapters/auth0/index.ts`,
  'adapters/http': `${root}src/adapters/http/index.ts`,
  server: `${root}src/server/index.ts`,
  'locales/en': `${root}src/locales/en.ts`,
  'locales/es': `${root}src/locales/es.ts`,
  'locales/de': `${root}src/locales/de.ts`,
  'locales/ar': `${root}src/locales/ar.ts`,
};
/** The entries whose output chunk starts with "use client": the React entry only, never core. */
const clientEntries = new Set(['index']);
/** Source folders whose modules run in the browser only (hooks, components): each output file gets "use client". */
const clientSource = /\/src\/(react|components)\//;

const stylesEntry = `${root}src/styles/index.css`;
const USE_CLIENT_DIRECTIVE = /^(\s*)((['"])use client\3;?)/;

/**
 * Two edits to the entry modules, both keeping every line and column so source maps stay exact:
 * - Rolldown keeps a directive only when it heads an entry module and drops those of the modules it
 *   inlines, so `output.banner` writes `"use client"` on the React entry chunk; any directive heading
 *   an entry module is blanked so that the banner is the only one and core can never carry it.
 * - The React entry always imports src/styles/index.css (appended as a last line), so
 *   dist/styles.css exists even before any component imports a stylesheet. Lib mode extracts the
 *   CSS and leaves no import of it in the JS: consumers import 'teamkit/styles.css'.
 */
function teamkitEntries(): Plugin {
  const entryFiles = new Map(Object.entries(entries).map(([name, file]) => [file, name]));
  return {
    name: 'teamkit:entries',
    apply: 'build',
    transform(code, id) {
      const name = entryFiles.get(id);
      if (name === undefined) return null;
      let out = code.replace(USE_CLIENT_DIRECTIVE, (_m, lead: string, directive: string) =>
        lead.concat(' '.repeat(directive.length)),
      );
      if (clientEntries.has(name)) out += `\nimport ${JSON.stringify(stylesEntry)};\n`;
      return out === code ? null : { code: out, map: null };
    },
    // One output file per source module (preserveModules) means every React module needs its own
    // directive: a bundler that splits server and client code reads it per file.
    renderChunk(code, chunk) {
      const id = chunk.facadeModuleId ?? '';
      const isClient = clientSource.test(id) || (chunk.isEntry && clientEntries.has(chunk.name));
      if (!isClient || /^\s*['"]use client['"]/.test(code)) return null;
      return { code: `"use client";\n${code}`, map: null };
    },
    // The shadcn/ui preset is a stylesheet of its own (`teamkit/styles/shadcn.css`), not part of styles.css;
    // the OpenAPI document is the server entry's.
    buildEnd() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles/shadcn.css',
        source: readFileSync(`${root}src/styles/shadcn.css`, 'utf8'),
      });
      // The definitions manager's rules, for admin pages only (`teamkit/styles/definitions-manager.css`).
      this.emitFile({
        type: 'asset',
        fileName: 'styles/definitions-manager.css',
        source: readFileSync(`${root}src/styles/definitions-manager.css`, 'utf8'),
      });
      // The organization switcher's rules, for pages that show it (`teamkit/styles/organization-switcher.css`).
      this.emitFile({
        type: 'asset',
        fileName: 'styles/organization-switcher.css',
        source: readFileSync(`${root}src/styles/organization-switcher.css`, 'utf8'),
      });
      // The server's REST contract ships as a file (`teamkit/server/openapi.json`) for hosts' tooling.
      this.emitFile({
        type: 'asset',
        fileName: 'server/openapi.json',
        source: readFileSync(`${root}src/server/openapi.json`, 'utf8'),
      });
    },
    // Vite 8.3 leaves its internal hash marker (`/*$vite$:1*/`) in the lib-mode CSS bundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string') {
            file.source = file.source.replace(/\/\*\$vite\$:\d+\*\//g, '');
          }
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), teamkitEntries()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: entries,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        // One file per module, so a host that imports only the hooks never loads the components'
        // dependencies (Radix, the virtualizer, react-hook-form): bundlers tree-shake by file far more
        // reliably than within one file, where un-annotated top-level calls (forwardRef, createContext)
        // keep everything alive.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
