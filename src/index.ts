'use client';
/**
 * Teamkit: user-profile editing, invitations and a members table for React, over any identity backend.
 * The React-free domain is re-exported here too; `teamkit/core` has it alone.
 */
export * from './core/index.ts';
export { en } from './i18n/en/index.ts';
export { formatMessage, formatPlural, type MessageValues, type PluralMessage } from './i18n/format.ts';
export { type MessageOverrides, mergeMessages, type TeamkitMessages, validationMessagesFrom } from './i18n/messages.ts';
export type { TeamkitContextValue } from './react/teamkit-context.ts';
export { createTeamkitQueryClient, TeamkitProvider, type TeamkitProviderProps } from './react/TeamkitProvider.tsx';
export { useMessages, useTeamkit } from './react/use-teamkit.ts';
// Hooks (one per file in src/react):

// Components (one folder each in src/components):
