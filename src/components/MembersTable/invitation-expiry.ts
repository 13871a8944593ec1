const formats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * How far off an invitation's expiry is, in days while it is a day or more away ("in 12 days",
 * "tomorrow"), then hours, then minutes: an admin deciding whether to resend counts in days, where a
 * general "in 2 weeks" would hide the difference between 8 and 14.
 */
export function formatTimeUntil(moment: Date, now: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  const minutes = (moment.getTime() - now) / 60_000;
  if (Math.abs(minutes) >= 24 * 60) return format.format(Math.round(minutes / (24 * 60)), 'day');
  if (Math.abs(minutes) >= 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.max(1, Math.round(minutes)), 'minute');
}
