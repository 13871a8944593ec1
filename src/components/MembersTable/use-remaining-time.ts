'use client';
import { useEffect, useState } from 'react';
import { formatNumber } from '../../i18n/intl.ts';

/**
 * Milliseconds left until `until` (epoch ms), re-rendering once a second while any are left; 0 when
 * it has passed or is null. The timer only runs while counting down, so idle rows cost nothing.
 */
export function useRemainingTime(until: number | null): number {
  // The state only makes the component render again each second; the time is read fresh each render,
  // so a new `until` never shows a stale count for a frame.
  const [, setTick] = useState(0);
  const remaining = until === null ? 0 : Math.max(0, until - Date.now());
  useEffect(() => {
    if (until === null || until <= Date.now()) return;
    const timer = setInterval(() => {
      setTick((tick) => tick + 1);
      if (Date.now() >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return remaining;
}

/** A countdown as minutes and seconds ("0:42", "12:05"), in the locale's digits. */
export function formatCountdown(ms: number, locale: string): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const twoDigits = formatNumber(seconds, locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${formatNumber(minutes, locale, { useGrouping: false })}:${twoDigits}`;
}
