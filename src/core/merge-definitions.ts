import type { AttributePolicy, AttributeScope, AttributeType } from './attribute-definition.ts';
import { isPlainObject } from './json.ts';
import type { LocalizedText } from './localized-text.ts';

/**
 * A definition (or the part of one) a host supplies, for what neither Scalekit nor Auth0 stores:
 * options, constraints, groups, order, write policy, and texts in several languages. Matched to the
 * backend's definition by `key`; every field given here wins over the backend's.
 */
export interface HostAttributeDefinition {
  /** The attribute key it describes or refines. */
  key: string;
  /** Where the value lives; a backend's (or the key's) scope otherwise. */
  scope?: AttributeScope;
  /** The label, in one or several languages. */
  label?: LocalizedText;
  /** The kind of field. */
  type?: AttributeType;
  /** Whether a value is required. */
  required?: boolean;
  /** Help shown under the field, in one or several languages. */
  helpText?: LocalizedText | null;
  /** Example shown inside an empty field, in one or several languages. */
  placeholder?: LocalizedText | null;
  /** Choices of a select, with labels in one or several languages. */
  options?: readonly { value: string; label: LocalizedText }[];
  /** Smallest number, or fewest choices. */
  min?: number | null;
  /** Largest number, or most choices. */
  max?: number | null;
  /** Earliest date, `YYYY-MM-DD`. */
  earliest?: string | null;
  /** Latest date, `YYYY-MM-DD`. */
  latest?: string | null;
  /** Fewest characters. */
  minLength?: number | null;
  /** Most characters. */
  maxLength?: number | null;
  /** A regular expression the whole value must match. */
  pattern?: string | null;
  /** What to say when the pattern does not match, in one or several languages. */
  patternMessage?: LocalizedText | null;
  /** The group (section) it belongs to: a stable name, also the key of ProfileEditor's `groupContent`. */
  group?: string | null;
  /** The group's heading, in one or several languages (the group's name when absent). */
  groupLabel?: LocalizedText | null;
  /** Position within its group. */
  order?: number;
  /** Who may write it and where its value comes from; merged field by field over the backend's. */
  policy?: Partial<Omit<AttributePolicy, 'readOnlyReason'>> & { readOnlyReason?: LocalizedText | null };
}

/**
 * Merges a host's definitions over a backend's, by key: a host field refines the backend's definition
 * of the same key (its `policy` merged field by field), backend-only definitions stay as they are,
 * host-only ones are added after them. Nothing is checked here: the result still goes through
 * localization and `sanitizeAttributeDefinitions`, so anything malformed on either side degrades there.
 * A backend that sent no list (Auth0 has no definitions endpoint) counts as an empty one.
 */
export function mergeAttributeDefinitions(
  backend: unknown,
  host: readonly HostAttributeDefinition[] | null | undefined,
): unknown[] {
  const base: unknown[] = Array.isArray(backend) ? backend : [];
  if (!host || !Array.isArray(host) || host.length === 0) return base;
  const byKey = new Map<string, Record<string, unknown>>();
  for (const refinement of host as readonly unknown[]) {
    if (!isPlainObject(refinement) || typeof refinement.key !== 'string') continue;
    const key = refinement.key.trim();
    if (key === '') continue;
    // Two host entries for one key: the later refines the earlier.
    byKey.set(key, merged(byKey.get(key), refinement));
  }
  const used = new Set<string>();
  const result = base.map((item) => {
    if (!isPlainObject(item) || typeof item.key !== 'string') return item;
    const refinement = byKey.get(item.key.trim());
    if (!refinement || used.has(item.key.trim())) return item;
    used.add(item.key.trim());
    return merged(item, refinement);
  });
  for (const [key, refinement] of byKey) {
    if (!used.has(key)) result.push(refinement);
  }
  return result;
}

/** `over` laid over `under`, with `policy` merged one level deeper. */
function merged(
  under: Record<string, unknown> | undefined,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...under };
  for (const [field, value] of Object.entries(over)) {
    // The backend's key stays as it was sent (the host's matched it once trimmed).
    if (value === undefined || (field === 'key' && under)) continue;
    result[field] =
      field === 'policy' && isPlainObject(value) && isPlainObject(result.policy)
        ? { ...result.policy, ...value }
        : value;
  }
  return result;
}
