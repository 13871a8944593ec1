// The chaos pass's part of the report (bench/report.mjs): its rows in the one table and its section.
import { chaosLine } from './chaos.mjs';

/** Rows for the one table: the pass, then the two figures that must be 0. */
export function chaosRows(chaos) {
  if (!chaos) return [];
  if (chaos.error)
    return [['Chaos pass (faults over HTTP)', chaos.error, 'lost 0, double invitations 0', '—']];
  const verdict = (value) => (value === 0 ? 'met' : 'NOT MET');
  return [
    [
      'Chaos pass: operations through random faults (HTTP adapter → fault proxy → 2 handlers → memory)',
      chaosLine(chaos),
      '—',
      '—',
    ],
    [
      'Chaos pass: changes a person was told were saved, missing from the backend',
      String(chaos.lost),
      '0',
      verdict(chaos.lost),
    ],
    [
      'Chaos pass: addresses invited twice',
      String(chaos.doubleInvitations),
      '0',
      verdict(chaos.doubleInvitations),
    ],
  ];
}

/** The "how it is measured" bullet. */
export function chaosHow() {
  return [
    '- **Chaos pass.** `bench/chaos.mjs` (runnable alone: `node bench/chaos.mjs`) drives scripted people through',
    '  `createHttpAdapter` against the fault proxy of the tests (`test/support/fault-server.ts`) in front of two',
    '  instances of `createTeamkitHandler` sharing one store, over the memory backend. A seeded share of requests',
    '  fails at random: 500/503 (before or after the handler ran), 429 with `Retry-After`, an answer slower than the',
    "  adapter's timeout, a dropped connection (before or after), a body cut in half, a 200 that is not JSON, a",
    "  proxy's HTML page. People edit their own profile (with the version they loaded), invite (one idempotency key",
    '  per address for every try) and re-role their members; on a failure they see they try again, as the',
    "  components let them, up to 4 times. Afterwards the backend's state is read: every change a person was told",
    '  was saved must be there (lost), and no address may hold two memberships or reach the backend twice.',
  ].join('\n');
}
