'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TeamkitError } from '../core/errors.ts';
import { isDevelopment } from '../core/is-development.ts';
import type { SanitizedDefinitions } from '../core/sanitize-definitions.ts';
import { attributeDefinitionsQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

// Sanitized lists already warned about, so several components (and re-renders) warn once per list.
const warned = new WeakSet<SanitizedDefinitions>();

function warnAboutProblems(sanitized: SanitizedDefinitions, adapterName: string): void {
  if (sanitized.problems.length === 0 || warned.has(sanitized) || !isDevelopment()) return;
  warned.add(sanitized);
  const lines = sanitized.problems.map(
    (problem) => `- ${problem.key}: ${problem.message} (${problem.outcome})`,
  );
  console.warn(
    `Teamkit: ${sanitized.problems.length} attribute definition(s) from the "${adapterName}" adapter had problems; ` +
      `degraded ones are shown read-only, dropped ones are left out.\n${lines.join('\n')}`,
  );
}

/**
 * The attribute definitions (standard and custom profile fields), sanitized: `{ definitions, problems }`.
 * The result keeps its identity across renders; problems are logged once in development.
 * @example
 * const { data } = useAttributeDefinitions();
 * const fields = data?.definitions ?? [];
 */
export function useAttributeDefinitions(): UseQueryResult<SanitizedDefinitions, TeamkitError> {
  const { adapter } = useTeamkit();
  const result = useQuery(attributeDefinitionsQueryOptions(adapter));
  const { data } = result;
  useEffect(() => {
    if (data) warnAboutProblems(data, adapter.name);
  }, [data, adapter.name]);
  return result;
}
