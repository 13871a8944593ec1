/**
 * Every way a backend call can fail, as a stable code a host can switch on. `not_supported`: the
 * backend cannot do this at all (its capabilities do not declare it). `misconfigured`: the server's
 * own credentials for the identity platform were refused (a setup problem, unlike `unauthenticated`,
 * which means the person's session ended). `cancelled`: the host's own `before` hook stopped the change
 * before anything was sent (its message is the host's words; see `errorSentence`).
 */
export type TeamkitErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'permission_denied'
  | 'already_member'
  | 'rate_limited'
  | 'network'
  | 'unavailable'
  | 'unauthenticated'
  | 'not_supported'
  | 'misconfigured'
  | 'cancelled'
  | 'unknown';

/** Per-field messages of a validation failure, keyed by the field's path (`givenName`, `metadata.plan`). */
export type FieldErrors = Readonly<Record<string, string>>;

/** What a TeamkitError carries besides its code and message. */
export interface TeamkitErrorDetails {
  /** Per-field messages, for `validation` (and `conflict` on a unique field such as an external ID). */
  fieldErrors?: FieldErrors;
  /** For `rate_limited`: how long to wait before trying again, in milliseconds. */
  retryAfterMs?: number;
  /** The error a backend or transport threw, kept for debugging. */
  cause?: unknown;
  /** How many times the request was sent before this answer (a transport that retries says so). */
  attempts?: number;
}

/** The default message for each code: a sentence a person can act on. Components localize by code. */
export const defaultErrorMessages: Readonly<Record<TeamkitErrorCode, string>> = {
  validation: 'Some fields need attention. Check the highlighted fields and try again.',
  not_found: 'We could not find that. It may have been removed; refresh to see the current list.',
  conflict: 'This changed somewhere else since you opened it. Review the latest version, then save again.',
  permission_denied: 'You do not have permission to do this. Ask an administrator of your organization.',
  already_member: 'This person is already a member of the organization or has a pending invitation.',
  rate_limited: 'Too many requests in a short time. Wait a moment and try again.',
  network: 'We could not reach the server. Check your connection and try again.',
  unavailable: 'The service is temporarily unavailable. Try again in a few minutes.',
  unauthenticated: 'Your session has ended. Sign in again to continue.',
  not_supported: 'This identity backend cannot do that. Ask your administrator if you need it.',
  misconfigured:
    'The server could not sign in to the identity service. This is a setup problem on our side, not your session; contact support.',
  cancelled: 'Nothing was sent: this app stopped the change.',
  unknown: 'Something went wrong on our side. Try again; if it keeps happening, contact support.',
};

/** Codes where the same request may succeed if sent again unchanged. */
const retryableCodes: ReadonlySet<TeamkitErrorCode> = new Set([
  'network',
  'unavailable',
  'rate_limited',
  'unknown',
]);

/**
 * Whether a request refused with `code` may succeed if sent again unchanged: a person is offered
 * "Try again" only then. Never for `permission_denied`, `validation` or `not_found`, where the same
 * request meets the same answer.
 */
export function isRetryableCode(code: TeamkitErrorCode): boolean {
  return retryableCodes.has(code);
}

/** The one error type every adapter rejects with, so hooks and components can handle failures by code. */
export class TeamkitError extends Error {
  /** Stable code; switch on this, not on the message. */
  readonly code: TeamkitErrorCode;
  /** Per-field messages, when the failure belongs to fields. */
  readonly fieldErrors: FieldErrors;
  /** For `rate_limited`: milliseconds to wait before a retry. */
  readonly retryAfterMs: number | undefined;
  /** How many times the request was sent: above 1, the adapter retried already and nobody should again. */
  readonly attempts: number;

  constructor(code: TeamkitErrorCode, message?: string, details: TeamkitErrorDetails = {}) {
    super(
      message ?? defaultErrorMessages[code],
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = 'TeamkitError';
    this.code = code;
    this.fieldErrors = Object.freeze({ ...(details.fieldErrors ?? {}) });
    this.retryAfterMs = details.retryAfterMs;
    this.attempts = details.attempts ?? 1;
  }

  /** Whether sending the same request again may succeed. */
  get retryable(): boolean {
    return isRetryableCode(this.code);
  }

  /** A plain, serializable form (for a server handler's JSON body or a log line). */
  toJSON(): { code: TeamkitErrorCode; message: string; fieldErrors: FieldErrors; retryAfterMs?: number } {
    return {
      code: this.code,
      message: this.message,
      fieldErrors: this.fieldErrors,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

/** True when `error` is a TeamkitError (also across bundle copies, by shape). */
export function isTeamkitError(error: unknown): error is TeamkitError {
  if (error instanceof TeamkitError) return true;
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'TeamkitError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * Turns anything thrown into a TeamkitError: a fetch TypeError becomes `network`, an abort stays an
 * abort (rethrown by callers), anything else `unknown` with the original kept as `cause`.
 */
export function toTeamkitError(error: unknown): TeamkitError {
  if (isTeamkitError(error)) return error;
  // Chromium "Failed to fetch", Firefox "NetworkError…", Node "fetch failed", Safari "Load failed".
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) {
    return new TeamkitError('network', undefined, { cause: error });
  }
  return new TeamkitError('unknown', undefined, { cause: error });
}

/**
 * The sentence to show for a failure: the host's own words for a cancel that came with some, else the
 * catalogue's sentence for the code (`texts`: the locale's `common.errors`).
 */
export function errorSentence(error: unknown, texts: Readonly<Record<TeamkitErrorCode, string>>): string {
  const { code, message } = toTeamkitError(error);
  return code === 'cancelled' && message !== defaultErrorMessages.cancelled ? message : texts[code];
}

/** A validation failure with one message per field. */
export function validationError(fieldErrors: FieldErrors, message?: string): TeamkitError {
  return new TeamkitError('validation', message, { fieldErrors });
}
