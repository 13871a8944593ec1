'use client';
import type { DemoSessionState } from './session-client.ts';

/** Props of SignInSwitcher. */
export interface SignInSwitcherProps {
  /** The label, in the page's language ("Sign in as"). */
  label: string;
  /** The people and who is signed in. */
  session: DemoSessionState;
  /** Called with the chosen person's key. */
  onSwitch: (person: string) => void;
  /** True while a switch is on its way. */
  busy: boolean;
}

/** The header's switcher: pick someone else and the whole page is theirs, permissions included. */
export function SignInSwitcher({ label, session, onSwitch, busy }: SignInSwitcherProps) {
  return (
    <label data-demo="tool">
      <span>{label}</span>
      <select
        value={session.current ?? ''}
        disabled={busy}
        aria-busy={busy || undefined}
        onChange={(event) => onSwitch(event.target.value)}
      >
        {session.people.map((person) => (
          <option key={person.key} value={person.key}>
            {`${person.name} (${person.description})`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Props of SignInChooser. */
export interface SignInChooserProps {
  /** The people and the backend. */
  session: DemoSessionState;
  /** Called with the chosen person's key. */
  onChoose: (person: string) => void;
  /** Why the last attempt failed, if it did. */
  error: string | null;
}

/** The first screen: nobody is signed in yet, so the page says who can be. */
export function SignInChooser({ session, onChoose, error }: SignInChooserProps) {
  return (
    <main data-demo="sign-in" id="main">
      <h1>Sign in to the Teamkit demo</h1>
      <p>
        The settings app talks to a Teamkit server on this machine over {session.backend}. Choose who to be;
        the switcher in the header changes it later.
      </p>
      <ul>
        {session.people.map((person) => (
          <li key={person.key}>
            <button type="button" data-demo="button" onClick={() => onChoose(person.key)}>
              {person.name}
            </button>{' '}
            <span>{person.description}</span>
          </li>
        ))}
      </ul>
      {error ? <p role="alert">{error}</p> : null}
    </main>
  );
}
