'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { AttributeDefinition } from '../core/attribute-definition.ts';
import type { TeamkitError } from '../core/errors.ts';
import { localizeDefinitions } from '../core/localize-definitions.ts';
import type { TranslateText } from '../core/localized-text.ts';
import { type HostAttributeDefinition, mergeAttributeDefinitions } from '../core/merge-definitions.ts';
import { type SanitizedDefinitions, sanitizeAttributeDefinitions } from '../core/sanitize-definitions.ts';
import { attributeDefinitionsQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/** One resolved list: the inputs it was made from and the result. */
interface Resolved {
  host: readonly HostAttributeDefinition[] | undefined;
  locale: string;
  translate: TranslateText | undefined;
  result: SanitizedDefinitions;
}

// Resolved lists by raw list, so every component showing the same definitions in the same language
// gets the same object (and memoised fields downstream keep equal props).
const resolvedByRaw = new WeakMap<object, Resolved[]>();

/** The backend's raw list with the host's definitions merged in, localized and sanitized, once per inputs. */
function resolveDefinitions(
  raw: unknown,
  host: readonly HostAttributeDefinition[] | undefined,
  locale: string,
  translate: TranslateText | undefined,
): SanitizedDefinitions {
  const resolve = () =>
    sanitizeAttributeDefinitions(
      localizeDefinitions(mergeAttributeDefinitions(raw, host), { locale, translate }),
    );
  if (typeof raw !== 'object' || raw === null) return resolve();
  const known = resolvedByRaw.get(raw) ?? [];
  const found = known.find(
    (entry) => entry.host === host && entry.locale === locale && entry.translate === translate,
  );
  if (found) return found.result;
  const result = resolve();
  // A few languages and host lists at most: the oldest go first.
  resolvedByRaw.set(raw, [...known.slice(-7), { host, locale, translate, result }]);
  return result;
}

/**
 * The attribute definitions (standard and custom profile fields): the backend's, with the provider's
 * `definitions` merged over them by key, their texts in the provider's locale (and through its
 * `translate`), sanitized: `{ definitions, problems }`. The result keeps its identity across renders
 * while the provider's inputs do; problems are logged once in development.
 * @example
 * const { data } = useAttributeDefinitions();
 * const fields = data?.definitions ?? [];
 */
export function useAttributeDefinitions(): UseQueryResult<SanitizedDefinitions, TeamkitError> {
  const { adapter, definitions: host, locale, translate } = useTeamkit();
  // The cache holds the backend's raw list; the host's part and the locale apply on the way out, so a
  // language switch re-localizes without a request.
  const select = useCallback(
    (raw: AttributeDefinition[]) => resolveDefinitions(raw, host, locale, translate),
    [host, locale, translate],
  );
  const result = useQuery({ ...attributeDefinitionsQueryOptions(adapter), select });
  const { data } = result;
  useEffect(() => {
    // The warning's words load only when there is something to say (dev-warnings.ts).
    if (data && data.problems.length > 0)
      void import('./dev-warnings.ts').then((m) => m.warnAboutDefinitionProblems(data, adapter.name));
  }, [data, adapter.name]);
  return result;
}
