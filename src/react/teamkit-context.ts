import { createContext } from 'react';
import type { TeamkitAdapter } from '../core/adapter.ts';
import type { TeamkitMessages } from '../i18n/messages.ts';

/** What every hook and component reads from the nearest TeamkitProvider. */
export interface TeamkitContextValue {
  /** The backend. */
  adapter: TeamkitAdapter;
  /** The organization in scope. */
  organizationId: string;
  /** The catalogue in force, host overrides applied. */
  messages: TeamkitMessages;
  /** The BCP 47 locale used for dates, numbers and plurals. */
  locale: string;
  /** Text direction of the locale (`rtl` for Arabic, Hebrew, Persian, Urdu). */
  dir: 'ltr' | 'rtl';
  /** Announces a status change to screen readers through the provider's live region. */
  announce: (message: string, politeness?: 'polite' | 'assertive') => void;
}

/** The provider's context; null outside a TeamkitProvider. */
export const TeamkitContext = createContext<TeamkitContextValue | null>(null);
