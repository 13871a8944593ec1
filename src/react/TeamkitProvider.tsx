'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { TeamkitAdapter } from '../core/adapter.ts';
import { isTeamkitError } from '../core/errors.ts';
import type { FieldLockPolicy } from '../core/field-locks.ts';
import type { HostRoleText } from '../core/localize-role.ts';
import type { TranslateText } from '../core/localized-text.ts';
import type { HostAttributeDefinition } from '../core/merge-definitions.ts';
import { type MutationHooks, withMutationHooks } from '../core/mutation-hooks.ts';
import { enEssential } from '../i18n/en/essential.ts';
import { type MessageOverrides, mergeMessages, type ProvidedMessages } from '../i18n/messages.ts';
import { useLiveRegion } from './live-region.tsx';
import { TeamkitContext, type TeamkitContextValue } from './teamkit-context.ts';
import { directionOf } from './text-direction.ts';

/** Props of TeamkitProvider. */
export interface TeamkitProviderProps {
  /** The backend every hook and component talks to. */
  adapter: TeamkitAdapter;
  /**
   * The organization in scope (members, roles, invitations, settings), when the host owns it: a switch
   * (`switchOrganization`, the OrganizationSwitcher) then only calls `onOrganizationChange`.
   */
  organizationId?: string;
  /**
   * The organization to start in, when the provider owns the choice (switching changes it). Give this
   * or `organizationId`: with neither, organization-scoped hooks and components (the viewer, members,
   * roles, invitations, settings) have no organization to ask for and show an error, and a development
   * build says so once in the console. OrganizationSwitcher still lists the person's organizations
   * then, so a page can let them choose first.
   */
  defaultOrganizationId?: string;
  /**
   * Told when the person switches organization, with the new ID. Every hook follows at once: data of
   * the previous organization is never shown for the new one (each waits, as on a first load).
   */
  onOrganizationChange?: (organizationId: string) => void;
  /**
   * A catalogue: `es`, `de`, `ar` from `teamkit/locales/*`, or `en`. By default the English strings of
   * the profile, members and invitations, with the other areas' English coming with their components.
   */
  messages?: ProvidedMessages;
  /** Single strings to change, merged over `messages`. */
  overrides?: MessageOverrides;
  /** Locale for dates, numbers and plurals; `en` by default. Its direction sets `dir`. */
  locale?: string;
  /**
   * A QueryClient to share with the host's own queries. Without one the provider uses the host's
   * QueryClientProvider if there is one, else creates its own.
   */
  queryClient?: QueryClient;
  /**
   * Attribute definitions from the host (options, constraints, groups, order, write policy, texts per
   * locale: what the backend does not store), merged over the backend's by key. Keep the array stable.
   */
  definitions?: readonly HostAttributeDefinition[];
  /** Locks a field for a user whose identity provider manages it: returns the reason, or null. */
  lockField?: FieldLockPolicy;
  /** Translates definition and role texts (labels, help, options, groups, role names) for `locale`. */
  translate?: TranslateText;
  /** The host's role names and descriptions, per locale, by role name. */
  roleTexts?: Readonly<Record<string, HostRoleText>>;
  /**
   * The host's own code around every change the kit makes (profile save, invite, role change …):
   * `before` may change the arguments, ask the person or cancel; `after` sees the outcome.
   */
  hooks?: MutationHooks;
  /** The settings pages. */
  children: ReactNode;
}

/** A QueryClient tuned for the kit: typed errors decide retries; 4xx-like codes never retry. */
export function createTeamkitQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // An adapter that retried a read itself (the HTTP adapter) says so: retrying again would multiply
        // its attempts (3 x 3 sendings to a server that is down) before the person sees the failure.
        retry: (failureCount, error) =>
          failureCount < 2 && (!isTeamkitError(error) || (error.retryable && error.attempts === 1)),
      },
      mutations: { retry: false },
    },
  });
}

/** The host's QueryClient when the provider sits inside a QueryClientProvider, else undefined. */
function useOptionalQueryClient(): QueryClient | undefined {
  return useContext(QueryClientContext);
}

/**
 * Puts a backend adapter, an organization and a message catalogue in scope for every Teamkit hook and
 * component below it, and renders the live region their status announcements go through.
 */
export function TeamkitProvider(props: TeamkitProviderProps) {
  const { adapter, messages = enEssential, overrides, locale = 'en', queryClient, children } = props;
  const { definitions, lockField, translate, roleTexts, hooks } = props;
  const [ownOrganizationId, setOwnOrganizationId] = useState(props.defaultOrganizationId ?? '');
  const organizationId = props.organizationId ?? ownOrganizationId;
  // The warning (and its isDevelopment check) loads only when the organization is missing, so pages
  // that give one, in development or production, carry none of its words.
  if (organizationId === '') void import('./dev-warnings.ts').then((m) => m.warnNoOrganization());
  const latest = useRef(props);
  latest.current = props;
  const switchOrganization = useCallback((next: string) => {
    if (latest.current.organizationId === undefined) setOwnOrganizationId(next);
    latest.current.onOrganizationChange?.(next);
  }, []);
  // Read on every call, so hooks written inline (new on each render) neither rebuild the adapter nor
  // go stale.
  const hooksGiven = hooks !== undefined;
  const hooked = useMemo(
    () => (hooksGiven ? withMutationHooks(adapter, () => latest.current.hooks) : adapter),
    [adapter, hooksGiven],
  );
  const inherited = useOptionalQueryClient();
  const [ownClient] = useState(() => queryClient ?? inherited ?? createTeamkitQueryClient());
  const client = queryClient ?? inherited ?? ownClient;
  const { announce, regions } = useLiveRegion();
  const merged = useMemo(() => mergeMessages(messages, overrides), [messages, overrides]);
  const value = useMemo<TeamkitContextValue>(
    () => ({
      adapter: hooked,
      organizationId,
      switchOrganization,
      messages: merged,
      overrides,
      locale,
      dir: directionOf(locale),
      announce,
      definitions,
      lockField,
      translate,
      roleTexts,
    }),
    [
      hooked,
      organizationId,
      switchOrganization,
      merged,
      overrides,
      locale,
      announce,
      definitions,
      lockField,
      translate,
      roleTexts,
    ],
  );
  return (
    <QueryClientProvider client={client}>
      <TeamkitContext.Provider value={value}>
        {children}
        {regions}
      </TeamkitContext.Provider>
    </QueryClientProvider>
  );
}
