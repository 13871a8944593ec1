// The size part of the bench's report (bench/report.mjs): each page's rows in the one table, against the
// CI budgets, and the size details (every file class, the lazy chunks, what is inside each page).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kib, table } from './report-format.mjs';
import { root } from './size/page-build.mjs';

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

/** Rows for the one table: each page over React against its budget, then the lazily loaded optional parts. */
export function sizeRows(sizes) {
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

/** Size details: every page, JS and CSS, raw/gzip/brotli, over React and against (a). */
export function sizeDetails(sizes) {
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
