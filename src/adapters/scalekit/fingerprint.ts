import { createHash } from 'node:crypto';

/**
 * A version for a record that has none in Scalekit (no ETag, no If-Match): a hash over the fields the
 * kit edits, in a stable key order. Writes compare it with a fresh read before writing
 * (`check-then-write`): an edit landing between that read and the write is not detected.
 */
export function fingerprint(fields: unknown): string {
  return createHash('sha256').update(stableJson(fields)).digest('base64url').slice(0, 22);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
