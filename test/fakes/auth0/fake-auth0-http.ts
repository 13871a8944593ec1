/**
 * The request plumbing of the fake Auth0: one parsed request, Auth0's error shape, and the checks
 * every route makes (query parameters and body fields it understands, paging numbers). A request the
 * fake does not understand is answered as Auth0 answers it: 400 with `errorCode`.
 */
import type { Auth0ErrorBody } from './fake-auth0-wire.ts';

/** A request as a route sees it. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Path parameters, by name. */
  params: Record<string, string>;
}

/** A route's answer. */
export interface FakeResponse {
  status: number;
  body?: unknown;
}

/** Thrown by a route to answer with Auth0's error body. */
export class Auth0Failure extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string | undefined,
    message: string,
  ) {
    super(message);
  }

  /** Auth0's JSON error body. */
  toBody(): Auth0ErrorBody {
    return {
      statusCode: this.status,
      error: reasonPhrases[this.status] ?? 'Error',
      message: this.message,
      ...(this.errorCode ? { errorCode: this.errorCode } : {}),
    };
  }
}

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A 400 for a payload Auth0 would refuse, in its words. */
export function invalidBody(message: string): Auth0Failure {
  return new Auth0Failure(400, 'invalid_body', `Payload validation error: '${message}'.`);
}

/** A 400 for a query string Auth0 would refuse. */
export function invalidQuery(message: string): Auth0Failure {
  return new Auth0Failure(400, 'invalid_query_string', `Query validation error: '${message}'.`);
}

/** A 404 with Auth0's wording for a missing resource. */
export function notFound(what: string): Auth0Failure {
  return new Auth0Failure(404, 'inexistent_resource', `The ${what} does not exist.`);
}

/** Refuses query parameters the route does not take (Auth0: "Additional properties not allowed"). */
export function checkQuery(request: FakeRequest, allowed: readonly string[]): void {
  for (const key of request.query.keys()) {
    if (!allowed.includes(key)) throw invalidQuery(`Additional properties not allowed: ${key}`);
  }
}

/** The body as an object whose keys are all in `allowed`, with `required` present. */
export function checkBody(
  request: FakeRequest,
  allowed: readonly string[],
  required: readonly string[] = [],
): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBody(
      `Expected type object but found type ${body === undefined ? 'undefined' : typeof body}`,
    );
  }
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw invalidBody(`Additional properties not allowed: ${key}`);
  }
  for (const key of required) {
    if (!(key in body)) throw invalidBody(`Missing required property: ${key}`);
  }
  return body as Record<string, unknown>;
}

/** A non-negative integer query parameter, or the default; anything else is Auth0's 400. */
export function intParam(request: FakeRequest, name: string, fallback: number, max?: number): number {
  const raw = request.query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw invalidQuery(`Expected type integer but found type string on property ${name}`);
  }
  if (max !== undefined && value > max)
    throw invalidQuery(`Value ${value} is greater than maximum ${max} on property ${name}`);
  return value;
}

/** A boolean query parameter (`true`/`false`), or the default. */
export function boolParam(request: FakeRequest, name: string, fallback: boolean): boolean {
  const raw = request.query.get(name);
  if (raw === null) return fallback;
  if (raw !== 'true' && raw !== 'false') {
    throw invalidQuery(`Expected type boolean but found type string on property ${name}`);
  }
  return raw === 'true';
}

/** Keys Auth0 refuses in metadata: it reads `.` and `$` as paths and operators. */
export function checkMetadataKeys(bag: unknown, property: string): void {
  if (typeof bag !== 'object' || bag === null || Array.isArray(bag)) {
    throw invalidBody(
      `Expected type object but found type ${Array.isArray(bag) ? 'array' : typeof bag} on property ${property}`,
    );
  }
  for (const key of Object.keys(bag)) {
    if (key.includes('.') || key.includes('$')) {
      throw invalidBody(
        `Invalid key ${JSON.stringify(key)} on property ${property}: it must not contain '.' or '$'`,
      );
    }
  }
}

/** One page of `items` by Auth0's offset paging (`page`, `per_page`). */
export function offsetPage<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice(page * perPage, page * perPage + perPage);
}

/** A checkpoint (`from`) as the fake writes it: opaque to the client. */
export function encodeCheckpoint(index: number): string {
  return Buffer.from(`cp:${index}`).toString('base64url');
}

/** The index a checkpoint stands for; a checkpoint the fake did not write is Auth0's 400. */
export function decodeCheckpoint(from: string | null): number {
  if (from === null || from === '') return 0;
  const match = /^cp:(\d+)$/.exec(Buffer.from(from, 'base64url').toString());
  if (!match) throw invalidQuery('Invalid value for property from');
  return Number(match[1]);
}
