/**
 * Every story runs inside a TeamkitProvider over its own in-memory backend, built by the loader below
 * from `parameters.teamkit` (createMemoryAdapter's options) and the toolbar: theme, direction, locale,
 * latency and "make the next request fail". A play function reaches the backend as
 * `context.loaded.teamkit.adapter` (or `teamkitOf(context).adapter`, from ./teamkit.ts).
 * `parameters: { teamkit: false }` renders a story with no provider at all.
 */
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { type ReactNode, useContext, useMemo } from 'react';
import { configure } from 'storybook/test';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitErrorCode } from '../src/core/errors.ts';
import type { TeamkitMessages } from '../src/i18n/messages.ts';
import { ar } from '../src/locales/ar.ts';
import { de } from '../src/locales/de.ts';
import { en } from '../src/locales/en.ts';
import { es } from '../src/locales/es.ts';
import { createTeamkitQueryClient, TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { TeamkitContext } from '../src/react/teamkit-context.ts';
import { directionOf } from '../src/react/text-direction.ts';
import '../src/styles/index.css';
import './preview.css';
import type {
  DirectionGlobal,
  FailNextGlobal,
  FailWhenGlobal,
  LatencyGlobal,
  LocaleGlobal,
  StoryAdapter,
  TeamkitLoaded,
  TeamkitStoryOptions,
  ThemeGlobal,
} from './teamkit.ts';

// Play functions wait for the memory backend and React; 1 s (the default) is too tight on 2 busy cores.
configure({ asyncUtilTimeout: 5_000 });

const catalogues: Record<LocaleGlobal, TeamkitMessages> = { en, es, de, ar };

/** The adapter methods that change something: "fail the next change" arms on the first of these. */
const changeMethods: ReadonlySet<PropertyKey> = new Set<keyof TeamkitAdapter>([
  'updateUser',
  'inviteMember',
  'resendInvitation',
  'revokeInvitation',
  'updateMembership',
  'removeMember',
  'updateOrganization',
]);

/** The codes the toolbar offers, most useful first. */
const failCodes: TeamkitErrorCode[] = [
  'network',
  'permission_denied',
  'conflict',
  'rate_limited',
  'validation',
  'not_found',
  'already_member',
  'unavailable',
  'unauthenticated',
  'unknown',
];

/**
 * The adapter the provider sees: the story's own, except that the first change after the page loaded
 * is made to fail with `code`. The failure goes through `faults.failNext`, so it looks exactly like a
 * backend error; after it the backend behaves normally again (a retry succeeds).
 */
function failFirstChange(adapter: StoryAdapter, code: TeamkitErrorCode): TeamkitAdapter {
  let armed = true;
  return new Proxy(adapter, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!changeMethods.has(property)) return value.bind(target);
      return (...args: unknown[]) => {
        if (armed) {
          armed = false;
          target.faults.failNext(code);
        }
        return value.apply(target, args);
      };
    },
  });
}

/** Shortcuts for the globals with their defaults, tolerant of a stale URL value. */
function readGlobals(globals: Record<string, unknown>) {
  const locale = (globals.locale as LocaleGlobal) in catalogues ? (globals.locale as LocaleGlobal) : 'en';
  const direction = (globals.direction as DirectionGlobal) ?? 'auto';
  return {
    theme: (globals.theme === 'dark' ? 'dark' : 'light') as ThemeGlobal,
    locale,
    dir: direction === 'ltr' || direction === 'rtl' ? direction : directionOf(locale),
    latency: (globals.latency as LatencyGlobal) ?? 'story',
    failNext: (globals.failNext as FailNextGlobal) ?? 'off',
    failWhen: (globals.failWhen as FailWhenGlobal) ?? 'change',
  };
}

/** Builds the story's backend and query client; runs again whenever the toolbar changes. */
const teamkitLoader: Loader = async (context) => {
  const { theme, locale, dir } = readGlobals(context.globals);
  // Set here, before rendering, so content portalled to <body> (dialogs) gets the theme and
  // direction too, and no frame is painted in the wrong theme.
  if (typeof document !== 'undefined') {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dir = dir;
    document.documentElement.lang = locale;
  }
  const parameter = context.parameters.teamkit as TeamkitStoryOptions | false | undefined;
  if (parameter === false) return {};
  const { latency, failNext, failWhen } = readGlobals(context.globals);
  const options: TeamkitStoryOptions = { latency: 0, ...parameter };
  if (latency !== 'story') options.latency = Number(latency);
  const adapter = createMemoryAdapter(options);
  if (failNext !== 'off' && failWhen === 'load') adapter.faults.failNext(failNext);
  const queryClient = createTeamkitQueryClient();
  // A failure should show at once in a story, not after the kit's retries.
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const teamkit: TeamkitLoaded = { adapter, queryClient };
  return { teamkit };
};

/**
 * Forces the provider's text direction when the toolbar asks for one the locale would not give
 * (English laid out right-to-left, to check logical properties), without changing the locale.
 */
function DirectionOverride({ dir, children }: { dir: 'ltr' | 'rtl'; children: ReactNode }) {
  const context = useContext(TeamkitContext);
  const value = useMemo(() => (context ? { ...context, dir } : null), [context, dir]);
  if (!value) return <>{children}</>;
  return <TeamkitContext.Provider value={value}>{children}</TeamkitContext.Provider>;
}

const withTeamkit: Decorator = (Story, context) => {
  const { theme, locale, dir, failNext, failWhen } = readGlobals(context.globals);
  const loaded = context.loaded.teamkit as TeamkitLoaded | undefined;
  const frame = (children: ReactNode) => (
    <div data-part="story-frame" data-theme={theme} dir={dir} lang={locale}>
      {children}
    </div>
  );
  if (!loaded) return frame(<Story />);
  const adapter =
    failNext !== 'off' && failWhen === 'change' ? failFirstChange(loaded.adapter, failNext) : loaded.adapter;
  return frame(
    <TeamkitProvider
      adapter={adapter}
      organizationId={memoryIds.organization}
      messages={catalogues[locale]}
      locale={locale}
      queryClient={loaded.queryClient}
    >
      <DirectionOverride dir={dir}>
        <Story />
      </DirectionOverride>
    </TeamkitProvider>,
  );
};

const preview: Preview = {
  loaders: [teamkitLoader],
  decorators: [withTeamkit],
  globalTypes: {
    theme: {
      description: 'Colour theme (the kit’s light or dark tokens)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction: follow the locale, or force one',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Message catalogue and Intl locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'ar', title: 'العربية', right: 'ar' },
        ],
        dynamicTitle: true,
      },
    },
    latency: {
      description: 'How long every backend call takes',
      toolbar: {
        title: 'Latency',
        icon: 'timer',
        items: [
          { value: 'story', title: 'Latency: as the story sets' },
          { value: '0', title: 'No latency' },
          { value: '300', title: '300 ms' },
          { value: '1500', title: '1500 ms' },
        ],
        dynamicTitle: true,
      },
    },
    failNext: {
      description: 'Make the next request fail with this error code',
      toolbar: {
        title: 'Fail next',
        icon: 'alert',
        items: [
          { value: 'off', title: 'No failure' },
          ...failCodes.map((code) => ({ value: code, title: `Fail: ${code}` })),
        ],
        dynamicTitle: true,
      },
    },
    failWhen: {
      description: 'Which request the armed failure hits',
      toolbar: {
        title: 'Fail when',
        icon: 'lightning',
        items: [
          { value: 'change', title: 'On the next change (save, invite …)' },
          { value: 'load', title: 'On the next request (loading)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'light',
    direction: 'auto',
    locale: 'en',
    latency: 'story',
    failNext: 'off',
    failWhen: 'change',
  },
  parameters: {
    // An axe violation fails the story's test (in `vitest --project storybook` and the Storybook UI).
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Writing an adapter', 'Theming', 'Localization', 'Accessibility'],
          '*',
        ],
      },
    },
  },
};

export default preview;
