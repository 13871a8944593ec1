#!/usr/bin/env node
// Load half of `npm run bench`: the server handler (`createTeamkitHandler` over the memory adapter,
// from the library build) on 127.0.0.1, driven by autocannon for a fixed time per scenario, beside a
// baseline server that serves the same URLs by calling the memory adapter directly. Requests per second,
// p50/p99 latency and errors for both, and the handler's overhead as their ratio. After each server's
// runs, what the backend holds is read back: every acknowledged profile write and invitation must be
// there, once. Nothing asserts a time.
//
//   node bench/load.mjs                 builds dist/, runs, writes its section of BENCHMARKS.md
//   node bench/load.mjs --no-build      uses the dist/ already there
//   node bench/load.mjs --seconds 5     shorter scenarios (default 10 s each)
//   node bench/load.mjs --no-write      prints the section, leaves BENCHMARKS.md alone
import { fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverScript = path.join(root, 'bench', 'load', 'server.mjs');
/** Concurrent connections: several requests in flight, as a host's server sees them. */
const connections = 10;

/** The requests of one scenario for one server, with the counters and acknowledgements they share. */
function scenarioRequests(scenario, { organizationId, targets, label, acks }) {
  let reads = 0;
  let writes = 0;
  let invites = 0;
  const headers = { 'x-teamkit-request': '1', 'content-type': 'application/json' };
  const listMembers = {
    method: 'GET',
    path: `/organizations/${organizationId}/members?limit=50`,
    headers,
  };
  const getUser = {
    method: 'GET',
    headers,
    setupRequest: (request) => ({ ...request, path: `/users/${targets[reads++ % targets.length]}` }),
  };
  const updateProfile = {
    method: 'PATCH',
    headers,
    setupRequest: (request) => {
      const n = writes++;
      const bio = `load ${label} #${n}`;
      return {
        ...request,
        path: `/users/${targets[n % targets.length]}`,
        body: JSON.stringify({ patch: { customAttributes: { bio } } }),
      };
    },
    onResponse: (status, body) => {
      if (status !== 200) return;
      const user = JSON.parse(body);
      const bio = user.profile?.customAttributes?.bio;
      const n = Number(/#(\d+)$/.exec(bio ?? '')?.[1]);
      const last = acks.updates.get(user.id);
      if (!last || last.n < n) acks.updates.set(user.id, { n, bio });
    },
  };
  const invite = {
    method: 'POST',
    path: `/organizations/${organizationId}/invitations`,
    headers,
    setupRequest: (request) => {
      const n = invites++;
      const key = `load-${label}-${scenario}-${n}`;
      return { ...request, body: JSON.stringify({ email: `${key}@example.com`, idempotencyKey: key }) };
    },
    onResponse: (status, body) => {
      if (status === 201) acks.invites.push(JSON.parse(body).email);
    },
  };
  // Mixed: 40 % list members, 20 % get a user, 20 % update a profile, 20 % invite.
  return scenario === 'reads'
    ? [listMembers, getUser]
    : [listMembers, getUser, updateProfile, listMembers, invite];
}

/** The scenarios, in the order they run against each server. */
export const loadScenarios = [
  { id: 'reads', label: 'reads: list members (a page of 50), get a user' },
  {
    id: 'mixed',
    label: 'mixed: 40 % list members, 20 % get a user, 20 % update a profile, 20 % invite (idempotency key)',
  },
];

function summarize(result) {
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Starts one server kind, runs every scenario against it, reads back what it holds, and stops it. */
async function measureServer(kind, seconds, onProgress) {
  const child = fork(serverScript, [kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const [message] = await Promise.race([
      once(child, 'message'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`the ${kind} server exited (${code}) before it was ready`);
      }),
    ]);
    const { port, targets, organizationId } = message.ready;
    const acks = { updates: new Map(), invites: [] };
    const scenarios = {};
    for (const scenario of loadScenarios) {
      onProgress?.(`${kind}: ${scenario.id}, ${seconds} s`);
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        requests: scenarioRequests(scenario.id, { organizationId, targets, label: kind, acks }),
      });
      scenarios[scenario.id] = summarize(result);
    }
    child.send({
      verify: {
        updates: [...acks.updates.entries()].map(([userId, { bio }]) => [userId, bio]),
        invites: acks.invites,
      },
    });
    const [{ verified }] = await once(child, 'message');
    return { scenarios, verified };
  } finally {
    child.kill();
  }
}

/** Runs the load bench: the direct baseline, then the handler, each through every scenario. */
export async function measureLoad({ seconds = 10, onProgress } = {}) {
  const loadBefore = os.loadavg();
  const direct = await measureServer('direct', seconds, onProgress);
  const handler = await measureServer('handler', seconds, onProgress);
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    node: process.version,
    loadBefore,
    loadAfter: os.loadavg(),
  };
  return { seconds, connections, direct, handler, machine };
}

const int = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => `${Number(value).toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;

/** The load bench's section of BENCHMARKS.md, between markers so it can be replaced on its own. */
export function renderLoadSection(load) {
  const lines = ['<!-- load -->', '## Load: the server handler over HTTP', ''];
  if (!load || load.error) {
    lines.push(`Not measured: ${load?.error ?? 'left out of this run.'}`, '', '<!-- /load -->');
    return lines.join('\n');
  }
  lines.push(
    '| Scenario | Handler over memory | Memory adapter called directly (same URLs) | Handler ÷ direct |',
    '| --- | --- | --- | --- |',
  );
  for (const scenario of loadScenarios) {
    const h = load.handler.scenarios[scenario.id];
    const d = load.direct.scenarios[scenario.id];
    const cell = (r) =>
      `${int(r.requestsPerSecond)} req/s · p50 ${ms(r.p50)} · p99 ${ms(r.p99)} · ${int(r.total)} requests · ${r.errors} errors`;
    lines.push(
      `| ${scenario.label} | ${cell(h)} | ${cell(d)} | ${(d.requestsPerSecond / h.requestsPerSecond).toFixed(2)}× the time per request (throughput ${(h.requestsPerSecond / d.requestsPerSecond).toFixed(2)}×); p50 ${(h.p50 / Math.max(d.p50, 0.001)).toFixed(1)}× |`,
    );
  }
  const check = (name, v) =>
    `${name}: ${v.checkedUpdates} profiles' last acknowledged write read back (or a later one, in flight when the load stopped), ${v.lostUpdates} lost; ${v.checkedInvites} acknowledged invitations, ${v.missingInvites} missing, ${v.duplicateInvites} duplicated`;
  const requests = (server) => Object.values(server.scenarios).reduce((n, s) => n + s.total, 0);
  const perRequest = (server) =>
    Object.entries(server.verified.callsByMethod ?? {})
      .sort(([, a], [, b]) => b - a)
      .map(([method, count]) => `${method} ${(count / requests(server)).toFixed(2)}`)
      .join(', ');
  lines.push(
    '',
    `- **After the runs** (what the backend holds, read back): ${check('handler', load.handler.verified)}. ${check('direct', load.direct.verified)}.`,
    `- **Adapter calls per request**, both scenarios: handler ${perRequest(load.handler)}; direct ${perRequest(load.direct)}.`,
    `- **How.** \`node bench/load.mjs\` (also part of \`npm run bench\`). Each server runs in a child process on 127.0.0.1`,
    `  (the library build, \`dist/\`), the memory adapter with ${'500'} members, latency 0. autocannon 8 drives it with`,
    `  ${load.connections} connections for ${load.seconds} s per scenario, reads first, then mixed. The handler's caller is Acme's admin`,
    '  (`getSession`), so every request pays for the session, the viewer and roles read from the backend, the',
    '  policy and the row actions, body validation and the CSRF header; its invitation rate limits are lifted so',
    '  the bench measures serving invitations, not refusing them. The direct server serves the same URLs with one',
    "  adapter call and JSON each: the ratio is the handler's cost over the backend's. Each profile write sets",
    '  the bio of one of the members in turn; each invitation has its own address and idempotency key. Errors are',
    '  non-2xx answers, socket errors and timeouts.',
  );
  const { machine } = load;
  const average = (values) => values.map((value) => value.toFixed(1)).join(' / ');
  lines.push(
    `- **Run** on ${machine.date}, ${machine.cores} cores, Node ${machine.node}, load average ${average(machine.loadBefore)} before and ${average(machine.loadAfter)} after: rates move with the machine's load, so read the ratio.`,
    '',
    '<!-- /load -->',
  );
  return lines.join('\n');
}

/** Replaces the load section of BENCHMARKS.md (or adds it before "How it is measured"). */
export function writeLoadSection(markdown, section) {
  const start = markdown.indexOf('<!-- load -->');
  const end = markdown.indexOf('<!-- /load -->');
  if (start >= 0 && end > start)
    return markdown.slice(0, start) + section + markdown.slice(end + '<!-- /load -->'.length);
  const at = markdown.indexOf('## How it is measured');
  return at >= 0
    ? `${markdown.slice(0, at)}${section}\n\n${markdown.slice(at)}`
    : `${markdown.trimEnd()}\n\n${section}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--seconds');
  const seconds = at >= 0 ? Math.max(1, Number.parseInt(args[at + 1] ?? '10', 10) || 10) : 10;
  if (!args.includes('--no-build')) {
    console.log('load: building the library (vite build → dist/)');
    const build = spawnSync(
      path.join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) {
      console.error('load: the library build failed; nothing to measure');
      process.exit(1);
    }
  }
  const load = await measureLoad({ seconds, onProgress: (step) => console.log(`load: ${step}`) });
  const section = renderLoadSection(load);
  console.log(`\n${section}\n`);
  if (!args.includes('--no-write')) {
    const file = path.join(root, 'BENCHMARKS.md');
    writeFileSync(file, writeLoadSection(readFileSync(file, 'utf8'), section));
    console.log('load: wrote its section of BENCHMARKS.md');
  }
  const failed = [load.handler, load.direct].some(
    (server) =>
      Object.values(server.scenarios).some((s) => s.errors > 0) ||
      server.verified.lostUpdates + server.verified.missingInvites + server.verified.duplicateInvites > 0,
  );
  if (failed) {
    console.error('load: errors or lost writes (see the section above)');
    process.exitCode = 1;
  }
}
