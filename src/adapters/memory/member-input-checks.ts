import type { Role } from '../../core/role.ts';
import type { FieldErrorBag } from './field-checks.ts';

const nameMaxLength = 255;

/** A name given with an invitation, trimmed, or null when absent; a message in `errors` when not text or too long. */
export function checkName(value: unknown, field: string, errors: FieldErrorBag): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors[field] = 'Enter text.';
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > nameMaxLength) errors[field] = `Use at most ${nameMaxLength} characters.`;
  return trimmed || null;
}

/** Role names, each one of `known`, without repeats; null and a message under `roles` otherwise. */
export function checkRoles(known: readonly Role[], value: unknown, errors: FieldErrorBag): string[] | null {
  if (!Array.isArray(value) || value.some((role) => typeof role !== 'string')) {
    errors.roles = 'Choose roles from the list.';
    return null;
  }
  const unknown = value.filter((name) => !known.some((role) => role.name === name));
  if (unknown.length > 0) {
    errors.roles = `There is no role named ${unknown.map((name) => `“${name}”`).join(', ')}.`;
    return null;
  }
  return [...new Set(value as string[])];
}
