import type { TeamkitCapabilities } from '../../core/capabilities.ts';
import { TeamkitError } from '../../core/errors.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { FieldErrorBag } from './field-checks.ts';
import type { MemoryData } from './memory-data.ts';

/** What the backend's rules read and write: swapped wholesale by `reset()`. */
export interface BackendState {
  /** The data; replaced on reset, so always read it through the state. */
  data: MemoryData;
  /** The limits enforced. */
  limits: BackendLimits;
  /** What this backend declares it can do: the rules behave accordingly (search, totals, resend …). */
  capabilities: TeamkitCapabilities;
  /** Whether an invitation creates the invited user at once (Scalekit) or only an invitation (Auth0). */
  invitationsCreateUsers: boolean;
  /** The signed-in user's ID. */
  viewerId: string;
  /** The clock (ms since the epoch); `Date.now` so fake timers control it. */
  now(): number;
  /** Called after every change: saves when persisting. */
  commit(): void;
}

/** `record[key]` when it is the record's own (never a prototype's: keys come from callers). */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The backend's `not_found`, naming what was missing. */
export const notFound = (what: string) => new TeamkitError('not_found', `${what} was not found.`);

/** The backend's `permission_denied`, with a reason and field messages when there are some. */
export const denied = (message?: string, fieldErrors?: FieldErrorBag) =>
  new TeamkitError('permission_denied', message, fieldErrors ? { fieldErrors } : {});

/** The backend's `validation` when `errors` holds any message. */
export function throwIfInvalid(errors: FieldErrorBag): void {
  if (Object.keys(errors).length > 0)
    throw new TeamkitError('validation', undefined, { fieldErrors: errors });
}

/**
 * Refuses `null` values (key deletions) in metadata patches where the backend cannot delete a key
 * (`capabilities.metadata.keyDeletion` false, as Scalekit's maps without a field mask): `not_supported`,
 * with a message on each `<bag>.<key>`.
 */
export function refuseKeyDeletion(keyDeletion: boolean, bags: Readonly<Record<string, unknown>>): void {
  if (keyDeletion) return;
  const fieldErrors: FieldErrorBag = {};
  for (const [bag, patch] of Object.entries(bags)) {
    if (typeof patch !== 'object' || patch === null) continue;
    for (const [key, value] of Object.entries(patch)) {
      if (value === null)
        fieldErrors[`${bag}.${key}`] = 'This backend cannot delete a key; change its value instead.';
    }
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new TeamkitError('not_supported', 'This backend cannot delete metadata keys.', { fieldErrors });
}
