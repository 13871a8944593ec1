import { createContext } from 'react';
import type { TeamkitAdapter } from '../core/adapter.ts';
import type { FieldLockPolicy } from '../core/field-locks.ts';
import type { LocalizeRoleOptions } from '../core/localize-role.ts';
import type { TranslateText } from '../core/localized-text.ts';
import type { HostAttributeDefinition } from '../core/merge-definitions.ts';
import type { MessageOverrides, ProvidedMessages } from '../i18n/messages.ts';

/** What every hook and component reads from the nearest TeamkitProvider. */
export interface TeamkitContextValue {
  /** The backend. */
  adapter: TeamkitAdapter;
  /** The organization in scope. */
  organizationId: string;
  /** Switches the provider to another organization (or asks the host to, when it owns the choice). */
  switchOrganization: (organizationId: string) => void;
  /** The catalogue in force, host overrides applied (on-demand areas only when the host gave them). */
  messages: ProvidedMessages;
  /** The host's single-string overrides, for areas that come with their components. */
  overrides?: MessageOverrides | undefined;
  /** The BCP 47 locale used for dates, numbers and plurals. */
  locale: string;
  /** Text direction of the locale (`rtl` for Arabic, Hebrew, Persian, Urdu). */
  dir: 'ltr' | 'rtl';
  /** Announces a status change to screen readers through the provider's live region. */
  announce: (message: string, politeness?: 'polite' | 'assertive') => void;
  /** The host's attribute definitions, merged over the backend's by key. */
  definitions?: readonly HostAttributeDefinition[] | undefined;
  /** The host's per-user lock of fields an identity provider manages. */
  lockField?: FieldLockPolicy | undefined;
  /** The host's translation of definition and role texts. */
  translate?: TranslateText | undefined;
  /** The host's words for roles, by role name. */
  roleTexts?: LocalizeRoleOptions['roleTexts'];
}

/** The provider's context; null outside a TeamkitProvider. */
export const TeamkitContext = createContext<TeamkitContextValue | null>(null);
