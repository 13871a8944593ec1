import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import type { UnplacedFieldError } from './use-profile-editor-result.ts';

/** The attribute key a server field error names: `givenName`, `customAttributes.plan`, `overrides.picture` … */
export function errorKeyCandidates(path: string): string[] {
  const prefixes = ['profile.', 'customAttributes.', 'overrides.'];
  const prefix = prefixes.find((candidate) => path.startsWith(candidate));
  return prefix ? [path, path.slice(prefix.length)] : [path];
}

/** A server field error on no field the form shows, named by the label of a known field with that key. */
export function unplacedFieldError(
  path: string,
  message: string,
  known: readonly AttributeDefinition[],
): UnplacedFieldError {
  const candidates = errorKeyCandidates(path);
  const definition = known.find((candidate) => candidates.includes(candidate.key));
  return { path, key: candidates.at(-1) ?? path, label: definition?.label ?? null, message };
}
