'use client';
import type { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  createTeamkitQueryClient,
  effectiveValue,
  formatMessage,
  OrganizationSwitcher,
  type TeamkitAdapter,
  type TeamkitMessages,
  TeamkitProvider,
  useAttributeDefinitions,
  useOrganization,
  userDisplayName,
  useUser,
} from 'teamkit';
import { ar } from '../src/locales/ar.ts';
import { de } from '../src/locales/de.ts';
import { en } from '../src/locales/en.ts';
import { es } from '../src/locales/es.ts';
import { demoDefinitions, demoRoleTexts } from './definitions.ts';
import { useLeaveGuard } from './leave-guard.ts';
import { MembersPage } from './pages/MembersPage.tsx';
import { OrganizationPage } from './pages/OrganizationPage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { type DemoRoute, routeHref, useRoute } from './route.ts';
import { type DemoLocale, type DemoStrings, demoLanguages, demoStrings, isDemoLocale } from './strings.ts';

const catalogues: Record<DemoLocale, TeamkitMessages> = { en, es, de, ar };

/** Light or dark. */
export type DemoTheme = 'light' | 'dark';

/** Props of the demo app: everything it would otherwise read from the browser, so a server can render it. */
export interface DemoAppProps {
  /** The backend (the memory adapter, persisted in localStorage in the browser). */
  adapter: TeamkitAdapter & { reset?: () => void };
  /** The organization to start in (the switcher in the sidebar changes it). */
  organizationId: string;
  /** A query client, possibly pre-filled by a server render; a fresh one by default. */
  queryClient?: QueryClient;
  /** The language to start in. */
  initialLocale?: DemoLocale;
  /** The theme to start in. */
  initialTheme?: DemoTheme;
  /** The hash a server render shows (it has no location); the browser reads its own. */
  serverHash?: string;
  /** Called when the person picks a language or theme, to remember it. */
  onPreferencesChange?: (preferences: { locale: DemoLocale; theme: DemoTheme }) => void;
  /** More tools for the header, in the chosen language (the full-stack demo's sign-in switcher). */
  headerTools?: (strings: DemoStrings) => ReactNode;
  /** The server's backend, when the page talks to one (`npm run demo:server`): the footer names it. */
  serverBackend?: string;
}

/** The settings area of a made-up SaaS product, built from Teamkit's components. */
export function DemoApp(props: DemoAppProps) {
  const { adapter, initialLocale = 'en', initialTheme = 'light', serverHash = '#/profile' } = props;
  const [locale, setLocale] = useState<DemoLocale>(initialLocale);
  const [theme, setTheme] = useState<DemoTheme>(initialTheme);
  const [queryClient, setQueryClient] = useState(() => props.queryClient ?? createTeamkitQueryClient());
  const [generation, setGeneration] = useState(0);
  const [organizationId, setOrganizationId] = useState(props.organizationId);
  // A server's sign-in switcher changes the person and their organization: follow it.
  const [startedIn, setStartedIn] = useState(props.organizationId);
  if (startedIn !== props.organizationId) {
    setStartedIn(props.organizationId);
    setOrganizationId(props.organizationId);
  }
  const [status, setStatus] = useState('');
  const route = useRoute(serverHash);
  const strings = demoStrings[locale];
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const [profileDirty, setProfileDirty] = useState(false);
  const unsavedEdits = route.page === 'profile' && profileDirty;
  useLeaveGuard(unsavedEdits, strings.leaveUnsaved);

  const { onPreferencesChange } = props;
  useEffect(() => {
    // The theme and direction go on <html> so that dialogs portalled to <body> follow them too.
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    document.title = `${pageTitle(route, strings)} · ${strings.settings} · ${strings.appName}`;
    onPreferencesChange?.({ locale, theme });
  }, [theme, locale, dir, route, strings, onPreferencesChange]);

  const reset = () => {
    if (unsavedEdits && !window.confirm(strings.leaveUnsaved)) return;
    adapter.reset?.();
    // A new cache and a remount: nothing from before the reset survives on screen.
    setQueryClient(createTeamkitQueryClient());
    setGeneration((n) => n + 1);
    setStatus(strings.resetDone);
  };

  return (
    <div data-demo="shell" dir={dir} lang={locale}>
      <SkipLink label={strings.skipToContent} />
      <header data-demo="topbar">
        <span data-demo="brand">{strings.appName}</span>
        <div data-demo="tools">
          <label data-demo="tool">
            <span>{strings.language}</span>
            <select
              value={locale}
              onChange={(event) => {
                if (isDemoLocale(event.target.value)) setLocale(event.target.value);
              }}
            >
              {demoLanguages.map((language) => (
                <option key={language.locale} value={language.locale} lang={language.locale}>
                  {language.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-demo="button"
            aria-pressed={theme === 'dark'}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {strings.darkTheme}
          </button>
          {/* Only a backend in the page can be reset from it; a server's data is the server's. */}
          {adapter.reset ? (
            <button type="button" data-demo="button" onClick={reset}>
              {strings.resetData}
            </button>
          ) : null}
          {props.headerTools?.(strings)}
        </div>
      </header>
      <TeamkitProvider
        key={generation}
        adapter={adapter}
        organizationId={organizationId}
        onOrganizationChange={(next) => {
          setOrganizationId(next);
          // A member's page belongs to the organization left behind: go back to the list.
          if (route.page === 'members' && route.memberId)
            window.location.hash = routeHref({ page: 'members' });
        }}
        messages={catalogues[locale]}
        locale={locale}
        queryClient={queryClient}
        definitions={demoDefinitions}
        roleTexts={demoRoleTexts}
      >
        <div data-demo="body">
          <nav data-demo="sidebar" aria-label={strings.settingsNav}>
            <OrganizationSwitcher />
            <p data-demo="sidebar-title">{strings.settings}</p>
            <ul>
              {(['profile', 'members', 'organization'] as const).map((page) => (
                <li key={page}>
                  <a href={routeHref({ page })} aria-current={route.page === page ? 'page' : undefined}>
                    {strings[page]}
                  </a>
                </li>
              ))}
            </ul>
            <SignedInAs strings={strings} />
          </nav>
          <Main route={route} strings={strings} onProfileDirtyChange={setProfileDirty} />
        </div>
      </TeamkitProvider>
      <footer data-demo="footer">
        <p>
          {props.serverBackend === undefined
            ? strings.demoNote
            : formatMessage(strings.serverNote, { backend: props.serverBackend })}
        </p>
        <p role="status" data-demo="status">
          {status}
        </p>
      </footer>
    </div>
  );
}

function pageTitle(route: DemoRoute, strings: DemoStrings): string {
  if (route.page === 'members' && route.memberId) return strings.memberDetailsTitle;
  return strings[route.page];
}

/**
 * Jumps keyboard users past the header and navigation. A button, not `<a href="#main">`: the hash is
 * the route here, so a fragment link would navigate.
 */
function SkipLink({ label }: { label: string }) {
  return (
    <button type="button" data-demo="skip-link" onClick={() => document.getElementById('main')?.focus()}>
      {label}
    </button>
  );
}

/** Who is signed in, by the name their profile shows: their own display name when they set one over Okta's. */
function SignedInAs({ strings }: { strings: DemoStrings }) {
  const user = useUser();
  const definitions = useAttributeDefinitions();
  if (!user.data) return null;
  const nameField = definitions.data?.definitions.find(
    (definition) => definition.key === 'name' && definition.scope === 'standard',
  );
  const shown = nameField ? effectiveValue(user.data, nameField) : null;
  const name = typeof shown === 'string' && shown.trim() !== '' ? shown.trim() : userDisplayName(user.data);
  return <p data-demo="signed-in">{formatMessage(strings.signedInAs, { name })}</p>;
}

/** The page for the route, under a heading that takes focus when the route changes (after the first render). */
function Main({
  route,
  strings,
  onProfileDirtyChange,
}: {
  route: DemoRoute;
  strings: DemoStrings;
  onProfileDirtyChange: (dirty: boolean) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const key = routeHref(route);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    heading.current?.focus();
  }, [key]);

  // The organization's own name: the same screens serve whichever organization the person acts in.
  const organization = useOrganization().data?.displayName;
  const named = (text: string) => (organization ? formatMessage(text, { organization }) : null);
  let intro: string | null = null;
  let page: ReactNode;
  if (route.page === 'members') {
    intro = route.memberId ? null : named(strings.membersIntro);
    page = <MembersPage memberId={route.memberId} strings={strings} />;
  } else if (route.page === 'organization') {
    intro = named(strings.organizationIntro);
    page = <OrganizationPage strings={strings} />;
  } else {
    intro = strings.profileIntro;
    page = <ProfilePage onDirtyChange={onProfileDirtyChange} strings={strings} />;
  }
  return (
    <main id="main" data-demo="main" tabIndex={-1}>
      <h1 ref={heading} tabIndex={-1}>
        {pageTitle(route, strings)}
      </h1>
      {intro ? <p data-demo="intro">{intro}</p> : null}
      {page}
    </main>
  );
}
