/** A source of numbers in [0, 1): deterministic for a seed, so seeded data is the same on every run. */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG, good enough for realistic-looking fixtures (not for secrets). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer between `min` and `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One key of `weights`, chosen in proportion to its weight. */
export function pickWeighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  let total = 0;
  for (const key in weights) total += weights[key];
  let roll = random() * total;
  let last: K | undefined;
  for (const key in weights) {
    roll -= weights[key];
    last = key;
    if (roll < 0) return key;
  }
  return last as K;
}
