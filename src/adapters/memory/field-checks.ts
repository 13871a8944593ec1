import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { isPlainObject, type Metadata, type MetadataPatch } from '../../core/json.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import { isReservedKey } from '../../core/limits.ts';
import {
  applyMetadataPatch,
  describeMetadataIssue,
  isBagIssue,
  type MetadataRules,
  metadataToEntries,
  validateMetadataPatch,
} from '../../core/metadata.ts';
import { validateAttributeValue } from '../../core/validate-attribute.ts';

/** Field errors collected while checking one request, keyed by field path. */
export type FieldErrorBag = Record<string, string>;

/**
 * Checks a metadata patch as the backend would, writing one message per offending key into `errors`
 * under `<prefix>.<key>` (or `<prefix>` for the pair count or size). `rules.keyDeletion` false refuses
 * every `null`. Returns the patch when it is well-formed.
 */
export function checkMetadataPatch(
  current: Metadata,
  patch: unknown,
  limits: MetadataLimits,
  prefix: string,
  errors: FieldErrorBag,
  rules?: MetadataRules,
): MetadataPatch | null {
  if (!isPlainObject(patch)) {
    errors[prefix] = 'Send metadata as key/value pairs.';
    return null;
  }
  let wellFormed = true;
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value !== null && typeof value !== 'string') {
      errors[`${prefix}.${key}`] = 'Values must be text.';
      wellFormed = false;
    }
  }
  if (!wellFormed) return null;
  const typed = patch as MetadataPatch;
  const issues = validateMetadataPatch(current, typed, limits, rules);
  if (issues.length === 0) return typed;
  const entries = metadataToEntries(applyMetadataPatch(current, typed));
  for (const issue of issues) {
    const key = isBagIssue(issue)
      ? null
      : issue.code === 'key_reserved' || issue.code === 'key_not_deletable'
        ? issue.key
        : entries[issue.index]?.key;
    errors[key == null ? prefix : `${prefix}.${key}`] = describeMetadataIssue(issue);
  }
  return null;
}

/** Checks an external ID: trimmed, not empty, not too long. Returns it trimmed (or null to clear). */
export function checkExternalId(
  value: unknown,
  maxLength: number,
  errors: FieldErrorBag,
): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    errors.externalId = 'Enter an external ID, or clear the field to remove it.';
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > maxLength) {
    errors.externalId = `Use at most ${maxLength} characters for the external ID.`;
    return undefined;
  }
  return trimmed;
}

/** A definition used only to check an email address with the core's rules and wording. */
const emailDefinition: AttributeDefinition = {
  key: 'email',
  scope: 'standard',
  label: 'Email',
  type: 'email',
  required: true,
  order: 0,
  policy: { write: 'none', source: 'system' },
};

/** The address trimmed and lower-cased, or null with a message in `errors.email`. */
export function checkEmail(value: unknown, errors: FieldErrorBag): string | null {
  const result = validateAttributeValue(emailDefinition, value);
  if (!result.ok) {
    errors.email = result.message;
    return null;
  }
  return String(result.value).toLowerCase();
}

/** True for a record key the backend refuses (reserved, or not a string key of a plain object). */
export function isRefusedKey(key: string): boolean {
  return isReservedKey(key) || key.trim() === '';
}
