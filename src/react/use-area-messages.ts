'use client';
import { useMemo } from 'react';
import { mergeDeep, type OnDemandArea, type TeamkitMessages } from '../i18n/messages.ts';
import { useTeamkit } from './use-teamkit.ts';

/**
 * The strings of one on-demand area (`memberDetails`, `metadata`, …): the provider's catalogue's when
 * the host gave a whole one, else `english` (which the calling component imports, so the strings ship
 * only with it) with the host's overrides for that area laid over.
 */
export function useAreaMessages<A extends OnDemandArea>(
  area: A,
  english: TeamkitMessages[A],
): TeamkitMessages[A] {
  const { messages, overrides } = useTeamkit();
  const provided = messages[area] as TeamkitMessages[A] | undefined;
  const override = overrides?.[area];
  return useMemo(
    () => provided ?? (override ? (mergeDeep(english, override) as TeamkitMessages[A]) : english),
    [provided, override, english],
  );
}
