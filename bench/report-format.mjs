// Formatting shared by the sections of the bench's report (bench/report.mjs): sizes, times and counts as
// text, markdown tables, and a figure's median and range over the speed runs.
import { median } from './speed.mjs';

/** Bytes as KiB with one decimal, e.g. `79.6 KiB`. */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Milliseconds rounded, with thousands separators; `—` for a figure that was not measured (NaN). */
export const ms = (value) => (Number.isNaN(value) ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`);
/** A count rounded, with thousands separators; `—` for NaN. */
export const int = (value) => (Number.isNaN(value) ? '—' : Math.round(value).toLocaleString('en-US'));
// A cell holds one line, and a `|` in it must not end the cell.
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A markdown table from a header row and rows. */
export function table(header, rows, align = header.map(() => '---')) {
  return [header, align, ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** Median and range of one figure over the runs, e.g. `1,600 ms (1,420–1,880)`. */
export function spread(runs, pick, format = ms) {
  const values = runs.map(pick).filter((v) => typeof v === 'number' && !Number.isNaN(v));
  if (values.length === 0) return { median: Number.NaN, text: '—' };
  const m = median(values);
  const range = values.length > 1 ? ` (${format(Math.min(...values))}–${format(Math.max(...values))})` : '';
  return { median: m, text: `${format(m)}${range.replace(/ ms(?=–)/, '')}` };
}

/** Calls by method as text: `getViewer 1, getUser 1`, the same in every run or each run's shown. */
export function callsText(runs, pick) {
  const texts = runs.map((run) =>
    Object.entries(pick(run) ?? {})
      .sort()
      .map(([method, count]) => `${method} ×${count}`)
      .join(', '),
  );
  const distinct = [...new Set(texts)];
  return distinct.length === 1 ? distinct[0] || 'none' : `varies: ${distinct.join(' / ')}`;
}
