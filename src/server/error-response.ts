import {
  defaultErrorMessages,
  type TeamkitError,
  type TeamkitErrorCode,
  toTeamkitError,
} from '../core/errors.ts';

/** The HTTP status of each error code; the HTTP adapter maps them back (and reads `code` first). */
export const statusOfCode: Readonly<Record<TeamkitErrorCode, number>> = {
  validation: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  conflict: 409,
  cancelled: 409,
  already_member: 409,
  rate_limited: 429,
  unknown: 500,
  misconfigured: 500,
  not_supported: 501,
  network: 502,
  unavailable: 503,
};

/**
 * Codes whose message is about the person's own request and safe to pass on. For the others (an
 * outage, a refused server credential, a crash) the adapter's message may quote a vendor's body, so
 * the person gets the kit's default sentence instead.
 */
const personalCodes: ReadonlySet<TeamkitErrorCode> = new Set([
  'validation',
  'not_found',
  'conflict',
  'permission_denied',
  'already_member',
  'rate_limited',
  'not_supported',
  'cancelled',
]);

/** The JSON body of every error response: a code, a sentence a person can act on, field messages. */
export interface ErrorBody {
  /** The TeamkitError code. */
  code: TeamkitErrorCode;
  /** What went wrong and what to do, in words. */
  message: string;
  /** Per-field messages, keyed by field path. */
  fieldErrors: Record<string, string>;
  /** For `rate_limited`: how long to wait, in milliseconds. */
  retryAfterMs?: number;
}

/** Text that looks like a credential (a bearer token, a JWT, a vendor key, a secret named as such). */
const credentialLike =
  /bearer\s+\S|eyJ[\w-]{8,}\.[\w-]{8,}\.|\b(sk|pk|rk)_(live|test)_\w|client_secret|access_token|api[_-]?key|password=/i;

/**
 * Field messages a person may see: only for their own request's failures (an outage has no field to
 * blame), and none that looks like a credential. A backend's field message is its own text, which may
 * echo what the server sent it; such a message is replaced by a neutral one.
 */
function safeFieldErrors(error: TeamkitError): Record<string, string> {
  if (!personalCodes.has(error.code)) return {};
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    fieldErrors[field] = credentialLike.test(message) ? 'The service did not accept this value.' : message;
  }
  return fieldErrors;
}

/** The body of an error: never a stack, a cause, a vendor body or a token. */
export function errorBody(error: TeamkitError): ErrorBody {
  return {
    code: error.code,
    message: personalCodes.has(error.code) ? error.message : defaultErrorMessages[error.code],
    fieldErrors: safeFieldErrors(error),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  };
}

/** A JSON response; no caching, since every answer depends on who asks. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** The response for anything thrown while serving a request. */
export function errorResponse(thrown: unknown): Response {
  const error = toTeamkitError(thrown);
  const headers: Record<string, string> =
    error.retryAfterMs === undefined ? {} : { 'retry-after': String(Math.ceil(error.retryAfterMs / 1000)) };
  return jsonResponse(statusOfCode[error.code], errorBody(error), headers);
}
