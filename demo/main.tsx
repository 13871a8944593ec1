// The demo's browser entry: reads the remembered language and theme, builds the memory adapter
// persisted in localStorage, and renders the settings area. No server, no keys.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'teamkit/styles.css';
import 'teamkit/styles/organization-switcher.css';
import { createMemoryAdapter, memoryIds } from 'teamkit/adapters/memory';
import { DemoApp } from './App.tsx';
import './demo.css';
import { readPreferences, savePreferences } from './preferences.ts';

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
