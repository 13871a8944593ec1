// The bench's report: one table (printed, and the head of BENCHMARKS.md), then the details behind it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chaosHow, chaosRows } from './chaos-report.mjs';
import { renderLoadSection } from './load.mjs';
import { root } from './size/page-build.mjs';
import { median } from './speed.mjs';

/**
 * The size budgets CI enforces, read from .size-limit.json (gzip KiB over React), by page id: the
 * folder each entry weighs, bench/.out/budget/<page id>/initial/.
 */
export const budgets = Object.fromEntries(
  JSON.parse(readFileSync(path.join(root, '.size-limit.json'), 'utf8')).map((entry) => [
    /budget\/([^/]+)\//.exec(entry.path)?.[1],
    Number.parseFloat(entry.limit),
  ]),
);
const searchDebounceMs = 250;

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (Number.isNaN(value) ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`);
const int = (value) => (Number.isNaN(value) ? '—' : Math.round(value).toLocaleString('en-US'));
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A markdown table from a header row and rows. */
function table(header, rows, align = header.map(() => '---')) {
  return [header, align, ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** Median and range of one figure over the runs, e.g. `1,600 ms (1,420–1,880)`. */
function spread(runs, pick, format = ms) {
  const values = runs.map(pick).filter((v) => typeof v === 'number' && !Number.isNaN(v));
  if (values.length === 0) return { median: Number.NaN, text: '—' };
  const m = median(values);
  const range = values.length > 1 ? ` (${format(Math.min(...values))}–${format(Math.max(...values))})` : '';
  return { median: m, text: `${format(m)}${range.replace(/ ms(?=–)/, '')}` };
}

/** Calls by method as text: `getViewer 1, getUser 1`, the same in every run or each run's shown. */
function callsText(runs, pick) {
  const texts = runs.map((run) =>
    Object.entries(pick(run) ?? {})
      .sort()
      .map(([method, count]) => `${method} ×${count}`)
      .join(', '),
  );
  const distinct = [...new Set(texts)];
  return distinct.length === 1 ? distinct[0] || 'none' : `varies: ${distinct.join(' / ')}`;
}

function sizeRows(sizes) {
  const rows = [];
  if (!sizes) return rows;
  const kitAll = sizes.pages.find((p) => p.id === 'kit-all');
  for (const page of sizes.pages) {
    const measure = `Size: ${page.label}`;
    if (page.error) {
      rows.push([
        measure,
        page.error,
        page.id in budgets ? `≤ ${budgets[page.id]} KiB gzip over React` : '—',
        page.id in budgets ? 'not checked' : '—',
      ]);
      continue;
    }
    const parts = `JS ${kib(page.js.gzip)}${page.css.raw ? ` + CSS ${kib(page.css.gzip)}` : ''} gzip${page.inAll ? `; ${kib(page.inAll.gzip)} with React` : ''}`;
    if (page.id === 'react') {
      rows.push([
        measure,
        `${kib(page.initial.gzip)} gzip · ${kib(page.initial.brotli)} brotli (JS only)`,
        '—',
        '—',
      ]);
      continue;
    }
    const ratio =
      page.ratioToKit && page.id !== 'kit-all' && !kitAll.error
        ? ` · ${page.ratioToKit.gzip.toFixed(2)}× (a) gzip, ${page.ratioToKit.brotli.toFixed(2)}× brotli`
        : '';
    const result = `+${kib(page.overReact.gzip)} gzip · +${kib(page.overReact.brotli)} brotli over React (${parts})${ratio}`;
    const budget = budgets[page.id];
    if (budget === undefined) {
      rows.push([measure, result, '—', '—']);
    } else {
      const over = page.overReact.gzip - budget * 1024;
      rows.push([
        measure,
        result,
        `≤ ${budget} KiB gzip over React`,
        over <= 0 ? `within (${kib(-over)} to spare)` : `OVER by ${kib(over)}`,
      ]);
    }
  }
  const optional = sizes.optional;
  if (optional?.error) {
    rows.push([
      '(a) heavy optional parts load lazily',
      optional.error,
      'not in the initial chunk',
      'not checked',
    ]);
  } else if (optional) {
    const phone = optional.phoneChunk
      ? `lazy chunk ${kib(optional.phoneChunk.size.gzip)} gzip`
      : 'no lazy chunk found';
    rows.push([
      '(a) phone metadata (libphonenumber-js/min)',
      `${optional.phoneInInitial ? 'IN the initial JS' : 'not in the initial JS'}; ${phone}, loaded on the first phone field`,
      'not in the initial chunk',
      optional.phoneInInitial ? 'not met' : 'met',
    ]);
    const found = optional.locales.filter((l) => l.foundInInitial > 0);
    const chunk = optional.localeChunks[0];
    rows.push([
      '(a) non-English catalogues (es, de, ar)',
      `${optional.locales.map((l) => `${l.foundInInitial}/${l.checked} ${l.locale}`).join(', ')} strings in the initial JS (control: ${optional.control.foundInInitial}/${optional.control.checked} en found); Spanish ${chunk ? `lazy chunk ${kib(chunk.size.gzip)} gzip` : 'chunk not found'}`,
      'not in the initial chunk',
      found.length === 0 ? 'met' : 'not met',
    ]);
  }
  return rows;
}

function speedRows(speed) {
  if (!speed) return [];
  if (speed.error) return [['Speed in Chromium', speed.error, '—', '—']];
  const runs = speed.runs;
  const rows = [];
  const mount = spread(runs, (r) => r.membersMount.ms);
  const mountBackend = spread(runs, (r) => r.membersMount.backendMs);
  rows.push([
    'MembersTable: mount over 10,000 members → first rows painted',
    `${mount.text}; memory adapter ${ms(mountBackend.median)} of it (${int((100 * mountBackend.median) / mount.median)} %)`,
    '—',
    '—',
  ]);
  for (const kind of ['fling', 'steady']) {
    const of = (r) => (kind === 'fling' ? r.membersScroll : r.membersSteadyScroll);
    if (!runs.every(of)) continue;
    const scroll = (pick) => spread(runs, (r) => pick(of(r)), int);
    const frames = scroll((s) => s.frames);
    const over16 = scroll((s) => s.over16ms);
    const over33 = scroll((s) => s.over33ms);
    const took = scroll((s) => s.ms);
    const backend = scroll((s) => s.backendMs);
    const reached = runs.every((r) => of(r).reachedEnd);
    const label =
      kind === 'fling'
        ? `MembersTable: scroll through all 10,000 (${speed.scrollPxPerFrame.toLocaleString('en-US')} px a frame, a new screenful each frame; pages load on the way)`
        : `MembersTable: steady scroll through the first ${speed.steadyScrollMembers.toLocaleString('en-US')} (${speed.steadyScrollPxPerFrame} px a frame, like a wheel; pages load on the way)`;
    rows.push([
      label,
      `${reached ? '' : `did NOT get there in 30 s (got to member ${int(scroll((s) => s.furthestMember).median)}); `}${int(over16.median)} of ${int(frames.median)} frames over 16.7 ms (${int((100 * over16.median) / frames.median)} %), ${int(over33.median)} over 33.4 ms; p95 frame ${ms(scroll((s) => s.p95FrameMs).median)}, longest ${ms(scroll((s) => s.maxFrameMs).median)}; ${ms(took.median)} in all, memory adapter ${ms(backend.median)} of it; ${int(scroll((s) => s.pagesFetched).median)} pages fetched`,
      'few frames over 16 ms',
      '—',
    ]);
  }
  if (runs.every((r) => r.membersSteadyScroll && r.plainSteadyScroll)) {
    // Mean frame length, kit over plain, each run's pair measured in the same browser minutes apart.
    const meanFrame = (s) => s.ms / s.frames;
    const ratio = spread(
      runs,
      (r) => meanFrame(r.membersSteadyScroll) / meanFrame(r.plainSteadyScroll),
      (v) => `${v.toFixed(2)}×`,
    );
    const plain = (pick) => spread(runs, (r) => pick(r.plainSteadyScroll), int);
    rows.push([
      'MembersTable steady scroll ÷ a plain virtualized table (same members, same library, text cells, no kit)',
      `${ratio.text} the mean frame; plain table: ${int(plain((s) => s.over16ms).median)} of ${int(plain((s) => s.frames).median)} frames over 16.7 ms, p95 frame ${ms(plain((s) => s.p95FrameMs).median)}`,
      '—',
      '—',
    ]);
  }
  const maxRows = Math.max(
    ...runs.flatMap((r) => [r.membersScroll.maxRowsInDom, r.membersSteadyScroll?.maxRowsInDom ?? 0]),
  );
  rows.push([
    'MembersTable: most member rows in the DOM while scrolling',
    `${maxRows} (of 10,000)`,
    'a screenful, whatever the count',
    maxRows <= 60 ? 'met' : 'not met',
  ]);
  const echo = spread(runs, (r) => r.membersSearch.echoMs);
  const rowsMs = spread(runs, (r) => r.membersSearch.rowsMs);
  const wait = spread(runs, (r) => r.membersSearch.waitBeforeRequestMs);
  const searchBackend = spread(runs, (r) => r.membersSearch.backendMs);
  rows.push(['MembersTable: search keystroke → character painted', echo.text, '—', '—']);
  rows.push([
    'MembersTable: search keystroke → new rows painted',
    `${rowsMs.text}: request sent after ${ms(wait.median)} (${searchDebounceMs} ms debounce), memory adapter ${ms(searchBackend.median)}, rest ${ms(rowsMs.median - wait.median - searchBackend.median)}`,
    '—',
    '—',
  ]);
  const hugeLabels = {
    organization: 'OrganizationSettings: 5,000 metadata keys, one of 1 MB → first 200 pairs painted',
    member: 'MemberDetails: 5,000 user and 5,000 app metadata keys, 1 MB values → painted',
    profile: 'ProfileEditor: 2,000 definitions from the backend → first 500 fields painted',
  };
  for (const [component, label] of Object.entries(hugeLabels)) {
    if (!runs.every((r) => r[`huge_${component}`])) continue;
    const pick = (f) => spread(runs, (r) => f(r[`huge_${component}`]));
    const cpu = runs.every((r) => r[`huge_${component}`].longestTaskCpuMs !== undefined)
      ? ` (main-thread CPU ${ms(pick((h) => h.longestTaskCpuMs).median)})`
      : '';
    rows.push([
      label,
      `${pick((h) => h.ms).text}; longest task ${ms(pick((h) => h.longestTaskMs).median)}${cpu}, ${int(pick((h) => h.longTasks).median)} tasks over 50 ms`,
      'responsive: no task of seconds',
      '—',
    ]);
  }
  if (runs.every((r) => r.invitePaste)) {
    const pick = (f, format) => spread(runs, (r) => f(r.invitePaste), format);
    const floor = runs[0].invitePaste.floorMs;
    rows.push([
      'InviteMemberDialog: 300 addresses pasted → every lookup answered on the chips (15 ms a lookup, 4 at a time)',
      `${pick((p) => p.ms).text}, ${
        pick(
          (p) => p.ms / p.floorMs,
          (v) => `${v.toFixed(1)}×`,
        ).text
      } the backend's floor of ${ms(floor)}; chips painted after ${ms(pick((p) => p.chipsMs).median)}; main-thread CPU ${ms(pick((p) => p.mainThreadCpuMs ?? Number.NaN).median)}, longest task ${ms(pick((p) => p.longestTaskMs).median)} (CPU ${ms(pick((p) => p.longestTaskCpuMs ?? Number.NaN).median)})`,
      'responsive: no task of seconds',
      '—',
    ]);
  }
  const profileMount = spread(runs, (r) => r.profileMount.ms);
  const fields = Math.max(...runs.map((r) => r.profileMount.fields));
  rows.push([
    'ProfileEditor: mount 200 definitions → form painted',
    `${profileMount.text} (${fields} fields shown; memory adapter ${ms(spread(runs, (r) => r.profileMount.backendMs).median)})`,
    '—',
    '—',
  ]);
  const plainMount = spread(runs, (r) => r.plainMount.ms);
  const mountRatio = spread(
    runs,
    (r) => r.profileMount.ms / r.plainMount.ms,
    (v) => `${v.toFixed(1)}×`,
  );
  rows.push([
    `ProfileEditor mount ÷ a plain React form with the same ${fields} inputs (same page)`,
    `${mountRatio.text} (plain form ${plainMount.text})`,
    '—',
    '—',
  ]);
  const keystroke = spread(runs, (r) => r.profileKeystroke.ms);
  rows.push([
    'ProfileEditor: keystroke in one field → painted',
    `${keystroke.text}; ${int(spread(runs, (r) => r.profileRenders.commits, int).median)} React commit(s); ${
      spread(
        runs,
        (r) => r.profileKeystroke.ms / r.plainKeystroke.ms,
        (v) => `${v.toFixed(1)}×`,
      ).text
    } the same keystroke in the plain form (${spread(runs, (r) => r.plainKeystroke.ms).text})`,
    '—',
    '—',
  ]);
  const others = Math.max(...runs.map((r) => r.profileRenders.otherFieldsRendered));
  const example =
    runs.find((r) => r.profileRenders.otherFieldsRendered > 0)?.profileRenders.otherFieldKeys ?? [];
  rows.push([
    'ProfileEditor: OTHER fields re-rendered by that keystroke',
    `${others} (most in any run)${example.length ? `, e.g. ${example.join(', ')}` : ''}; the typed field ${runs.every((r) => r.profileRenders.typedFieldRendered) ? 'rendered' : 'did not render (uncontrolled)'}`,
    '0',
    others === 0 ? 'met' : 'not met',
  ]);
  const show = callsText(runs, (r) => r.requestsShow.calls);
  const trips = Math.max(...runs.map((r) => r.requestsShow.roundTrips));
  const showCounts = runs[0]?.requestsShow.calls ?? {};
  // The signed-in user comes from getCurrentUser (or getUser by id): one read of the user in all.
  const userReads = (calls) => (calls.getCurrentUser ?? 0) + (calls.getUser ?? 0);
  const showMethods = ['getCurrentUser', 'getUser', 'listAttributeDefinitions', 'getViewer'];
  const onceEach =
    runs.every(
      (r) =>
        userReads(r.requestsShow.calls) === 1 &&
        r.requestsShow.calls.listAttributeDefinitions === 1 &&
        (r.requestsShow.calls.getViewer ?? 0) <= 1,
    ) && runs.every((r) => Object.keys(r.requestsShow.calls).every((m) => showMethods.includes(m)));
  rows.push([
    'Profile page (ProfileEditor + a header reading the same user): requests to show it',
    `${show}; ${trips} round trip(s) at 40 ms latency (${runs[0]?.requestsShow.order ?? ''})`,
    'user + definitions (+ viewer), once each, in parallel, shared',
    `${onceEach ? 'once each and shared: met' : 'once each: not met'}; ${trips <= 1 ? 'parallel: met' : `parallel: not met (${trips} round trips${showCounts.getViewer ? ': the user waits for getViewer' : ''})`}`,
  ]);
  const save = callsText(runs, (r) => r.requestsSave.calls);
  const oneSave = runs.every(
    (r) => r.requestsSave.calls.updateUser === 1 && Object.keys(r.requestsSave.calls).length === 1,
  );
  rows.push([
    'Profile page: requests to save one changed field',
    `${save} (saved in ${spread(runs, (r) => r.requestsSave.ms).text})`,
    'one updateUser',
    oneSave ? 'met' : 'not met',
  ]);
  return rows;
}

/** Size details: every page, JS and CSS, raw/gzip/brotli, over React and against (a). */
function sizeDetails(sizes) {
  const header = [
    'page',
    'JS min',
    'JS gzip',
    'JS brotli',
    'CSS min',
    'CSS gzip',
    'CSS brotli',
    'with React gzip',
    '× (a) gzip',
  ];
  const rows = sizes.pages.map((p) =>
    p.error
      ? [p.label, p.error, '', '', '', '', '', '', '']
      : [
          p.label,
          kib(p.js.raw),
          kib(p.js.gzip),
          kib(p.js.brotli),
          p.css.raw ? kib(p.css.raw) : '—',
          p.css.raw ? kib(p.css.gzip) : '—',
          p.css.raw ? kib(p.css.brotli) : '—',
          p.id === 'react' ? '(baseline)' : p.inAll ? kib(p.inAll.gzip) : '—',
          p.ratioToKit && p.id !== 'kit-all'
            ? `${p.ratioToKit.gzip.toFixed(2)}×`
            : p.id === 'kit-all'
              ? '1.00×'
              : '—',
        ],
  );
  const lazyRows = sizes.pages.flatMap((p) =>
    (p.lazy ?? []).map((c) => [
      p.label,
      c.name,
      c.what,
      kib(c.size.raw),
      kib(c.size.gzip),
      kib(c.size.brotli),
    ]),
  );
  const inside = sizes.pages
    .filter((p) => !p.error && p.id !== 'react')
    .map(
      (p) =>
        `- ${p.label}: ${p.breakdown
          .filter(([owner]) => !/^(react|react-dom|scheduler)$/.test(owner))
          .slice(0, 8)
          .map(([owner, bytes]) => `${owner} ${kib(bytes)}`)
          .join(', ')}`,
    );
  return [
    '### Size, every file class',
    '',
    "Every page's own initial files, React left out (so these are its cost over React), and the page with React added.",
    '',
    table(header, rows, ['---', ...header.slice(1).map(() => '---:')]),
    '',
    '### Loaded only when used (lazy chunks)',
    '',
    lazyRows.length
      ? table(['page', 'chunk', 'holds', 'min', 'gzip', 'brotli'], lazyRows, [
          '---',
          '---',
          '---',
          '---:',
          '---:',
          '---:',
        ])
      : 'None.',
    '',
    '### What is inside (the initial files, by owner, in rendered bytes before minification, largest first)',
    '',
    ...inside,
  ].join('\n');
}

/** Every run's raw figures, for whoever wants more than the medians. */
function speedDetails(speed) {
  const header = [
    'run',
    'table mount',
    'fling frames >16.7 ms',
    'steady frames >16.7 ms',
    'rows in DOM',
    'search → rows',
    'profile mount',
    'keystroke',
    'other fields',
    'show: calls',
    'save: calls',
  ];
  const rows = speed.runs.map((r, index) => [
    index + 1,
    ms(r.membersMount.ms),
    `${r.membersScroll.over16ms}/${r.membersScroll.frames}`,
    r.membersSteadyScroll ? `${r.membersSteadyScroll.over16ms}/${r.membersSteadyScroll.frames}` : '—',
    r.membersScroll.maxRowsInDom,
    ms(r.membersSearch.rowsMs),
    ms(r.profileMount.ms),
    ms(r.profileKeystroke.ms),
    r.profileRenders.otherFieldsRendered,
    Object.values(r.requestsShow.calls).reduce((a, b) => a + b, 0),
    Object.values(r.requestsSave.calls).reduce((a, b) => a + b, 0),
  ]);
  return ['### Speed, every run', '', table(header, rows)].join('\n');
}

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
