/**
 * Wraps an adapter so the bench knows every call the kit made, when it started and when it settled:
 * counts by method, whether calls ran in parallel, and how much of a measured time the backend took.
 */
import type { TeamkitAdapter } from 'teamkit';

/** One adapter call as the bench saw it. */
export interface TimedCall {
  /** The adapter method. */
  method: string;
  /** performance.now() when the kit called it. */
  start: number;
  /** performance.now() when its promise settled (NaN while pending). */
  end: number;
}

type Method = Exclude<keyof TeamkitAdapter, 'name' | 'limits' | 'capabilities'>;

// A record, not a list, so the compiler names any contract method the wrapper would miss, the
// optional ones (definitions management, the viewer's organizations) included.
const wrapped: Record<Method, true> = {
  getViewer: true,
  getCurrentUser: true,
  getUser: true,
  updateUser: true,
  listAttributeDefinitions: true,
  listMembers: true,
  getMember: true,
  inviteMember: true,
  resendInvitation: true,
  revokeInvitation: true,
  updateMembership: true,
  removeMember: true,
  listRoles: true,
  getOrganization: true,
  updateOrganization: true,
  findOrganizationByExternalId: true,
  findUserByExternalId: true,
  listManagedAttributeDefinitions: true,
  createAttributeDefinition: true,
  updateAttributeDefinition: true,
  reorderAttributeDefinitions: true,
  listViewerOrganizations: true,
  acceptViewerInvitation: true,
};
const methods = Object.keys(wrapped) as Method[];

/** The wrapped adapter and its call log (clear it with `log.length = 0`). */
export function timedAdapter(inner: TeamkitAdapter): { adapter: TeamkitAdapter; log: TimedCall[] } {
  const log: TimedCall[] = [];
  const adapter = {
    name: inner.name,
    limits: inner.limits,
    capabilities: inner.capabilities,
  } as TeamkitAdapter;
  for (const method of methods) {
    const original = inner[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    // An optional method the backend lacks stays absent: the kit reads its absence as "cannot".
    if (typeof original !== 'function') continue;
    (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const call: TimedCall = { method, start: performance.now(), end: Number.NaN };
      log.push(call);
      return original.apply(inner, args).finally(() => {
        call.end = performance.now();
      });
    };
  }
  return { adapter, log };
}

/** Calls per method, e.g. `{ getViewer: 1, getUser: 1 }`. */
export function countByMethod(log: readonly TimedCall[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of log) counts[call.method] = (counts[call.method] ?? 0) + 1;
  return counts;
}

/**
 * Round trips on the critical path: a call that starts only after another has settled is one wave
 * later. `[viewer ‖ definitions] → user` is 2; everything in parallel is 1.
 */
export function roundTrips(log: readonly TimedCall[]): number {
  const waves = new Map<TimedCall, number>();
  const sorted = [...log].sort((a, b) => a.start - b.start);
  for (const call of sorted) {
    let wave = 1;
    for (const before of sorted) {
      if (before === call) break;
      if (before.end <= call.start) wave = Math.max(wave, (waves.get(before) ?? 1) + 1);
    }
    waves.set(call, wave);
  }
  return Math.max(0, ...waves.values());
}

/** Milliseconds during which at least one call was pending, between `from` and `to`. */
export function backendTime(log: readonly TimedCall[], from: number, to: number): number {
  const spans = log
    .map((c) => [Math.max(from, c.start), Math.min(to, Number.isNaN(c.end) ? to : c.end)] as const)
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cursor = from;
  for (const [a, b] of spans) {
    const start = Math.max(a, cursor);
    if (b > start) total += b - start;
    cursor = Math.max(cursor, b);
  }
  return total;
}
