import { ManagementClient } from 'auth0';
import { isTeamkitError } from '../../core/errors.ts';
import { type Auth0ErrorContext, auth0Error } from './auth0-errors.ts';
import { type Auth0Credentials, createAuth0TokenSource } from './token.ts';

/** Per-request options the SDK's methods take. */
export interface Auth0RequestOptions {
  abortSignal?: AbortSignal;
  maxRetries: number;
}

/** The SDK client with the adapter's error handling around each call. */
export interface Auth0Api {
  client: ManagementClient;
  /**
   * Runs one SDK call and returns its result, or throws a TeamkitError. With the adapter's own
   * credentials, a 401 (a token revoked before its expiry) fetches a new token and tries once more;
   * a second refusal is `misconfigured`.
   */
  call<T>(
    run: (options: Auth0RequestOptions) => Promise<T>,
    context?: Auth0ErrorContext,
    signal?: AbortSignal,
  ): Promise<T>;
}

/** How the adapter reaches Auth0: its own credentials, or a ManagementClient the host already has. */
export type Auth0Connection =
  | (Auth0Credentials & { client?: undefined })
  | { client: ManagementClient; domain?: string; clientId?: string; clientSecret?: string };

/** Options of the API layer. */
export interface Auth0ApiOptions {
  /** The fetch to use (tests route `https://{domain}` to a fake on 127.0.0.1); the global one by default. */
  fetch?: typeof fetch;
  now?: () => number;
  tokenRefreshMarginMs?: number;
  /**
   * How often the SDK retries a 429 or 5xx by itself (default 0): a rate limit is reported as
   * `rate_limited` with `retryAfterMs`, so the caller decides, rather than holding a request open.
   */
  maxRetries?: number;
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null
    ? (error as { statusCode?: number }).statusCode
    : undefined;
}

/** The SDK client, built from the adapter's credentials (tokens cached by the adapter) or the host's. */
export function createAuth0Api(connection: Auth0Connection, options: Auth0ApiOptions = {}): Auth0Api {
  const maxRetries = options.maxRetries ?? 0;
  const clock = options.now ?? Date.now;
  if (connection.client) {
    const client = connection.client;
    return {
      client,
      async call(run, context, signal) {
        try {
          return await run({ maxRetries, ...(signal ? { abortSignal: signal } : {}) });
        } catch (error) {
          throw auth0Error(error, context, signal, clock());
        }
      },
    };
  }
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const tokens = createAuth0TokenSource(connection, {
    fetch: fetchFn,
    ...(options.now ? { now: options.now } : {}),
    ...(options.tokenRefreshMarginMs === undefined ? {} : { refreshMarginMs: options.tokenRefreshMarginMs }),
  });
  const client = new ManagementClient({
    domain: connection.domain,
    token: () => tokens.get(),
    fetch: fetchFn,
    maxRetries,
    // No telemetry header: the kit does not report itself to Auth0 on the host's behalf.
    telemetry: false,
  });
  return {
    client,
    async call(run, context, signal) {
      const requestOptions = { maxRetries, ...(signal ? { abortSignal: signal } : {}) };
      for (let attempt = 0; ; attempt += 1) {
        let token: string;
        try {
          token = await tokens.get();
        } catch (error) {
          throw auth0Error(error, context, signal, clock());
        }
        try {
          return await run(requestOptions);
        } catch (error) {
          if (attempt === 0 && !isTeamkitError(error) && statusOf(error) === 401 && !signal?.aborted) {
            tokens.invalidate(token);
            continue;
          }
          throw auth0Error(error, context, signal, clock());
        }
      }
    },
  };
}
