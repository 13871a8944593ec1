/**
 * The chaos pass: scripted people edit their profiles, invite teammates and change roles through the
 * HTTP adapter, over the fault proxy (test/support/fault-server.ts) in front of two instances of the
 * real handler sharing one store, over the memory backend. A share of requests fails at random in
 * every way the proxy knows. Each person behaves as the components make them: a failure they see is
 * retried by them (Try again, Retry failed) with the same draft and the same idempotency keys, up to
 * a few times. Afterwards the backend's own state is read: every change a person was told was saved
 * must be there (lost: 0), and nobody may be invited twice.
 */
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryIds } from '../../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../../src/adapters/memory/permissions.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import { isTeamkitError } from '../../src/core/errors.ts';
import { createMemoryStore, createTeamkitHandler } from '../../src/server/index.ts';
import { startFaultServer } from '../../test/support/fault-server.ts';
import type { Fault } from '../../test/support/fault-types.ts';

/** Settings of one pass. */
export interface ChaosOptions {
  /** Scripted people, each an admin of Acme with members of their own to re-role (default 4). */
  people?: number;
  /** Operations per person (default 24). */
  operations?: number;
  /** Share of requests that fail (default 0.25). */
  share?: number;
  /** Seed of the random faults and choices (default 1). */
  seed?: number;
}

/** What a pass reports. */
export interface ChaosResult {
  people: number;
  share: number;
  /** Operations the people started. */
  attempted: number;
  /** Operations where the person saw a failure at least once. */
  failedVisibly: number;
  /** Times a person pressed retry (or saved again) after a failure they saw. */
  retriedByPeople: number;
  /** Requests the adapter repeated by itself (reads, and invitations with their key). */
  retriedByAdapter: number;
  /** Operations still failing after the person's last try (shown to them, nothing claimed). */
  gaveUp: number;
  /** Changes a person was told were saved that the backend does not hold. */
  lost: number;
  /** Addresses invited more than once (memberships, or backend invitations beyond the first). */
  doubleInvitations: number;
  /** Requests that reached the proxy, and faults it injected, by kind. */
  requests: number;
  faults: Record<string, number>;
  /** Wall time of the pass, in ms. */
  ms: number;
}

/** A small seeded generator (mulberry32), so a pass can be repeated exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const timeoutMs = 400;
const faults: Fault[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 503, reached: true },
  { kind: 'rate-limit', retryAfterSeconds: 0 },
  { kind: 'slow', delayMs: timeoutMs + 200 },
  { kind: 'drop' },
  { kind: 'drop', reached: true },
  { kind: 'truncated' },
  { kind: 'not-json', reached: true },
  { kind: 'html', status: 502 },
  { kind: 'html', status: 504, reached: true },
];

/** How many times a person tries one change before leaving it. */
const personalTries = 4;

/** Runs one chaos pass and reads the backend afterwards. */
export async function runChaosPass(options: ChaosOptions = {}): Promise<ChaosResult> {
  const people = options.people ?? 4;
  const operations = options.operations ?? 24;
  const share = options.share ?? 0.25;
  const random = seeded(options.seed ?? 1);
  const started = performance.now();

  const backend = createMemoryAdapter({ seed: 3, memberCount: 8 + people * 3 });
  const seededData = backend.snapshot();
  const acme = memoryIds.organization;
  const members = seededData.memberships.filter(
    (m) => m.organizationId === acme && m.status === 'active' && m.provisioning !== 'scim' && m.userId,
  );
  // The people: the admin and members promoted to admin; each gets two plain members to re-role.
  const others = members.filter((m) => m.userId !== memoryIds.admin && m.roles.includes('member'));
  const personIds = [memoryIds.admin, ...others.slice(0, people - 1).map((m) => m.userId as string)];
  for (const id of personIds.slice(1)) await backend.updateMembership(acme, id, { roles: ['admin'] });
  const targets = others.slice(people - 1);

  const store = createMemoryStore();
  const handlerFor = () =>
    createTeamkitHandler({
      adapter: backend,
      store,
      policy: memoryAccessPolicy,
      getSession: (request) => {
        const userId = request.headers.get('x-bench-person');
        return userId ? { userId, organizationId: acme } : null;
      },
      inviteLimits: { perCaller: { limit: 10_000, windowMs: 60_000 } },
    });
  const server = await startFaultServer({ target: [handlerFor(), handlerFor()] });

  const result: ChaosResult = {
    people,
    share,
    attempted: 0,
    failedVisibly: 0,
    retriedByPeople: 0,
    retriedByAdapter: 0,
    gaveUp: 0,
    lost: 0,
    doubleInvitations: 0,
    requests: 0,
    faults: {},
    ms: 0,
  };
  /** What each person was told was saved, to check against the backend. */
  const savedNames = new Map<string, { confirmed: string | null; maybe: Set<string> }>();
  const savedRoles = new Map<string, { confirmed: string | null; maybe: Set<string> }>();
  const invited = new Set<string>();
  let adapterCalls = 0;

  try {
    const adapters: TeamkitAdapter[] = [];
    for (const id of personIds) {
      adapters.push(
        await createHttpAdapter({
          baseUrl: server.url,
          headers: { 'x-bench-person': id },
          timeoutMs,
          retryDelayMs: 20,
        }),
      );
    }
    server.chaos({ share, faults, random });

    /** One change as a person makes it: tried, and tried again on a failure that may pass. */
    const attempt = async (change: () => Promise<void>): Promise<boolean> => {
      result.attempted += 1;
      let failed = false;
      for (let tries = 0; tries < personalTries; tries += 1) {
        if (tries > 0) result.retriedByPeople += 1;
        try {
          adapterCalls += 1;
          await change();
          return true;
        } catch (error) {
          if (!isTeamkitError(error)) throw error;
          if (!failed) result.failedVisibly += 1;
          failed = true;
          if (!error.retryable) break;
        }
      }
      result.gaveUp += 1;
      return false;
    };

    await Promise.all(
      personIds.map(async (personId, index) => {
        const adapter = adapters[index] as TeamkitAdapter;
        const mine = targets.filter((_, t) => t % people === index).map((m) => m.userId as string);
        const names = { confirmed: null as string | null, maybe: new Set<string>() };
        savedNames.set(personId, names);
        for (const target of mine) savedRoles.set(target, { confirmed: null, maybe: new Set() });
        for (let op = 0; op < operations; op += 1) {
          const pick = random();
          if (pick < 0.4) {
            // ProfileEditor: the form is loaded, a name typed, Save (again) with the loaded version.
            const name = `P${index}-${op}`;
            let loaded: { version: string } | null = null;
            names.maybe.add(name);
            const ok = await attempt(async () => {
              adapterCalls += 1;
              loaded ??= await adapter.getUser(personId);
              await adapter.updateUser(
                personId,
                { profile: { givenName: name } },
                { expectedVersion: loaded.version },
              );
            });
            if (ok) {
              names.confirmed = name;
              names.maybe = new Set();
            }
          } else if (pick < 0.75 || mine.length === 0) {
            // InviteMemberDialog: one address, one key for every try.
            const email = `chaos-${index}-${op}@example.com`;
            const idempotencyKey = `chaos-${options.seed ?? 1}-${index}-${op}`;
            const ok = await attempt(async () => {
              await adapter.inviteMember(acme, { email, idempotencyKey });
            });
            if (ok) invited.add(email);
          } else {
            // MembersTable: a role from the row's menu, for one of this person's members.
            const target = mine[Math.floor(random() * mine.length)] as string;
            const role = random() < 0.5 ? 'billing_manager' : 'member';
            const roles = savedRoles.get(target) as { confirmed: string | null; maybe: Set<string> };
            roles.maybe.add(role);
            const ok = await attempt(async () => {
              await adapter.updateMembership(acme, target, { roles: [role] });
            });
            if (ok) {
              roles.confirmed = role;
              roles.maybe = new Set();
            }
          }
        }
      }),
    );
    server.chaos(null);

    // The backend's own state, read directly: what people were told is there, nobody twice.
    const state = backend.snapshot();
    for (const [personId, names] of savedNames) {
      const stored = state.users[personId]?.profile.givenName;
      if (names.confirmed !== null && stored !== names.confirmed && !names.maybe.has(stored ?? '')) {
        result.lost += 1;
      }
    }
    for (const [userId, roles] of savedRoles) {
      const stored = state.memberships.find((m) => m.userId === userId && m.organizationId === acme)?.roles;
      const holds = (role: string) => stored?.length === 1 && stored[0] === role;
      if (roles.confirmed !== null && !holds(roles.confirmed) && ![...roles.maybe].some(holds)) {
        result.lost += 1;
      }
    }
    const emailOf = (m: (typeof state.memberships)[number]) =>
      (m.email ?? (m.userId ? state.users[m.userId]?.email : '') ?? '').toLowerCase();
    const memberships = new Map<string, number>();
    for (const m of state.memberships.filter((entry) => entry.organizationId === acme)) {
      memberships.set(emailOf(m), (memberships.get(emailOf(m)) ?? 0) + 1);
    }
    for (const email of invited) if (memberships.get(email) !== 1) result.lost += 1;
    const backendInvites = new Map<string, number>();
    for (const call of backend.calls.filter((c) => c.method === 'inviteMember')) {
      const email = String((call.args[1] as { email: string }).email).toLowerCase();
      backendInvites.set(email, (backendInvites.get(email) ?? 0) + 1);
    }
    const addresses = new Set([...memberships.keys(), ...backendInvites.keys()]);
    for (const email of addresses) {
      if ((memberships.get(email) ?? 0) > 1 || (backendInvites.get(email) ?? 0) > 1) {
        result.doubleInvitations += 1;
      }
    }
    result.requests = server.log.filter((entry) => entry.path !== '/capabilities').length;
    for (const entry of server.log) {
      if (entry.fault) result.faults[entry.fault] = (result.faults[entry.fault] ?? 0) + 1;
    }
    result.retriedByAdapter = Math.max(0, result.requests - adapterCalls);
  } finally {
    await server.close();
  }
  result.ms = performance.now() - started;
  return result;
}
