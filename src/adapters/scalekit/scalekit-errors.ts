import { TeamkitError, type TeamkitErrorCode } from '../../core/errors.ts';
import { userBagPrefix } from './user-metadata.ts';

/**
 * Scalekit's error body: grpc-gateway's `google.rpc.Status` JSON, `{code, message, details[ErrorInfo]}`
 * (scalekit-api.md §7). The OpenAPI document types 4xx bodies as a bare `errdetailsErrorInfo`, which
 * is not what Scalekit sends; both shapes are read.
 */
export interface ScalekitErrorBody {
  /** The gRPC status number (3 INVALID_ARGUMENT, 5 NOT_FOUND, 6 ALREADY_EXISTS …). */
  code?: number;
  /** A sentence from Scalekit, in English. */
  message?: string;
  /** ErrorInfo entries: `error_code` and, for validation, the fields that failed. */
  details?: ScalekitErrorInfo[];
}

/** One `scalekit.v1.errdetails.ErrorInfo`, as far as the adapter reads it. */
export interface ScalekitErrorInfo {
  /** Scalekit's own code (`INVALID_ARGUMENT`, `RATE_LIMITED` …). */
  error_code?: string;
  /** The fields that failed buf.validate, each with a description. */
  validation_error_info?: {
    field_violations?: { field?: string; description?: string; constraint?: string }[];
  };
}

/** What a failed call was, so one HTTP status can mean different things on different endpoints. */
export interface ErrorContext {
  /** What a 409 means here: an existing membership (`already_member`) or a taken unique value (`conflict`). */
  onConflict?: 'already_member' | 'conflict';
  /** The Teamkit field a 409 belongs to (`externalId`), when the request set a unique field. */
  conflictField?: string;
  /** The bag user-level `metadata` maps to: `appMetadata` for users, `metadata` for organizations and memberships. */
  metadataField?: 'appMetadata' | 'metadata';
}

const standardProfileFields: Readonly<Record<string, string>> = {
  given_name: 'givenName',
  family_name: 'familyName',
  first_name: 'givenName',
  last_name: 'familyName',
  name: 'name',
  locale: 'locale',
  phone_number: 'phoneNumber',
  picture: 'picture',
};

/**
 * Turns a buf.validate field path into the kit's field key: `user.user_profile.custom_attributes["zip"]`
 * → `zip`, `user.metadata["plan"]` → `appMetadata.plan` (`["u:plan"]` → `userMetadata.plan`), `organization.display_name` → `displayName`,
 * `membership.roles[0].name` → `roles`. A path the kit has no name for is kept as Scalekit sent it.
 */
export function teamkitFieldOf(scalekitField: string, context: ErrorContext = {}): string {
  const bag = context.metadataField ?? 'metadata';
  // Keys of maps come as `map["key"]` (protovalidate) or `map.key`; the wrapping message name goes first.
  const path = scalekitField.replace(/^(user|organization|membership)\./, '');
  const mapEntry = /^(?:(user_profile)\.)?(custom_attributes|metadata)(?:\["([^"]*)"\]|\.(.+))?$/.exec(path);
  if (mapEntry) {
    const [, profile, map, quotedKey, dottedKey] = mapEntry;
    const key = quotedKey ?? dottedKey;
    if (map === 'custom_attributes') return key ?? 'customAttributes';
    // `user_profile.metadata` is the identity provider's map, which the kit never writes: no kit field.
    if (profile) return scalekitField;
    // A user's one `metadata` map holds both bags, the user-owned keys prefixed (user-metadata.ts).
    if (bag === 'appMetadata' && key?.startsWith(userBagPrefix)) {
      return `userMetadata.${key.slice(userBagPrefix.length)}`;
    }
    return key === undefined ? bag : `${bag}.${key}`;
  }
  if (path.startsWith('user_profile.')) {
    const name = path.slice('user_profile.'.length);
    return standardProfileFields[name] ?? name;
  }
  if (/^roles(\[|\.|$)/.test(path)) return 'roles';
  const direct: Record<string, string> = {
    email: 'email',
    external_id: 'externalId',
    display_name: 'displayName',
    inviter_email: 'inviterEmail',
    query: 'search',
    page_token: 'cursor',
    page_size: 'limit',
  };
  return direct[path] ?? scalekitField;
}

/** Per-field messages from a Scalekit error body, keyed by the kit's field names. */
export function fieldErrorsOf(body: ScalekitErrorBody, context: ErrorContext = {}): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of body.details ?? []) {
    for (const violation of detail.validation_error_info?.field_violations ?? []) {
      if (!violation.field) continue;
      const field = teamkitFieldOf(violation.field, context);
      errors[field] ??= violation.description || 'Scalekit did not accept this value.';
    }
  }
  return errors;
}

function codeForStatus(status: number, context: ErrorContext): TeamkitErrorCode {
  if (status === 400 || status === 422) return 'validation';
  // The adapter calls Scalekit with its own M2M token: a refusal is a setup problem, not a session.
  if (status === 401 || status === 403) return 'misconfigured';
  if (status === 404) return 'not_found';
  if (status === 409) return context.onConflict ?? 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 501) return 'not_supported';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return 'unknown';
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  // Scalekit documents no reset header for 429; honour a standard Retry-After if a proxy adds one.
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** A typed error for a Scalekit response that failed: the code by status and endpoint, field messages kept. */
export function scalekitError(
  status: number,
  body: unknown,
  context: ErrorContext = {},
  headers?: Headers,
): TeamkitError {
  const parsed: ScalekitErrorBody =
    typeof body === 'object' && body !== null ? (body as ScalekitErrorBody) : {};
  // The document's shape (a bare ErrorInfo at the top level) is read too, in case a route answers so.
  const details: ScalekitErrorInfo[] =
    parsed.details ?? ('error_code' in parsed ? [parsed as ScalekitErrorInfo] : []);
  const normalized: ScalekitErrorBody = { ...parsed, details };
  const code = codeForStatus(status, context);
  const fieldErrors = fieldErrorsOf(normalized, context);
  if (code === 'conflict' && context.conflictField && Object.keys(fieldErrors).length === 0) {
    fieldErrors[context.conflictField] = parsed.message || 'This value is already in use.';
  }
  const errorCode = details.find((detail) => detail.error_code)?.error_code;
  const cause = new Error(
    `Scalekit HTTP ${status}${errorCode ? ` ${errorCode}` : ''}${parsed.message ? `: ${parsed.message}` : ''}`,
  );
  const retry = code === 'rate_limited' ? retryAfterMs(headers) : undefined;
  return new TeamkitError(code, undefined, {
    fieldErrors,
    cause,
    ...(retry === undefined ? {} : { retryAfterMs: retry }),
  });
}
