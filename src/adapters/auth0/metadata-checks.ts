import type { Metadata } from '../../core/json.ts';

/** A bag from Auth0 as the kit's Metadata: an object of JSON values, or empty for anything else. */
export function bagOf(value: unknown): Record<string, Metadata[string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return { ...(value as Record<string, Metadata[string]>) };
}

/** `bag` without the `reserved` keys: what is left is free metadata. */
export function withoutKeys(
  bag: Record<string, Metadata[string]>,
  reserved: ReadonlyMap<string, string>,
): Metadata {
  return Object.fromEntries(Object.entries(bag).filter(([key]) => !reserved.has(key)));
}
