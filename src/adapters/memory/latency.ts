import type { Random } from './prng.ts';

/** Simulated response time: a fixed number of milliseconds, or a range each call draws from. */
export type LatencySetting = number | { min: number; max: number };

/** How long one call waits under `latency`. */
export function drawLatency(latency: LatencySetting, random: Random): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const min = Math.max(0, Math.min(latency.min, latency.max));
  const max = Math.max(min, latency.max);
  return min + Math.round(random() * (max - min));
}

/**
 * Waits `ms` like a network round trip, with setTimeout (so fake timers control it). Rejects with the
 * signal's reason as soon as the signal aborts, and at once if it already has.
 */
export function simulateLatency(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
