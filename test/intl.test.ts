// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatRelativeTime } from '../src/i18n/intl.ts';

describe('formatDate', () => {
  it('given a date-only string, shows that day whatever the time zone', () => {
    expect(formatDate('2024-03-31', 'en')).toBe('Mar 31, 2024');
    expect(formatDate('2024-03-31', 'de')).toBe('31.03.2024');
  });

  it('given a missing or invalid value, returns an empty string', () => {
    expect(formatDate(undefined, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('given explicit options and a time zone, formats in them', () => {
    const text = formatDateTime('2024-03-31T14:05:00Z', 'en', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    expect(text).toBe('3/31/24, 2:05 PM');
  });
});

describe('formatNumber', () => {
  it('uses the locale’s digits and separators', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'de')).toBe('1.234');
    expect(formatNumber(1234, 'ar')).toBe(new Intl.NumberFormat('ar').format(1234));
  });
});

describe('formatRelativeTime', () => {
  const now = '2024-03-31T12:00:00Z';

  it('picks the largest fitting unit', () => {
    expect(formatRelativeTime('2024-03-28T12:00:00Z', 'en', now)).toBe('3 days ago');
    expect(formatRelativeTime('2024-03-31T14:00:00Z', 'en', now)).toBe('in 2 hours');
    expect(formatRelativeTime('2024-03-30T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2024-03-31T12:00:10Z', 'es', now)).toBe('dentro de 10 segundos');
  });

  it('given the same moment, says now', () => {
    expect(formatRelativeTime(now, 'en', now)).toBe('now');
  });

  it('given a missing value, returns an empty string', () => {
    expect(formatRelativeTime(null, 'en', now)).toBe('');
  });
});
