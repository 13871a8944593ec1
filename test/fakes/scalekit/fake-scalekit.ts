/**
 * A fake Scalekit for tests: an HTTP server on 127.0.0.1 with its state in memory. Every request it
 * receives and every successful response it sends is validated against Scalekit's OpenAPI document
 * (openapi-backend + Ajv); a request that does not match gets the 400 Scalekit sends, and a response
 * that does not match is recorded in `responseViolations` (and sent as a 500, so it cannot pass
 * unnoticed). Behaviour the document does not describe follows scalekit-api.md, with a comment at each.
 * This file is the server (tokens, faults, checks); the routes are by resource in fake-scalekit-users.ts,
 * -memberships.ts and -organizations.ts, over the state and wire shapes of fake-scalekit-model.ts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context, OpenAPIBackend } from 'openapi-backend';
import { membershipRoutes } from './fake-scalekit-memberships.ts';
import { createFakeScalekitModel, type FakeScalekitState } from './fake-scalekit-model.ts';
import { organizationRoutes } from './fake-scalekit-organizations.ts';
import type {
  FakeOrganization,
  FakeRole,
  FakeScalekit,
  FakeScalekitOptions,
  FakeUser,
  InjectedFault,
  RecordedRequest,
} from './fake-scalekit-types.ts';
import { userRoutes } from './fake-scalekit-users.ts';
import { invalid, newId, type Reply, status } from './fake-scalekit-wire.ts';
import { createOpenApiCheck, violationsOf } from './openapi-check.ts';

export type * from './fake-scalekit-types.ts';

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts a fake Scalekit on 127.0.0.1 on a free port. */
export async function startFakeScalekit(options: FakeScalekitOptions = {}): Promise<FakeScalekit> {
  const clientId = options.clientId ?? 'skc_fake_client';
  const clientSecret = options.clientSecret ?? 'test-secret-do-not-log';
  const now = options.now ?? Date.now;
  const users = new Map<string, FakeUser>();
  const organizations = new Map<string, FakeOrganization>();
  const roles = new Map<string, FakeRole[]>();
  const tokens = new Map<string, number>();
  const faults: InjectedFault[] = [];
  const fake = {
    requests: [] as RecordedRequest[],
    rejectedRequests: [] as FakeScalekit['rejectedRequests'],
    responseViolations: [] as FakeScalekit['responseViolations'],
    issuedTokens: [] as string[],
    invitationEmails: [] as string[],
    settings: { membershipNames: true },
  };
  const state: FakeScalekitState = {
    users,
    organizations,
    roles,
    invitationEmails: fake.invitationEmails,
    settings: fake.settings,
    now,
  };
  const model = createFakeScalekitModel(state);

  // A Map, keyed by the document's operationIds (Biome would read PascalCase keys as components).
  const handlers = new Map<string, (c: Context) => Reply>([
    ...userRoutes(model),
    ...membershipRoutes(model),
    ...organizationRoutes(model),
  ]);

  type Routed = Reply & { operationId?: string };
  const registered: Record<string, (c: Context, recorded: RecordedRequest) => Routed> = {
    ...Object.fromEntries(
      [...handlers].map(([operationId, handler]) => [
        operationId,
        (c: Context) => ({ ...handler(c), operationId }),
      ]),
    ),
    validationFail: (c, recorded) => {
      const violations = violationsOf(c.validation.errors ?? []);
      fake.rejectedRequests.push({ request: recorded, violations });
      return invalid(violations);
    },
    // grpc-gateway answers a route it does not know with 404 `{code: 5, message: "Not Found"}`.
    notFound: () => ({ status: 404, body: { code: 5, message: 'Not Found', details: [] } }),
    methodNotAllowed: () => ({ status: 405, body: { code: 12, message: 'Method Not Allowed', details: [] } }),
    notImplemented: (c) =>
      status(501, 12, 'UNIMPLEMENTED', `the fake does not implement ${c.operation.operationId}`),
  };
  const api: OpenAPIBackend = await createOpenApiCheck(registered);
  // Authentication is checked before routing (below), so the document's oauth2 requirement always holds.
  api.registerSecurityHandler('oauth2', () => true);

  /** `/oauth/token`: not in the document; served as Scalekit's docs describe (scalekit-api.md §1). */
  function issueToken(form: URLSearchParams): Reply {
    if (form.get('grant_type') !== 'client_credentials') {
      return {
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' },
      };
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return {
        status: 401,
        body: { error: 'invalid_client', error_description: 'invalid client credentials' },
      };
    }
    const lifetime = options.tokenLifetimeSeconds ?? 86399;
    const token = `fake_at_${newId('')}`;
    tokens.set(token, now() + lifetime * 1000);
    fake.issuedTokens.push(token);
    return {
      status: 200,
      body: { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope: 'openid' },
    };
  }

  function apiRequest(recorded: RecordedRequest, url: URL, incoming: IncomingMessage['headers']) {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(incoming)) if (typeof value === 'string') headers[key] = value;
    return {
      method: recorded.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      ...(recorded.body === undefined ? {} : { body: recorded.body }),
    };
  }

  /** Validates a request a fault will answer, recording a refusal as the handling would. */
  function checkWithoutHandling(recorded: RecordedRequest, url: URL, headers: IncomingMessage['headers']) {
    const operation = api.matchOperation(apiRequest(recorded, url, headers));
    if (!operation) return;
    const check = api.validateRequest(apiRequest(recorded, url, headers), operation);
    if (!check.valid)
      fake.rejectedRequests.push({ request: recorded, violations: violationsOf(check.errors ?? []) });
  }

  async function handle(request: IncomingMessage): Promise<Reply & { headers?: Record<string, string> }> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const isToken = url.pathname === '/oauth/token';
    const form = isToken ? new URLSearchParams(raw) : null;
    let body: unknown;
    if (form) {
      body = Object.fromEntries(
        [...form].map(([key, value]) => [key, key === 'client_secret' ? '***' : value]),
      );
    } else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return invalid([], 'unexpected end of JSON input');
      }
    }
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      body,
    };
    fake.requests.push(recorded);
    const faultIndex = faults.findIndex(
      (fault) => !fault.match || fault.match.test(`${recorded.method} ${url.pathname}`),
    );
    if (faultIndex >= 0) {
      // A canned answer replaces the handling, not the check: the request is still validated, so an
      // adapter's request that only ever meets a fault cannot escape the document.
      if (!form) checkWithoutHandling(recorded, url, request.headers);
      const [fault] = faults.splice(faultIndex, 1);
      return {
        status: fault!.status,
        body: fault!.body,
        ...(fault!.headers ? { headers: fault!.headers } : {}),
      };
    }
    if (form) {
      if (request.headers['content-type'] !== 'application/x-www-form-urlencoded') {
        return { status: 400, body: { error: 'invalid_request', error_description: 'form body expected' } };
      }
      return issueToken(form);
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) return status(401, 16, 'UNAUTHENTICATED', 'Token empty');
    const expiry = tokens.get(bearer);
    if (expiry === undefined || expiry <= now())
      return status(401, 16, 'UNAUTHENTICATED', 'token is expired or invalid');

    const reply = (await api.handleRequest(apiRequest(recorded, url, request.headers), recorded)) as Routed;
    if (reply.operationId && reply.status >= 200 && reply.status < 300) {
      const check = api.validateResponse(reply.body, reply.operationId, reply.status);
      if (!check.valid) {
        const violations = violationsOf(check.errors ?? []);
        fake.responseViolations.push({ operationId: reply.operationId, violations });
        return status(
          500,
          13,
          'INTERNAL',
          `fake response violates the document: ${JSON.stringify(violations)}`,
        );
      }
    }
    return { status: reply.status, body: reply.body };
  }

  const server: Server = createServer((request, response) => {
    handle(request).then(
      (reply) => {
        response.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) });
        response.end(JSON.stringify(reply.body ?? {}));
      },
      (error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ code: 13, message: String(error), details: [] }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    users,
    organizations,
    roles,
    ...fake,
    injectFault(fault) {
      faults.push(fault);
    },
    revokeTokens() {
      tokens.clear();
    },
    reset() {
      for (const store of [users, organizations, roles, tokens]) store.clear();
      for (const log of [
        fake.requests,
        fake.rejectedRequests,
        fake.responseViolations,
        fake.issuedTokens,
        fake.invitationEmails,
        faults,
      ]) {
        log.length = 0;
      }
      fake.settings.membershipNames = true;
    },
    requestLines() {
      return fake.requests.map((request) => `${request.method} ${decodeURIComponent(request.url)}`);
    },
    close() {
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
