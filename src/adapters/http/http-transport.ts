import {
  defaultErrorMessages,
  TeamkitError,
  type TeamkitErrorCode,
  toTeamkitError,
} from '../../core/errors.ts';

/** How a call may be repeated after a failure that may be passing. */
export type RetryPolicy =
  /** A read: repeated with backoff and jitter. */
  | 'read'
  /** A write the server recognises by its idempotency key: repeated like a read. */
  | 'idempotent'
  /** Any other write: never repeated, since the first attempt may have landed. */
  | 'never';

/** Settings of the transport, from `createHttpAdapter`'s options. */
export interface TransportOptions {
  /** The handler's URL (`/api/teamkit` or `https://app.example.com/api/teamkit`). */
  baseUrl: string;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Headers sent on every call (an auth header, a tenant hint), or a function returning them. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Whether cookies go along (default `same-origin`). */
  credentials?: RequestCredentials;
  /** How long one attempt may take, in ms (default 15 s). */
  timeoutMs?: number;
  /** How many times a retryable call is repeated (default 2). */
  retries?: number;
  /** The first backoff, in ms, doubled each attempt and jittered (default 300). */
  retryDelayMs?: number;
  /** The longest `Retry-After` worth waiting for inside one call, in ms (default 10 s); longer ones fail at once. */
  maxRetryAfterMs?: number;
}

/** One call: its method, path below `baseUrl`, query, JSON body, and caller's signal. */
export interface TransportCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  signal?: AbortSignal;
  retry: RetryPolicy;
}

const knownCodes: ReadonlySet<string> = new Set(Object.keys(defaultErrorMessages));

/** The code of an HTTP status when the body does not say (a proxy's page, an empty answer). */
function codeOfStatus(status: number): TeamkitErrorCode {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'validation';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'permission_denied';
  if (status === 404) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 501) return 'not_supported';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  return 'unknown';
}

/** `Retry-After` in ms: seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const unreadable = () =>
  new TeamkitError(
    'unavailable',
    'The server sent an answer that could not be read. Try again in a few minutes.',
  );

/** The TeamkitError a non-2xx response stands for, with the server's message and field messages. */
async function errorOf(response: Response): Promise<TeamkitError> {
  const retryAfterHeader = retryAfterOf(response);
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  const shaped = body as { code?: unknown; message?: unknown; fieldErrors?: unknown; retryAfterMs?: unknown };
  if (
    typeof shaped === 'object' &&
    shaped !== null &&
    typeof shaped.code === 'string' &&
    knownCodes.has(shaped.code)
  ) {
    const fieldErrors: Record<string, string> = {};
    if (typeof shaped.fieldErrors === 'object' && shaped.fieldErrors !== null) {
      for (const [field, message] of Object.entries(shaped.fieldErrors)) {
        if (typeof message === 'string') fieldErrors[field] = message;
      }
    }
    const retryAfterMs = typeof shaped.retryAfterMs === 'number' ? shaped.retryAfterMs : retryAfterHeader;
    return new TeamkitError(
      shaped.code as TeamkitErrorCode,
      typeof shaped.message === 'string' && shaped.message ? shaped.message : undefined,
      { fieldErrors, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    );
  }
  // Not our handler's answer (a proxy's HTML page, a load balancer): the status is all we know.
  return new TeamkitError(codeOfStatus(response.status), undefined, {
    ...(retryAfterHeader === undefined ? {} : { retryAfterMs: retryAfterHeader }),
  });
}

/** Waits `ms`, or rejects with the signal's reason when it is aborted first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The same failure, marked as the answer to `attempts` sendings. */
function retriedError(error: TeamkitError, attempts: number): TeamkitError {
  return new TeamkitError(error.code, error.message, {
    fieldErrors: error.fieldErrors,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    cause: error.cause,
    attempts,
  });
}

/** Sends calls to the handler: one attempt at a time, each bounded, reads retried, errors typed. */
export function createTransport(options: TransportOptions): (call: TransportCall) => Promise<unknown> {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 300;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;

  const attempt = async (call: TransportCall): Promise<unknown> => {
    const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
    headers.set('accept', 'application/json');
    if (call.method !== 'GET') headers.set('x-teamkit-request', '1');
    if (call.body !== undefined) headers.set('content-type', 'application/json');
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new TeamkitError('network', 'The server did not answer in time. Try again.')),
      timeoutMs,
    );
    const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
    const query = call.query?.toString();
    try {
      const response = await doFetch(`${base}${call.path}${query ? `?${query}` : ''}`, {
        method: call.method,
        headers,
        credentials: options.credentials ?? 'same-origin',
        signal,
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      });
      if (!response.ok) throw await errorOf(response);
      if (response.status === 204) return undefined;
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        throw unreadable();
      }
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.signal.aborted) throw timeout.signal.reason;
      throw toTeamkitError(error);
    } finally {
      clearTimeout(timer);
    }
  };

  return async (call) => {
    for (let tries = 0; ; tries += 1) {
      try {
        return await attempt(call);
      } catch (error) {
        if (!(error instanceof TeamkitError)) throw error;
        const final = call.retry === 'never' || tries >= retries || !error.retryable;
        const wait = error.retryAfterMs ?? Math.random() * retryDelayMs * 2 ** tries;
        // Said on the error, so the query client does not retry a read this transport retried already.
        if (final || wait > maxRetryAfterMs) throw tries === 0 ? error : retriedError(error, tries + 1);
        await sleep(wait, call.signal);
      }
    }
  };
}
