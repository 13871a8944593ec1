// @vitest-environment node
/**
 * The size budgets of .size-limit.json, in `npm test`: bench/size/budget-pages.mjs makes a fresh
 * library build and builds pages (a) and (b) exactly as `npm run bench` does (Vite production builds,
 * React left out), then size-limit weighs each page's initial files (gzip). Fails when (a) the three
 * components with the provider and styles exceed 80 KiB gzip over React, or (b) the provider and
 * hooks alone exceed 30 KiB. Lazy chunks (the invite dialog, phone metadata, other locales) are not
 * initial cost, and the test checks that they stay lazy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** One entry of `size-limit --json`. */
interface SizeLimitResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

/** One output file in bench/.out/budget/files.json: its name, the module it stands for, whom its code belongs to. */
interface BudgetFile {
  name: string;
  facade?: string;
  holds: string[];
}
/** bench/.out/budget/files.json: each page's output files, initial and lazy. */
type BudgetFiles = Record<string, { initial: BudgetFile[]; lazy: BudgetFile[] }>;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe('given pages (a) and (b) built from a fresh library build', () => {
  let files: BudgetFiles;
  beforeAll(() => {
    const prepared = spawnSync(process.execPath, [path.join(root, 'bench', 'size', 'budget-pages.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(prepared.status, `bench/size/budget-pages.mjs failed:\n${prepared.stderr}`).toBe(0);
    files = JSON.parse(readFileSync(path.join(root, 'bench', '.out', 'budget', 'files.json'), 'utf8'));
  }, 180_000);

  it('when size-limit weighs their initial files, each stays within its gzip budget over React', () => {
    const measured = spawnSync(bin('size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(measured.stdout || '{}') as SizeLimitResult[] | { error?: string };
    if (!Array.isArray(report)) throw new Error(`size-limit failed: ${report.error ?? measured.stderr}`);

    expect(report.map((entry) => entry.name)).toHaveLength(2);
    // A page that weighs nothing means the glob matched no file, not a small kit.
    for (const entry of report) expect(entry.size, entry.name).toBeGreaterThan(10 * 1024);
    const over = report
      .filter((entry) => !entry.passed)
      .map((entry) => `${entry.name}: ${kib(entry.size)} > ${kib(entry.sizeLimit)}`);
    expect(over, 'over budget (npm run bench shows what is inside)').toEqual([]);
  });

  it('then the invite dialog, Radix, phone metadata and Spanish load only when used in (a)', () => {
    const page = files['kit-all'];
    const initialHolds = page?.initial.flatMap((f) => f.holds) ?? [];
    const lazyHolds = page?.lazy.flatMap((f) => f.holds) ?? [];
    for (const owner of ['libphonenumber-js', 'teamkit locale es', '@radix-ui/react-dialog']) {
      expect(initialHolds, owner).not.toContain(owner);
      expect(lazyHolds, owner).toContain(owner);
    }
    const lazyFacades = page?.lazy.map((f) => f.facade) ?? [];
    expect(lazyFacades).toContain('components/InviteMemberDialog/InviteDialogLayer.js');
    // The development warnings' words are paid only where there is something to warn about.
    expect(lazyFacades).toContain('react/dev-warnings.js');
    expect(page?.initial.map((f) => f.facade)).not.toContain(
      'components/InviteMemberDialog/InviteDialogLayer.js',
    );
  });

  it('then (b), which renders no component, pulls in no dialog chunk and no form library', () => {
    const page = files['kit-hooks'];
    // Its one lazy chunk is the development warnings, loaded only when there is something to warn about.
    expect(page?.lazy.map((f) => f.facade)).toEqual(['react/dev-warnings.js']);
    const holds = page?.initial.flatMap((f) => f.holds) ?? [];
    for (const owner of ['react-hook-form', 'zod', '@tanstack/react-virtual', '@radix-ui/react-dialog'])
      expect(holds, owner).not.toContain(owner);
  });
});
