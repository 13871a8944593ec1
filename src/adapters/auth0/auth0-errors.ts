import { ManagementError, ManagementTimeoutError } from 'auth0';
import { TeamkitError, type TeamkitErrorCode, toTeamkitError } from '../../core/errors.ts';

/**
 * Auth0's error body (Management API v2): `{ statusCode, error, message, errorCode }`. Which field was
 * wrong is only in `message` ("… on property given_name"), so the adapter reads it from there.
 */
export interface Auth0ErrorBody {
  /** The HTTP status, repeated. */
  statusCode?: number;
  /** The status's reason phrase (`Bad Request`). */
  error?: string;
  /** A sentence in English, naming the property for payload errors. */
  message?: string;
  /** Auth0's own code (`invalid_body`, `inexistent_user`, `too_many_requests`, `insufficient_scope` …). */
  errorCode?: string;
}

/** What a failed call was, so one status can mean different things on different endpoints. */
export interface Auth0ErrorContext {
  /** What a 409 means here: a taken unique value (`conflict`, default) or an existing membership. */
  onConflict?: 'conflict' | 'already_member';
  /** The kit's field a 409 belongs to (`externalId` when the organization `name` holds it). */
  conflictField?: string;
  /** Auth0 property names as the kit's field keys, for this request (`name` → `externalId`). */
  properties?: Readonly<Record<string, string>>;
}

/** Auth0 property paths → the kit's field keys, where they differ. */
const propertyFields: Readonly<Record<string, string>> = {
  given_name: 'givenName',
  family_name: 'familyName',
  phone_number: 'phoneNumber',
  display_name: 'displayName',
  'invitee.email': 'email',
  user_metadata: 'userMetadata',
  app_metadata: 'appMetadata',
};

function fieldOf(property: string, context: Auth0ErrorContext): string {
  const mapped = context.properties?.[property] ?? propertyFields[property];
  if (mapped) return mapped;
  const bag = /^(user_metadata|app_metadata|metadata)\.(.+)$/.exec(property);
  if (bag) return `${bag[1] === 'metadata' ? 'metadata' : propertyFields[bag[1] ?? '']}.${bag[2]}`;
  return property;
}

/** The property a payload error names ("… on property given_name (The user's given name(s))."). */
function propertyOf(message: string): string | null {
  return /on property ([A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*)/.exec(message)?.[1] ?? null;
}

function codeFor(status: number, context: Auth0ErrorContext): TeamkitErrorCode {
  if (status === 400 || status === 422) return 'validation';
  // The adapter calls with its own machine-to-machine token: a refusal (a bad secret, a missing
  // scope) is the server's setup, never the person's session.
  if (status === 401 || status === 403) return 'misconfigured';
  if (status === 404) return 'not_found';
  if (status === 409) return context.onConflict ?? 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 501) return 'not_supported';
  if (status >= 502 && status <= 504) return 'unavailable';
  return 'unknown';
}

/**
 * How long to wait after a 429: `x-ratelimit-reset` is the epoch second the bucket refills (Auth0
 * sends it on every response); a standard `Retry-After` is read if a proxy adds one instead.
 */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  const reset = Number(headers?.get('x-ratelimit-reset') ?? Number.NaN);
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset * 1000 - now));
  const after = Number(headers?.get('retry-after') ?? Number.NaN);
  return Number.isFinite(after) && after >= 0 ? after * 1000 : undefined;
}

/** A typed error for an HTTP status and Auth0 error body, field messages kept where Auth0 names one. */
export function auth0HttpError(
  status: number,
  body: unknown,
  headers: Headers | undefined,
  context: Auth0ErrorContext = {},
  now: number = Date.now(),
): TeamkitError {
  const parsed: Auth0ErrorBody = typeof body === 'object' && body !== null ? (body as Auth0ErrorBody) : {};
  const code = codeFor(status, context);
  const message = typeof parsed.message === 'string' ? parsed.message : '';
  const fieldErrors: Record<string, string> = {};
  const property = code === 'validation' ? propertyOf(message) : null;
  if (property) fieldErrors[fieldOf(property, context)] = 'Auth0 did not accept this value.';
  if (code === 'conflict' && context.conflictField)
    fieldErrors[context.conflictField] = 'This value is already in use.';
  const cause = new Error(
    `Auth0 HTTP ${status}${parsed.errorCode ? ` ${parsed.errorCode}` : ''}${message ? `: ${message}` : ''}`,
  );
  const wait = code === 'rate_limited' ? retryAfterMs(headers, now) : undefined;
  const text =
    code === 'misconfigured'
      ? `Auth0 refused the server's own credentials (HTTP ${status}${parsed.errorCode ? `, ${parsed.errorCode}` : ''}).`
      : undefined;
  return new TeamkitError(code, text, {
    fieldErrors,
    cause,
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  });
}

/**
 * Any failure of an SDK call as a TeamkitError: the SDK's `ManagementError` by its status and body, a
 * timeout as `unavailable`, a transport failure as `network`. An aborted call rethrows the signal's
 * reason (the SDK reports an abort as a status-less error).
 */
export function auth0Error(
  error: unknown,
  context: Auth0ErrorContext = {},
  signal?: AbortSignal,
  now: number = Date.now(),
): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof TeamkitError) return error;
  if (error instanceof ManagementTimeoutError)
    return new TeamkitError('unavailable', undefined, { cause: error });
  if (error instanceof ManagementError) {
    if (error.statusCode === undefined) return new TeamkitError('network', undefined, { cause: error });
    return auth0HttpError(error.statusCode, error.body, error.rawResponse?.headers, context, now);
  }
  return toTeamkitError(error);
}
