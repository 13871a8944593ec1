#!/usr/bin/env node
// The chaos pass alone: `node bench/chaos.mjs` (prints the figures; `npm run bench` also writes them to
// BENCHMARKS.md). Scripted people edit, invite and change roles through the HTTP adapter while the
// fault proxy fails a share of their requests at random (bench/chaos/chaos-pass.ts). Bounded: a few
// seconds on 2 cores. Exits 1 when anything was lost or anyone was invited twice.
//
//   node bench/chaos.mjs [--people 4] [--operations 24] [--share 0.25] [--seed 1]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs one pass (TypeScript modules loaded through Vite, as Node 20 cannot strip types). */
export async function measureChaos(options = {}) {
  const { module } = await runnerImport(path.join(root, 'bench', 'chaos', 'chaos-pass.ts'));
  return module.runChaosPass(options);
}

/** The pass as one line of text. */
export function chaosLine(result) {
  const faults = Object.entries(result.faults)
    .sort()
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  return `${result.attempted} operations by ${result.people} people, ${Math.round(result.share * 100)} % of ${result.requests} requests faulted (${faults}): ${result.failedVisibly} failed visibly, ${result.retriedByPeople} retried by the person, ${result.retriedByAdapter} requests repeated by the adapter, ${result.gaveUp} left failing after 4 tries; lost ${result.lost}, double invitations ${result.doubleInvitations} (${Math.round(result.ms)} ms)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const number = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : undefined;
  };
  const options = Object.fromEntries(
    ['people', 'operations', 'share', 'seed']
      .map((name) => [name, number(`--${name}`)])
      .filter(([, value]) => value !== undefined && Number.isFinite(value)),
  );
  const result = await measureChaos(options);
  console.log(chaosLine(result));
  process.exit(result.lost === 0 && result.doubleInvitations === 0 ? 0 : 1);
}
