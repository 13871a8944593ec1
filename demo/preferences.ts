/** The person's language and theme, remembered in localStorage by both demo pages. */
import type { DemoTheme } from './App.tsx';
import { type DemoLocale, isDemoLocale } from './strings.ts';

const preferencesKey = 'teamkit-demo:preferences';

/** The remembered language and theme, else the system's theme and English. */
export function readPreferences(): { locale: DemoLocale; theme: DemoTheme } {
  const systemDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const fallback = { locale: 'en' as DemoLocale, theme: (systemDark ? 'dark' : 'light') as DemoTheme };
  try {
    const stored = JSON.parse(localStorage.getItem(preferencesKey) ?? 'null') as {
      locale?: unknown;
      theme?: unknown;
    } | null;
    return {
      locale: isDemoLocale(stored?.locale) ? stored.locale : fallback.locale,
      theme: stored?.theme === 'dark' || stored?.theme === 'light' ? stored.theme : fallback.theme,
    };
  } catch {
    return fallback;
  }
}

/** Remembers the language and theme. */
export function savePreferences(preferences: { locale: DemoLocale; theme: DemoTheme }) {
  try {
    localStorage.setItem(preferencesKey, JSON.stringify(preferences));
  } catch {
    // Private mode or a full quota: the demo still works, it just forgets the choice.
  }
}
