import type { TeamkitAdapter } from '../../core/adapter.ts';
import { TeamkitError, type TeamkitErrorCode, toTeamkitError } from '../../core/errors.ts';

/** The adapter methods a fault can target. */
export type MemoryAdapterMethod = Exclude<keyof TeamkitAdapter, 'name' | 'limits'>;

/** A failure to inject: an error code (a default TeamkitError is built) or an error to reject with. */
export type FaultSpec = TeamkitErrorCode | Error;

/** How long a simulated `rate_limited` failure asks the caller to wait. */
export const simulatedRetryAfterMs = 5_000;

/** Makes calls fail on purpose, for error states in stories and tests. */
export interface MemoryFaults {
  /** The next `count` calls (any method) reject with this error. */
  failNext(error: FaultSpec, count?: number): void;
  /** Calls of `method` reject with this error, `times` times (every time until `clear()` by default). */
  failMethod(method: MemoryAdapterMethod, error: FaultSpec, options?: { times?: number }): void;
  /** Removes every armed failure. */
  clear(): void;
}

/** The fault injector and the adapter's side of it. */
export interface FaultInjector extends MemoryFaults {
  /** The error the call of `method` about to run must reject with, if one is armed (consumes it). */
  take(method: MemoryAdapterMethod): TeamkitError | null;
}

function toError(spec: FaultSpec): TeamkitError {
  if (typeof spec !== 'string') return toTeamkitError(spec);
  return spec === 'rate_limited'
    ? new TeamkitError(spec, undefined, { retryAfterMs: simulatedRetryAfterMs })
    : new TeamkitError(spec);
}

/** A fresh fault injector with nothing armed. */
export function createFaultInjector(): FaultInjector {
  let next: { error: FaultSpec; remaining: number }[] = [];
  let byMethod: { method: MemoryAdapterMethod; error: FaultSpec; remaining: number }[] = [];
  return {
    failNext(error, count = 1) {
      if (count > 0) next.push({ error, remaining: count });
    },
    failMethod(method, error, options = {}) {
      const times = options.times ?? Number.POSITIVE_INFINITY;
      if (times > 0) byMethod.push({ method, error, remaining: times });
    },
    clear() {
      next = [];
      byMethod = [];
    },
    take(method) {
      const armed = next[0] ?? byMethod.find((fault) => fault.method === method);
      if (!armed) return null;
      armed.remaining -= 1;
      if (armed.remaining <= 0) {
        next = next.filter((fault) => fault !== armed);
        byMethod = byMethod.filter((fault) => fault !== armed);
      }
      return toError(armed.error);
    },
  };
}
