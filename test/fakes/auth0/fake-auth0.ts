/**
 * A fake Auth0 tenant for tests: the Management API v2 and the client-credentials token endpoint on
 * 127.0.0.1, state in memory. It checks what it receives as Auth0 does: a Bearer token it issued for
 * the Management API audience, query parameters and body fields the SDK's types name (a request with
 * anything else gets Auth0's 400 and is recorded in `rejectedRequests`), and answers with Auth0's error
 * body (`statusCode`, `error`, `message`, `errorCode`) and `x-ratelimit-*` headers on every response.
 * The SDK talks to `https://{domain}`; `fake.fetch` routes that one host to the fake and refuses any other.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Auth0Failure, type FakeRequest, type FakeResponse } from './fake-auth0-http.ts';
import { invitationRoutes } from './fake-auth0-invitations.ts';
import { organizationRoutes } from './fake-auth0-organizations.ts';
import { emptyTenant, type FakeTenant } from './fake-auth0-state.ts';
import { userRoutes } from './fake-auth0-users.ts';

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  body: unknown;
}

/** A canned answer for the next matching request. */
export interface InjectedFault {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Only requests whose `METHOD path` matches; any request when absent. */
  match?: RegExp;
}

/** Options of the fake. */
export interface FakeAuth0Options {
  /** The clock, in epoch ms (token expiry, invitation expiry, timestamps, rate-limit windows). */
  now?: () => number;
  /** `expires_in` of issued tokens, in seconds (Auth0's default: 86400). */
  tokenLifetimeSeconds?: number;
}

/** A running fake Auth0 tenant. */
export interface FakeAuth0 {
  /** The tenant domain the SDK is given (`tenant.auth0.test`); reached only through `fetch`. */
  domain: string;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** A fetch that sends `https://{domain}/…` to the fake and refuses every other host. */
  fetch: typeof fetch;
  clientId: string;
  clientSecret: string;
  /** The application invitations name (`client_id` of an invitation). */
  invitationClientId: string;
  tenant: FakeTenant;
  requests: RecordedRequest[];
  /** Requests answered 400 or 404 because the fake (as Auth0) did not understand them. */
  rejectedRequests: { request: RecordedRequest; body: unknown }[];
  /** Tokens issued by `/oauth/token`. */
  issuedTokens: string[];
  /** Addresses an invitation email went to, in order. */
  invitationEmails: string[];
  injectFault(fault: InjectedFault): void;
  /** Allows `limit` Management API requests per second of the fake's clock (default 1000). */
  setRateLimit(limit: number): void;
  /** Makes every token issued so far invalid. */
  revokeTokens(): void;
  reset(): void;
  /** `METHOD /path?query` of each request (token requests included). */
  requestLines(): string[];
  close(): Promise<void>;
}

const domain = 'tenant.auth0.test';
const audience = `https://${domain}/api/v2/`;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeAuth0(options: FakeAuth0Options = {}): Promise<FakeAuth0> {
  const now = options.now ?? Date.now;
  const lifetime = options.tokenLifetimeSeconds ?? 86_400;
  const tokens = new Map<string, number>();
  let faults: InjectedFault[] = [];
  let rateLimit = 1000;
  let window = { second: -1, used: 0 };

  const fake = {
    domain,
    clientId: 'teamkit-m2m-client',
    clientSecret: 'teamkit-m2m-secret-not-real',
    invitationClientId: 'teamkit-login-app',
    tenant: emptyTenant(),
    requests: [],
    rejectedRequests: [],
    issuedTokens: [],
    invitationEmails: [],
  } as unknown as FakeAuth0;
  const routes = () => [
    ...userRoutes(fake.tenant, now),
    ...organizationRoutes(fake.tenant),
    ...invitationRoutes(fake.tenant, now, fake.invitationEmails),
  ];

  function issueToken(form: URLSearchParams): FakeResponse {
    const valid =
      form.get('grant_type') === 'client_credentials' &&
      form.get('client_id') === fake.clientId &&
      form.get('client_secret') === fake.clientSecret;
    if (!valid) return { status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' } };
    if (form.get('audience') !== audience) {
      return {
        status: 403,
        body: { error: 'access_denied', error_description: `Service not found: ${form.get('audience')}` },
      };
    }
    const token = `fake-auth0-token-${fake.issuedTokens.length + 1}-${Math.random().toString(36).slice(2)}`;
    tokens.set(token, now() + lifetime * 1000);
    fake.issuedTokens.push(token);
    return {
      status: 200,
      body: {
        access_token: token,
        token_type: 'Bearer',
        expires_in: lifetime,
        scope: 'read:users update:users',
      },
    };
  }

  function rateLimitHeaders(): Record<string, string> {
    const second = Math.floor(now() / 1000);
    if (second !== window.second) window = { second, used: 0 };
    return {
      'x-ratelimit-limit': String(rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, rateLimit - window.used)),
      'x-ratelimit-reset': String(second + 1),
    };
  }

  function handle(
    method: string,
    url: URL,
    headers: IncomingMessage['headers'],
    raw: string,
  ): FakeResponse & { headers?: Record<string, string>; injected?: boolean } {
    const line = `${method} ${url.pathname}`;
    const fault = faults.find((candidate) => !candidate.match || candidate.match.test(line));
    if (fault) {
      faults = faults.filter((candidate) => candidate !== fault);
      return {
        status: fault.status,
        body: fault.body,
        headers: { ...rateLimitHeaders(), ...fault.headers },
        injected: true,
      };
    }
    if (method === 'POST' && url.pathname === '/oauth/token') {
      return issueToken(new URLSearchParams(raw));
    }
    const limits = rateLimitHeaders();
    try {
      const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1] ?? '';
      const expiresAt = tokens.get(token);
      if (expiresAt === undefined || expiresAt <= now()) {
        throw new Auth0Failure(
          401,
          'invalid_token',
          expiresAt === undefined ? 'Invalid token' : 'Expired token received for JSON Web Token validation',
        );
      }
      window.used += 1;
      if (window.used > rateLimit) {
        limits['x-ratelimit-remaining'] = '0';
        throw new Auth0Failure(429, 'too_many_requests', 'Global limit has been reached');
      }
      limits['x-ratelimit-remaining'] = String(Math.max(0, rateLimit - window.used));
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new Auth0Failure(400, 'invalid_body', 'Invalid request payload JSON format');
        }
      }
      for (const [routeMethod, pattern, handler] of routes()) {
        const match = pattern.exec(url.pathname);
        if (routeMethod !== method || !match) continue;
        const params = Object.fromEntries(
          Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
        );
        const request: FakeRequest = { method, path: url.pathname, query: url.searchParams, body, params };
        return { ...handler(request), headers: limits };
      }
      throw new Auth0Failure(404, undefined, 'Not Found');
    } catch (error) {
      if (!(error instanceof Auth0Failure)) throw error;
      return { status: error.status, body: error.toBody(), headers: limits };
    }
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const method = request.method ?? 'GET';
      const recorded: RecordedRequest = {
        method,
        url: `${url.pathname}${url.search}`,
        body:
          url.pathname === '/oauth/token'
            ? '(form, secret not logged)'
            : raw === ''
              ? undefined
              : safeJson(raw),
      };
      fake.requests.push(recorded);
      let answer: FakeResponse & { headers?: Record<string, string>; injected?: boolean };
      try {
        answer = handle(method, url, request.headers, raw);
      } catch (error) {
        answer = {
          status: 500,
          body: { statusCode: 500, error: 'Internal Server Error', message: String(error) },
        };
      }
      const errorCode = (answer.body as { errorCode?: string } | undefined)?.errorCode;
      const understood =
        !(answer.status === 404 && errorCode === undefined) &&
        !(answer.status === 400 && /^invalid_(body|query_string|query)$/.test(errorCode ?? ''));
      // An injected fault is the test's own answer, not a request the fake failed to understand.
      if (!understood && !answer.injected)
        fake.rejectedRequests.push({ request: recorded, body: answer.body });
      response.writeHead(answer.status, {
        ...(answer.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...answer.headers,
      });
      response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  fake.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const target = new URL(input instanceof Request ? input.url : String(input));
    if (target.protocol !== 'https:' || target.host !== domain) {
      throw new TypeError(`The fake Auth0 fetch refuses ${target.origin}: tests reach only ${domain}`);
    }
    const local = `${fake.url}${target.pathname}${target.search}`;
    return input instanceof Request ? fetch(new Request(local, input), init) : fetch(local, init);
  }) as typeof fetch;
  fake.injectFault = (fault) => faults.push(fault);
  fake.setRateLimit = (limit) => {
    rateLimit = limit;
  };
  fake.revokeTokens = () => tokens.clear();
  fake.reset = () => {
    fake.tenant = emptyTenant();
    fake.tenant.applications.add(fake.invitationClientId);
    fake.requests.length = 0;
    fake.rejectedRequests.length = 0;
    fake.issuedTokens.length = 0;
    fake.invitationEmails.length = 0;
    faults = [];
    rateLimit = 1000;
    tokens.clear();
  };
  fake.requestLines = () => fake.requests.map((request) => `${request.method} ${request.url}`);
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  fake.reset();
  return fake;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
