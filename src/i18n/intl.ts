/**
 * Locale-aware formatting through Intl, with the formatters cached: building an Intl formatter costs far
 * more than using one, and a members table formats hundreds of dates per render. No React, no DOM.
 */

/** Something that can be read as a moment: a Date, epoch milliseconds or an ISO 8601 string. */
export type DateInput = Date | number | string;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** Reads a moment; null when it is missing or not a valid date (backend data is untrusted). */
export function toDate(value: DateInput | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar date ("Mar 31, 2024" in en, "31 mar 2024" in es). Empty for a missing or invalid value.
 * A date-only string (`2024-03-31`) is shown as that day everywhere: it is read and formatted in UTC,
 * so it never slips a day for a viewer west of Greenwich.
 */
export function formatDate(
  value: DateInput | null | undefined,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value);
  if (!date) return '';
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const effective = dateOnly ? { ...options, timeZone: 'UTC' } : options;
  return cached('date', locale, effective, () => new Intl.DateTimeFormat(locale, effective)).format(date);
}

/** A date with its time ("Mar 31, 2024, 2:05 PM"). Empty for a missing or invalid value. */
export function formatDateTime(
  value: DateInput | null | undefined,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = toDate(value);
  if (!date) return '';
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** A number in the locale's digits and separators ("1,234" in en, "1.234" in de, "١٬٢٣٤" in ar). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

const relativeSteps: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * How long ago or ahead a moment is, in the largest fitting unit ("3 days ago", "in 2 hours",
 * "yesterday"). `now` is a parameter so server and client render the same words and tests need no
 * clock. Empty for a missing or invalid value.
 */
export function formatRelativeTime(
  value: DateInput | null | undefined,
  locale: string,
  now: DateInput = Date.now(),
  options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' },
): string {
  const date = toDate(value);
  const reference = toDate(now);
  if (!date || !reference) return '';
  let amount = (date.getTime() - reference.getTime()) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [stepUnit, size] of relativeSteps) {
    unit = stepUnit;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  const formatter = cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
  // Math.round(-0.4) is -0, which Intl words as "0 … ago"; normalise it to "now".
  return formatter.format(Math.round(amount) || 0, unit);
}
