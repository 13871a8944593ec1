// The full-stack demo's browser entry (`npm run demo:server`): the same settings app, over the HTTP
// adapter to the kit's handler on the demo server, with a sign-in switcher. No keys reach this page:
// the server holds the backend's credentials and a session cookie says who is signed in.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'teamkit/styles.css';
import 'teamkit/styles/organization-switcher.css';
import type { TeamkitAdapter } from 'teamkit';
import { createHttpAdapter } from 'teamkit/adapters/http';
import { DemoApp } from '../App.tsx';
import '../demo.css';
import { readPreferences, savePreferences } from '../preferences.ts';
import { SignInChooser, SignInSwitcher } from './SignInSwitcher.tsx';
import { type DemoSessionState, readSession, signInAs } from './session-client.ts';

/** The settings app for whoever is signed in; a switch remounts it, so nothing of the last person stays. */
function FullStackDemo({ adapter, initial }: { adapter: TeamkitAdapter; initial: DemoSessionState }) {
  const [session, setSession] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preferences] = useState(readPreferences);

  const switchTo = (person: string) => {
    setBusy(true);
    setError(null);
    signInAs(person)
      .then(setSession)
      .catch((reason: unknown) =>
        setError(`Signing in failed: ${String((reason as Error)?.message ?? reason)}`),
      )
      .finally(() => setBusy(false));
  };

  if (!session.current || !session.organizationId) {
    return <SignInChooser session={session} onChoose={switchTo} error={error} />;
  }
  return (
    <DemoApp
      key={session.current}
      adapter={adapter}
      organizationId={session.organizationId}
      initialLocale={preferences.locale}
      initialTheme={preferences.theme}
      serverHash={window.location.hash || '#/profile'}
      onPreferencesChange={savePreferences}
      serverBackend={session.backend}
      headerTools={(strings) => (
        <SignInSwitcher label={strings.signInAs} session={session} onSwitch={switchTo} busy={busy} />
      )}
    />
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from demo/fullstack.html');
const root = createRoot(container);
try {
  const [session, adapter] = await Promise.all([
    readSession(),
    createHttpAdapter({ baseUrl: '/api/teamkit' }),
  ]);
  root.render(
    <StrictMode>
      <FullStackDemo adapter={adapter} initial={session} />
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <main data-demo="sign-in">
      <h1>The demo server did not answer</h1>
      <p role="alert">{String((error as Error)?.message ?? error)}</p>
      <p>Start it with npm run demo:server and reload this page.</p>
    </main>,
  );
}
