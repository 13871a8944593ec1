// The bench's report: one table (printed, and the head of BENCHMARKS.md), then the details behind it.
// Each section renders its own part: size-report.mjs, speed-report.mjs (and profile-report.mjs),
// chaos-report.mjs, and load.mjs its section; report-format.mjs holds what they share.
import { chaosHow, chaosRows } from './chaos-report.mjs';
import { renderLoadSection } from './load.mjs';
import { table } from './report-format.mjs';
import { sizeDetails, sizeRows } from './size-report.mjs';
import { speedDetails, speedRows } from './speed-report.mjs';

// The budgets were read here before the size section had its own module; kept for whoever imports them.
export { budgets } from './size-report.mjs';

/** The report: `table` (the one table), `machineLine` and the whole `markdown` of BENCHMARKS.md. */
export function renderReport({ sizes, speed, load, chaos, machine, seconds, date }) {
  const runs = speed?.runs?.length ?? 0;
  const rows = [...sizeRows(sizes), ...speedRows(speed), ...chaosRows(chaos)];
  const oneTable = table(
    [
      'Measure',
      `Result${runs ? ` (speed: median of ${runs} runs, range in brackets)` : ''}`,
      'Goal',
      'Verdict',
    ],
    rows,
  );
  const loadAverage = (l) => l.map((x) => x.toFixed(1)).join(' / ');
  const machineLine = `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB · ${machine.os} · Node ${machine.node}${speed?.chromium ? ` · Chromium ${speed.chromium} (headless, ${speed.chromiumPath})` : ''} · load average ${loadAverage(machine.load)} before, ${loadAverage(machine.loadAfter)} after · bench took ${seconds.toFixed(0)} s`;
  const markdown = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${date}; do not edit by hand. Sizes are deterministic; times are medians`,
    'over repeated runs on the machine below and move with its load, so compare them with each other (the',
    "ratios and shares in the table), not with another machine's.",
    '',
    oneTable,
    '',
    machineLine,
    '',
    renderLoadSection(load),
    '',
    '## How it is measured',
    '',
    "- **Size.** Each page in `bench/pages/` is built by Vite 8 (Rolldown) as a host's production build with Vite's",
    '  defaults (`bench/size/page-build.mjs`): code split at every `import()`, minified by Oxc, CSS extracted per',
    '  chunk; the same settings for every page. React, react-dom and scheduler are left out of every page but the',
    '  baseline, so a page\'s files are its cost over React; "with React" adds the baseline. The kit is imported',
    '  from its library build (`dist/`, `vite build`), never from source. gzip is zlib level 9, brotli quality 11,',
    '  per output file. "Initial" is the entry chunk, the chunks it imports statically and their CSS; chunks',
    '  reached only through `import()` are listed apart and not counted. Page (a) uses a 40-line fetch adapter',
    '  written in the page (`bench/pages/fetch-adapter.ts`), not the memory adapter. The peers come from',
    '  `bench/peers` (own lock file, installed on demand) and are set up as their documentation says (WorkOS:',
    "  `WorkOsWidgets` + Radix Themes' and the widgets' stylesheets; Stytch: `StytchB2BProvider` +",
    '  `createStytchB2BClient`). Runtime downloads (fonts, scripts a peer fetches from its servers) are not',
    '  counted for anyone. Not esbuild: with code splitting it moves code that a lazy chunk shares with the',
    "  entry's import graph into the initial files even where the entry tree-shakes it away (evanw/esbuild#3704),",
    '  which charged page (a) 11 KiB gzip of the lazy invite dialog and page (b) the dialogs it never renders.',
    '- **Budgets.** CI checks (a) ≤ 80 KiB and (b) ≤ 30 KiB gzip with size-limit (`.size-limit.json`, `npm run size`,',
    '  `test/size-budget.test.ts` in `npm test`). It weighs the initial files of the very same page builds',
    "  (`bench/size/budget-pages.mjs`), so its figure and the table's are one number.",
    "- **Speed.** `bench/app` (Vite, production build, the kit from `dist/`) served on 127.0.0.1 and driven in Debian's",
    '  Chromium with the Playwright library (`chromium.ts` flags). Every run uses fresh pages. Times are taken in the',
    '  page with `performance.now()`; "painted" is the first animation frame after the change plus one task.',
    '  Data comes from the memory adapter (latency 0; 40 ms for the request counts), which runs in the same page:',
    '  its share is measured by wrapping every adapter call and reported beside each time. Frames are',
    "  `requestAnimationFrame` deltas. Re-renders are counted per field from React's commits (a stand-in DevTools",
    '  hook in `bench/app/index.html`): a field re-rendered when a component in it ran, not when it bailed out.',
    '  The 200 definitions are the seeded ones plus custom fields of every plain type (`bench/app/definitions.ts`).',
    '  The ProfileEditor is compared with two hand-written React forms (`bench/app/plain-form.tsx`), each mounted and',
    '  typed into in a page of its own, so each pays for compiling React on first use as the editor does: the same',
    '  200 fields (the same controls and options, labels, help texts and sections; uncontrolled, no data, no',
    '  validation), which measures what the kit adds, and 200 labelled text inputs, the reference of earlier benches.',
    chaosHow(),
    '',
    '## Details',
    '',
    sizes ? sizeDetails(sizes) : 'Sizes were not measured in this run.',
    '',
    speed && !speed.error ? speedDetails(speed) : `Speed: ${speed?.error ?? 'not measured in this run.'}`,
    '',
    'Reproduce: `npm run bench` (about 6 minutes on 2 cores; `-- --runs 3`, `--no-speed`, `--no-peers`, `--no-load`); the load part alone: `node bench/load.mjs`.',
    '',
  ].join('\n');
  return { table: oneTable, machineLine, markdown };
}
