// The demo's browser entry: reads the remembered language and theme, builds the memory adapter
// persisted in localStorage, and renders the settings area. No server, no keys.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'teamkit/styles.css';
import { createMemoryAdapter, memoryIds } from 'teamkit/adapters/memory';
import { DemoApp, type DemoTheme } from './App.tsx';
import './demo.css';
import { type DemoLocale, isDemoLocale } from './strings.ts';

const preferencesKey = 'teamkit-demo:preferences';

function readPreferences(): { locale: DemoLocale; theme: DemoTheme } {
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

function savePreferences(preferences: { locale: DemoLocale; theme: DemoTheme }) {
  try {
    localStorage.setItem(preferencesKey, JSON.stringify(preferences));
  } catch {
    // Private mode or a full quota: the demo still works, it just forgets the choice.
  }
}

// A little latency so loading states are visible, as they would be against a real backend.
const adapter = createMemoryAdapter({ persist: { key: 'teamkit-demo' }, latency: { min: 80, max: 250 } });
const preferences = readPreferences();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from demo/index.html');
createRoot(container).render(
  <StrictMode>
    <DemoApp
      adapter={adapter}
      organizationId={memoryIds.organization}
      initialLocale={preferences.locale}
      initialTheme={preferences.theme}
      serverHash={window.location.hash || '#/profile'}
      onPreferencesChange={savePreferences}
    />
  </StrictMode>,
);
