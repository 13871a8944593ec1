import { isReservedKey } from './limits.ts';

/**
 * The rule for a custom attribute's key, stated once for every layer: Scalekit's `UserAttribute.key`
 * (3–25 characters, `^[a-zA-Z][a-zA-Z0-9\-_]+$`, scalekit-api.md §3), the strictest backend the kit
 * serves, so a key made here is accepted wherever definitions end up. Keys are compared without case:
 * `Cost_center` next to `cost_center` would be two fields a person cannot tell apart.
 */
export const customAttributeKeyRule = {
  /** Fewest characters. */
  minLength: 3,
  /** Most characters. */
  maxLength: 25,
  /** A letter first, then letters, digits, `-` or `_`. */
  pattern: /^[a-zA-Z][a-zA-Z0-9_-]+$/,
} as const;

/** The rule for a definition's label (Scalekit's `UserAttribute.label`: 3–250 characters). */
export const attributeLabelRule = { minLength: 3, maxLength: 250 } as const;

/** What is wrong with a proposed key, as a code a component words in its own language. */
export type CustomAttributeKeyIssue =
  | 'too_short'
  | 'too_long'
  | 'first_letter'
  | 'characters'
  | 'reserved'
  | 'taken';

/** What is wrong with `key` as a new custom attribute's key, or null when nothing is. */
export function customAttributeKeyIssue(
  key: string,
  takenKeys: Iterable<string> = [],
): CustomAttributeKeyIssue | null {
  const { minLength, maxLength, pattern } = customAttributeKeyRule;
  if (key.length < minLength) return 'too_short';
  if (key.length > maxLength) return 'too_long';
  if (!/^[a-zA-Z]/.test(key)) return 'first_letter';
  if (!pattern.test(key)) return 'characters';
  if (isReservedKey(key)) return 'reserved';
  const lower = key.toLowerCase();
  for (const taken of takenKeys) if (taken.toLowerCase() === lower) return 'taken';
  return null;
}

const keyIssueWords: Record<CustomAttributeKeyIssue, string> = {
  too_short: `Use at least ${customAttributeKeyRule.minLength} characters for the key.`,
  too_long: `Use at most ${customAttributeKeyRule.maxLength} characters for the key.`,
  first_letter: 'Start the key with a letter.',
  characters: 'Use only letters, digits, “-” and “_” in the key.',
  reserved: 'This key is reserved; choose another.',
  taken: 'Another field already uses this key.',
};

/** Why `key` cannot name a new custom attribute (in English, for the field), or null when it can. */
export function customAttributeKeyProblem(key: string, takenKeys: Iterable<string> = []): string | null {
  const issue = customAttributeKeyIssue(key, takenKeys);
  return issue && keyIssueWords[issue];
}

/** Why `label` cannot be a definition's label, or null when it can. */
export function attributeLabelProblem(label: string): string | null {
  const length = label.trim().length;
  if (length === 0) return 'Enter a display name.';
  if (length < attributeLabelRule.minLength)
    return `Use at least ${attributeLabelRule.minLength} characters for the display name.`;
  if (length > attributeLabelRule.maxLength)
    return `Use at most ${attributeLabelRule.maxLength} characters for the display name.`;
  return null;
}

/**
 * A key derived from a display name (“Cost center” → `cost_center`): accents dropped, anything
 * outside the rule turned into `_`, lower case, a letter first, cut to the longest key, padded to the
 * shortest, and made unique against `takenKeys` with a numeric suffix. Always satisfies the rule; the
 * person may still edit it before saving.
 */
export function deriveAttributeKey(displayName: string, takenKeys: Iterable<string> = []): string {
  const { minLength, maxLength } = customAttributeKeyRule;
  let base = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(base)) base = base === '' ? 'attribute' : `a_${base}`;
  base = base.slice(0, maxLength).replace(/_+$/, '');
  while (base.length < minLength) base += '_x';
  base = base.slice(0, maxLength);
  const taken = new Set([...takenKeys].map((key) => key.toLowerCase()));
  if (!taken.has(base) && !isReservedKey(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const tail = `_${suffix}`;
    const candidate = `${base.slice(0, maxLength - tail.length)}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}
