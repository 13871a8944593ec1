import { describe, expect, it } from 'vitest';
import { formatTimeUntil } from './invitation-expiry.ts';
import { formatCountdown } from './use-remaining-time.ts';

const now = Date.parse('2026-03-01T12:00:00Z');
const later = (ms: number) => new Date(now + ms);
const hour = 3_600_000;

describe('formatTimeUntil', () => {
  it('counts in days while a day or more is left, even past a week', () => {
    expect(formatTimeUntil(later(12 * 24 * hour), now, 'en')).toBe('in 12 days');
    expect(formatTimeUntil(later(24 * hour), now, 'en')).toBe('tomorrow');
  });

  it('counts in hours, then minutes, on the last day', () => {
    expect(formatTimeUntil(later(5 * hour), now, 'en')).toBe('in 5 hours');
    expect(formatTimeUntil(later(20 * 60_000), now, 'en')).toBe('in 20 minutes');
  });

  it('uses the locale’s words', () => {
    expect(formatTimeUntil(later(3 * 24 * hour), now, 'de')).toBe('in 3 Tagen');
    expect(formatTimeUntil(later(3 * 24 * hour), now, 'es')).toBe('dentro de 3 días');
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds, rounding up', () => {
    expect(formatCountdown(42_000, 'en')).toBe('0:42');
    expect(formatCountdown(60_000, 'en')).toBe('1:00');
    expect(formatCountdown(1_200, 'en')).toBe('0:02');
  });
});
