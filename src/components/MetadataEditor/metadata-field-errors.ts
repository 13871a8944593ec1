import { isTeamkitError } from '../../core/errors.ts';

/** The bags a backend names in field errors: `metadata.<key>`, `userMetadata.<key>`, `appMetadata.<key>`. */
const bagNames = new Set(['metadata', 'userMetadata', 'appMetadata']);

/**
 * The per-key messages of a failed metadata save (`{ plan: '…' }`), taken from a TeamkitError's
 * `fieldErrors`. `bag` limits them to one bag when a call carries several.
 */
export function metadataFieldErrors(error: unknown, bag?: string): Record<string, string> {
  const byKey: Record<string, string> = {};
  if (!isTeamkitError(error)) return byKey;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const dot = path.indexOf('.');
    if (dot < 0) continue;
    const prefix = path.slice(0, dot);
    if (bag ? prefix !== bag : !bagNames.has(prefix)) continue;
    byKey[path.slice(dot + 1)] = message;
  }
  return byKey;
}
