/**
 * Reads a library build as a browser would load it: from an entry file, every file its static and
 * dynamic relative imports reach, and the bare modules (packages, `node:` built-ins) they name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** What one entry of a build loads. */
export interface BrowserGraph {
  /** Every output file reached, relative to the build folder. */
  files: string[];
  /** Every bare import specifier named by those files (`react`, `zod/mini`, `node:http`). */
  bareImports: string[];
}

const importPattern =
  /(?:\bimport|\bexport)\s*(?:[^'"();]*?\s*from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files and bare imports reachable from `entry` (a path relative to `dir`). */
export function browserGraph(dir: string, entry: string): BrowserGraph {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const match of code.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(path.normalize(path.join(path.dirname(file), specifier)));
      else bare.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].sort(), bareImports: [...bare].sort() };
}

/** Patterns of things that must never ship to a browser: keys, tokens, credentials in URLs. */
export const secretPatterns: readonly { name: string; pattern: RegExp }[] = [
  { name: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: 'Stripe-style secret key', pattern: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}/ },
  { name: 'AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/ },
  { name: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { name: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { name: 'credentials in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^/\s'"@:]+:[^/\s'"@]+@/i },
  {
    name: 'a secret assigned a literal',
    pattern:
      /\b(?:client_?secret|api_?key|secret_?key|access_?token|password)\b["']?\s*[:=]\s*["'][^"'\s]{12,}["']/i,
  },
];

/** The names of the secret patterns `text` matches. */
export function findSecrets(text: string): string[] {
  return secretPatterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}
