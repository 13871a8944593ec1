// @vitest-environment node
/**
 * What the browser entry points ship, read from a fresh library build: nothing secret-like, and no
 * server-only module (teamkit/server, the Scalekit and Auth0 adapters, node: built-ins, Redis, Hono,
 * the `auth0` SDK) reachable from any of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGraph, findSecrets } from './support/browser-graph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const browserEntries = [
  'index.js',
  'core.js',
  'adapters/memory.js',
  'adapters/http.js',
  'locales/en.js',
  'locales/es.js',
  'locales/de.js',
  'locales/ar.js',
];
let out: string;

beforeAll(() => {
  // A build of its own, in a temp folder, so it never races another test's or a person's dist/.
  out = mkdtempSync(path.join(os.tmpdir(), 'teamkit-dist-'));
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the built browser files', () => {
  it('reach no server-only module from any browser entry', () => {
    for (const entry of browserEntries) {
      const graph = browserGraph(out, entry);
      expect(graph.files.length, entry).toBeGreaterThan(0);
      expect(
        graph.files.filter((file) => /^(server|adapters\/(auth0|scalekit))/.test(file)),
        entry,
      ).toEqual([]);
      expect(
        graph.bareImports.filter((name) => /^(node:|@redis\/|redis$|ioredis$|hono|auth0($|\/))/.test(name)),
        entry,
      ).toEqual([]);
    }
  });

  it('leave the Auth0 adapter a server entry of its own, the only one importing the auth0 SDK', () => {
    const auth0 = browserGraph(out, 'adapters/auth0.js');
    expect(auth0.files.some((file) => file.startsWith('adapters/auth0/'))).toBe(true);
    expect(auth0.bareImports).toContain('auth0');
  });

  it('keep the HTTP adapter free of dependencies', () => {
    expect(browserGraph(out, 'adapters/http.js').bareImports).toEqual([]);
  });

  it('carry nothing secret-like', () => {
    const files = new Set(browserEntries.flatMap((entry) => browserGraph(out, entry).files));
    files.add('styles.css');
    const found = [...files].flatMap((file) =>
      findSecrets(readFileSync(path.join(out, file), 'utf8')).map((name) => `${file}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('are what the server entry is not: teamkit/server is built apart, and names its own imports', () => {
    const server = browserGraph(out, 'server.js');
    expect(server.files.some((file) => file.startsWith('server/'))).toBe(true);
    expect(server.bareImports).toContain('zod');
  });
});

describe('the scan itself', () => {
  it('finds each kind of secret it looks for, and passes ordinary code', () => {
    const planted = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'const key = "sk_live_51HxYzAbCdEfGhIj";',
      'AKIAIOSFODNN7EXAMPLE',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'xoxb-123456789012-abcdef',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV',
      'redis://default:hunter2hunter2@cache.example.com:6379',
      'clientSecret: "abcdefghijklmnop"',
    ];
    for (const text of planted) expect(findSecrets(text), text).not.toEqual([]);
    const ordinary = "const url = base + '/organizations/' + id; const password = input.value; // 'token'";
    expect(findSecrets(ordinary)).toEqual([]);
  });
});
