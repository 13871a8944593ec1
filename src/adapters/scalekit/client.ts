import createClient, { type Client } from 'openapi-fetch';
import { TeamkitError } from '../../core/errors.ts';
import type { paths } from './generated/scalekit-api.ts';
import type { TokenSource } from './token.ts';

/** A client typed from Scalekit's OpenAPI document: a wrong path, parameter or body field fails the type check. */
export type ScalekitClient = Client<paths>;

/** What the typed client needs: where Scalekit is, how to fetch, and where tokens come from. */
export interface ScalekitClientOptions {
  /** The environment's base URL. */
  environmentUrl: string;
  /** The fetch to use. */
  fetch: typeof fetch;
  /** Access tokens for the adapter's own credentials. */
  tokens: TokenSource;
  /** The client secret, taken out of any error answer that echoes it. */
  clientSecret?: string;
}

/**
 * An error answer with the credentials it may echo (the bearer token sent, the client secret) taken
 * out: its text ends up in a TeamkitError's cause and field messages, and from there in the host's
 * logs and, for field messages, in the page.
 */
async function scrubbed(response: Response, secrets: readonly string[]): Promise<Response> {
  if (response.ok) return response;
  let text = await response.text();
  for (const secret of secrets) if (secret) text = text.split(secret).join('[redacted]');
  return new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Sends `request` with a bearer token; on a 401 the token is dropped and the request sent once more
 * with a fresh one (a token can be revoked or rotated before its stated expiry). A second 401 is
 * returned as it is, and becomes `misconfigured`.
 */
function authorizedFetch(
  tokens: TokenSource,
  baseFetch: typeof fetch,
  clientSecret = '',
): (request: Request) => Promise<Response> {
  return async (request) => {
    // The body is read once so the retry can send it again; Scalekit's bodies are small JSON.
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    const send = async (): Promise<{ token: string; response: Response }> => {
      const token = await tokens.get(request.signal);
      const headers = new Headers(request.headers);
      headers.set('Authorization', `Bearer ${token}`);
      try {
        const response = await baseFetch(request.url, {
          method: request.method,
          headers,
          ...(body === undefined ? {} : { body }),
          signal: request.signal,
        });
        return { token, response };
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        throw new TeamkitError('network', undefined, { cause: error });
      }
    };
    const first = await send();
    if (first.response.status !== 401) return scrubbed(first.response, [first.token, clientSecret]);
    tokens.invalidate(first.token);
    const second = await send();
    return scrubbed(second.response, [second.token, first.token, clientSecret]);
  };
}

/** The typed Scalekit REST client, authenticated with client-credentials tokens. */
export function createScalekitClient(options: ScalekitClientOptions): ScalekitClient {
  return createClient<paths>({
    baseUrl: options.environmentUrl.replace(/\/+$/, ''),
    fetch: authorizedFetch(options.tokens, options.fetch, options.clientSecret),
  });
}
