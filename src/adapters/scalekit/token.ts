import { TeamkitError } from '../../core/errors.ts';

/** The adapter's own credentials for one Scalekit environment (Dashboard > Developers > API credentials). */
export interface ScalekitCredentials {
  /** The environment's base URL, such as `https://acme.scalekit.dev` (no trailing path). */
  environmentUrl: string;
  /** The API client's ID. */
  clientId: string;
  /** The API client's secret: sent only to `/oauth/token`, never logged, never put in an error. */
  clientSecret: string;
}

/** Hands out a client-credentials access token, fetched once and reused until shortly before it expires. */
export interface TokenSource {
  /** A token valid for at least the refresh margin; fetches a new one when needed. */
  get(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` (Scalekit refused it), so the next `get` fetches a fresh one. */
  invalidate(token: string): void;
}

/** How the token source reaches Scalekit and tells the time. */
export interface TokenSourceOptions {
  /** The fetch to use (tests route it to the fake Scalekit). */
  fetch: typeof fetch;
  /** The clock, in epoch milliseconds. */
  now?: () => number;
  /** How long before its expiry a token is replaced, in ms: a call never starts on a token about to lapse. */
  refreshMarginMs?: number;
}

/** Scalekit's token response (OAuth 2.0 client credentials: RFC 6749 §4.4.3, §5.1). */
interface TokenResponse {
  access_token?: unknown;
  expires_in?: unknown;
}

/**
 * Client credentials against `POST {environmentUrl}/oauth/token` (form-encoded `client_id`,
 * `client_secret`, `grant_type=client_credentials`; scalekit-api.md §1). Concurrent callers share one
 * request. A refused secret is `misconfigured`: it is the server's setup, not anyone's session.
 */
export function createTokenSource(
  credentials: ScalekitCredentials,
  options: TokenSourceOptions,
): TokenSource {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const tokenUrl = `${credentials.environmentUrl.replace(/\/+$/, '')}/oauth/token`;
  let cached: { token: string; refreshAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: 'client_credentials',
    });
    let response: Response;
    try {
      response = await options.fetch(tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: body.toString(),
      });
    } catch (error) {
      // The cause is the transport's error only: it never holds the request body with the secret.
      throw new TeamkitError('network', undefined, { cause: error });
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw new TeamkitError(
        'misconfigured',
        `Scalekit refused the client credentials (HTTP ${response.status} from /oauth/token).`,
      );
    }
    if (response.status === 429) throw new TeamkitError('rate_limited');
    if (!response.ok) {
      throw new TeamkitError(response.status >= 500 ? 'unavailable' : 'unknown', undefined, {
        cause: new Error(`HTTP ${response.status} from /oauth/token`),
      });
    }
    const payload = (await response.json().catch(() => ({}))) as TokenResponse;
    if (typeof payload.access_token !== 'string' || payload.access_token === '') {
      throw new TeamkitError('unknown', 'Scalekit answered /oauth/token without an access token.');
    }
    // Scalekit says 86399 s; a response without a lifetime is used once and fetched again next time.
    const lifetimeMs = typeof payload.expires_in === 'number' ? payload.expires_in * 1000 : 0;
    cached = { token: payload.access_token, refreshAt: now() + lifetimeMs - margin };
    return payload.access_token;
  }

  return {
    get(signal) {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      // The shared request is not tied to one caller's signal: one caller giving up must not fail the
      // others waiting on it. A caller that aborts stops waiting; the token is still cached for later.
      pending ??= fetchToken().finally(() => {
        pending = null;
      });
      if (!signal) return pending;
      return new Promise<string>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        pending?.then(resolve, reject);
      });
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
