// The seed's clock: every seeded timestamp is a number of days before a whole-minute anchor, so the
// same seed and clock give the same data, and invitations are still pending when the seed is loaded.

/** How long an invitation stays valid (Scalekit's default). */
export const invitationLifetimeMs = 15 * 24 * 60 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;

/** The same lifetime in days, for timestamps counted in days. */
export const invitationLifetimeDays = invitationLifetimeMs / dayMs;

/** An ISO timestamp `daysAgo` days (fractions allowed) before the seed's anchor. */
export type SeedClock = (daysAgo: number) => string;

/** The clock of a seed taken at `now`: timestamps counted back from the whole minute. */
export function seedClock(now: number): SeedClock {
  // Whole minutes keep timestamps tidy in the UI; fake timers pin them in tests.
  const anchor = Math.floor(now / 60_000) * 60_000;
  // Formatting dates dominates generating 10,000 members; whole days repeat, so remember them.
  const formatted = new Map<number, string>();
  return (daysAgo) => {
    let text = formatted.get(daysAgo);
    if (text === undefined) {
      text = new Date(anchor - daysAgo * dayMs).toISOString();
      formatted.set(daysAgo, text);
    }
    return text;
  };
}
