// @vitest-environment node
/**
 * The size budgets of .size-limit.json, in `npm test`: a fresh library build (into bench/.out, so dist/
 * is left alone), then size-limit on the bench pages, React and lazy imports left out of each bundle.
 * Fails when (a) the three components with the provider and styles exceed 80 KiB gzip over React, or
 * (b) the provider and hooks alone exceed 30 KiB. `npm run bench` reports the same pages in full.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** One entry of `size-limit --json`. */
interface SizeLimitResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe('given the size pages built from a fresh library build', () => {
  it('when size-limit weighs them, each stays within its gzip budget over React', () => {
    const out = path.join(root, 'bench', '.out', `size-budget-${process.pid}`);
    try {
      const build = spawnSync(
        bin('vite'),
        ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(build.status, `vite build failed:\n${build.stderr}`).toBe(0);

      const measured = spawnSync(bin('size-limit'), ['--json'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TEAMKIT_DIST: out },
      });
      const report = JSON.parse(measured.stdout || '{}') as SizeLimitResult[] | { error?: string };
      if (!Array.isArray(report)) throw new Error(`size-limit failed: ${report.error ?? measured.stderr}`);

      expect(report.map((entry) => entry.name)).toHaveLength(2);
      const over = report
        .filter((entry) => !entry.passed)
        .map((entry) => `${entry.name}: ${kib(entry.size)} > ${kib(entry.sizeLimit)}`);
      expect(over, 'over budget (see BENCHMARKS.md, "What is inside")').toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
