import { TeamkitError } from '../../core/errors.ts';

/** The adapter's own machine-to-machine credentials for one Auth0 tenant. */
export interface Auth0Credentials {
  /** The tenant's domain (`acme.eu.auth0.com` or a custom domain): a bare host name, no scheme or path. */
  domain: string;
  /** The machine-to-machine application's client ID. */
  clientId: string;
  /** Its secret: sent only to `/oauth/token`, never logged, never put in an error. */
  clientSecret: string;
  /** The Management API audience; `https://{domain}/api/v2/` by default. */
  audience?: string;
}

/** Hands out a Management API token, fetched once and reused until shortly before it expires. */
export interface Auth0TokenSource {
  /** A token valid for at least the refresh margin; fetches one when needed (concurrent callers share it). */
  get(): Promise<string>;
  /** Forgets `token` (Auth0 refused it), so the next `get` fetches a fresh one. */
  invalidate(token: string): void;
}

/** How the token source reaches Auth0 and tells the time. */
export interface Auth0TokenSourceOptions {
  fetch: typeof fetch;
  /** The clock, in epoch ms. */
  now?: () => number;
  /** How long before expiry a token is replaced, in ms (default one minute). */
  refreshMarginMs?: number;
}

/**
 * Client credentials against `POST https://{domain}/oauth/token` (form-encoded, with the Management API
 * audience). The adapter keeps its own source rather than the SDK's `TokenProvider` because that one
 * reads the wall clock and cannot be told a token was refused: a token revoked early (a rotated
 * secret) would fail every call until its planned expiry. A refused secret is `misconfigured`.
 */
export function createAuth0TokenSource(
  credentials: Auth0Credentials,
  options: Auth0TokenSourceOptions,
): Auth0TokenSource {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const audience = credentials.audience ?? `https://${credentials.domain}/api/v2/`;
  let cached: { token: string; refreshAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      audience,
    });
    let response: Response;
    try {
      response = await options.fetch(`https://${credentials.domain}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString(),
      });
    } catch (error) {
      // The transport's error only: it never holds the request body with the secret.
      throw new TeamkitError('network', undefined, { cause: error });
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      const reason = (await response.json().catch(() => ({}))) as { error?: unknown };
      throw new TeamkitError(
        'misconfigured',
        `Auth0 refused the client credentials (HTTP ${response.status}${typeof reason.error === 'string' ? `, ${reason.error}` : ''} from /oauth/token).`,
      );
    }
    if (response.status === 429) throw new TeamkitError('rate_limited');
    if (!response.ok) {
      throw new TeamkitError(response.status >= 500 ? 'unavailable' : 'unknown', undefined, {
        cause: new Error(`HTTP ${response.status} from /oauth/token`),
      });
    }
    const payload = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (typeof payload.access_token !== 'string' || payload.access_token === '') {
      throw new TeamkitError('unknown', 'Auth0 answered /oauth/token without an access token.');
    }
    // Auth0 says 86400 s; a token without a lifetime is used for this call only.
    const lifetimeMs = typeof payload.expires_in === 'number' ? payload.expires_in * 1000 : 0;
    cached = { token: payload.access_token, refreshAt: now() + lifetimeMs - margin };
    return payload.access_token;
  }

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
