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
