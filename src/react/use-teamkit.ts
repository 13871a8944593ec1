'use client';
import { useContext } from 'react';
import { TeamkitContext, type TeamkitContextValue } from './teamkit-context.ts';

/** The nearest TeamkitProvider's adapter, organization, messages and locale. Throws outside one. */
export function useTeamkit(): TeamkitContextValue {
  const value = useContext(TeamkitContext);
  if (!value) {
    throw new Error(
      'Teamkit: this component or hook must be inside <TeamkitProvider adapter={…} organizationId="…">. ' +
        'Wrap your settings pages in it (see the README quick start).',
    );
  }
  return value;
}

/** The message catalogue in force (host overrides applied). */
export function useMessages(): TeamkitContextValue['messages'] {
  return useTeamkit().messages;
}
