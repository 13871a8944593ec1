// @vitest-environment node
/**
 * The OpenAPI document (openapi.json) against the real handler: the document is valid OpenAPI 3.1
 * (@seriousme/openapi-schema-validator), every route in the table is in it and every operation in it
 * is in the table, and every request and response of a session that drives every route (successes
 * and refusals) validates against it with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../adapters/http/index.ts';
import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import type { DefinitionManagement, TeamkitAdapter } from '../core/adapter.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';
import document from './openapi.json' with { type: 'json' };
import { routes } from './routes.ts';
import type { TeamkitSession } from './session.ts';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
/** One request the handler served and its response, as sent over the wire. */
interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  status: number;
  responseBody: unknown;
}

const paths = document.paths as unknown as Record<string, Record<string, Operation>>;
const acme = memoryIds.organization;
const exchanges: Exchange[] = [];
const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** A handler over a fresh memory backend, recording every exchange, and an HTTP adapter over it. */
async function session(caller: TeamkitSession) {
  const handler = createTeamkitHandler({
    adapter: createMemoryAdapter({ seed: 2, memberCount: 15 }),
    basePath: '/api',
    getSession: (request) => (request.headers.get('x-test-anonymous') ? null : caller),
    policy: memoryAccessPolicy,
    inviteLimits: { perCaller: { limit: 3, windowMs: 60_000 } },
  });
  const recording = async (request: Request): Promise<Response> => {
    const text = request.body ? await request.clone().text() : '';
    const response = await handler(request);
    const responseText = await response.clone().text();
    exchanges.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
      status: response.status,
      responseBody: responseText ? JSON.parse(responseText) : undefined,
    });
    return response;
  };
  const fetch = (input: string | URL | Request, init?: RequestInit) => recording(new Request(input, init));
  const adapter = await createHttpAdapter({ baseUrl: 'http://teamkit.test/api', fetch, retries: 0 });
  const raw = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    recording(
      new Request(`http://teamkit.test/api${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      }),
    );
  return { adapter, raw };
}
const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  );

/** Drives every route: each success, and the refusals a browser meets. */
async function driveEveryRoute(admin: TeamkitAdapter) {
  await admin.getViewer(acme);
  await admin.getCurrentUser();
  const user = await admin.getUser(memoryIds.member);
  await admin.updateUser(
    memoryIds.member,
    { userMetadata: { team: 'blue' } },
    { expectedVersion: user.version },
  );
  await settle(admin.updateUser(memoryIds.member, { customAttributes: { years_experience: 10_000 } }));
  await settle(
    admin.updateUser(memoryIds.member, { userMetadata: { team: 'red' } }, { expectedVersion: 'stale' }),
  );
  await settle(admin.getUser('usr_nobody'));
  await admin.listAttributeDefinitions();
  const query = {
    organizationId: acme,
    search: 'a',
    statuses: ['active', 'pending_invite'] as const,
    roles: ['member'],
    sort: { field: 'email', direction: 'desc' } as const,
    limit: 3,
  };
  const page = await admin.listMembers(query);
  expect(page.nextCursor).not.toBeNull();
  await admin.listMembers({ ...query, cursor: page.nextCursor });
  await settle(admin.listMembers({ organizationId: acme, cursor: 'garbage' }));
  await admin.getMember(acme, memoryIds.member);
  await admin.updateMembership(acme, memoryIds.member, { roles: ['member'], metadata: { desk: '4B' } });
  await settle(admin.updateMembership(acme, memoryIds.admin, { roles: ['member'] }));
  await admin.removeMember(acme, memoryIds.idpUser);
  await settle(admin.removeMember(acme, memoryIds.directoryMember));
  for (const key of ['oa-1', 'oa-1', 'oa-2', 'oa-3', 'oa-4']) {
    await settle(
      admin.inviteMember(acme, { email: `${key}@example.com`, roles: ['member'], idempotencyKey: key }),
    );
  }
  const invitationOf = async (userId: string) => (await admin.getMember(acme, userId)).invitationId ?? '';
  await admin.resendInvitation(acme, await invitationOf(memoryIds.pendingInvite));
  await settle(admin.resendInvitation(acme, 'inv_nobody'));
  await admin.revokeInvitation(acme, await invitationOf(memoryIds.expiredInvite));
  await admin.listRoles(acme);
  const organization = await admin.getOrganization(acme);
  await admin.updateOrganization(
    acme,
    { metadata: { tier: 'gold' } },
    { expectedVersion: organization.version },
  );
  await settle(admin.updateOrganization(acme, { displayName: '' }));
  await admin.findOrganizationByExternalId(memoryExternalIds.organization);
  await admin.findOrganizationByExternalId('nobody');
  await admin.findUserByExternalId(acme, memoryExternalIds.member);
  await admin.findUserByExternalId(acme, 'nobody');
  await settle(admin.getOrganization(memoryIds.otherOrganization));
  await driveDefinitionRoutes(admin);
  await driveViewerOrganizationRoutes(admin);
}

/** The person's own organizations: a search paged by one, a stale cursor, accepting and its refusals. */
async function driveViewerOrganizationRoutes(admin: TeamkitAdapter) {
  const mine = admin as TeamkitAdapter & Required<Pick<TeamkitAdapter, 'listViewerOrganizations'>>;
  const first = await mine.listViewerOrganizations({ limit: 1 });
  expect(first.nextCursor).not.toBeNull();
  await mine.listViewerOrganizations({ limit: 1, cursor: first.nextCursor });
  await mine.listViewerOrganizations({ search: 'ac' });
  await settle(mine.listViewerOrganizations({ search: 'x', cursor: first.nextCursor }));
  const invitation = first.invitations[0];
  expect(invitation?.invitationId).toEqual(expect.any(String));
  const accept = () => admin.acceptViewerInvitation?.(invitation?.id ?? '', invitation?.invitationId ?? '');
  await accept();
  await settle(accept() ?? Promise.resolve());
  await settle(admin.acceptViewerInvitation?.(acme, 'inv_nobody') ?? Promise.resolve());
}

/** The definition-management routes: each success and each refusal a manager meets. */
async function driveDefinitionRoutes(admin: TeamkitAdapter) {
  const manage = admin as TeamkitAdapter & DefinitionManagement;
  const managed = await manage.listManagedAttributeDefinitions(acme);
  await manage.createAttributeDefinition(acme, {
    key: 'desk_number',
    label: 'Desk number',
    type: 'single_select',
    options: [{ value: 'a1', label: 'A1' }],
    group: 'Work',
    helpText: null,
    write: 'admin',
    required: false,
  });
  await settle(manage.createAttributeDefinition(acme, { key: 'Desk_Number', label: 'Desk', type: 'text' }));
  await settle(manage.createAttributeDefinition(acme, { key: '1', label: '', type: 'hologram' as never }));
  await manage.updateAttributeDefinition(acme, 'desk_number', { label: 'Desk', enabled: false });
  await settle(manage.updateAttributeDefinition(acme, 'no_such_field', { label: 'Nope' }));
  const keys = [...managed.map((definition) => definition.key), 'desk_number'].reverse();
  await manage.reorderAttributeDefinitions(acme, keys);
  await settle(manage.reorderAttributeDefinitions(acme, keys.slice(1)));
}

beforeAll(async () => {
  const admin = await session({ userId: memoryIds.admin, organizationId: acme });
  await driveEveryRoute(admin.adapter);
  const member = await session({ userId: memoryIds.member, organizationId: acme });
  await settle(member.adapter.updateUser(memoryIds.member, { externalId: 'MINE' }));
  await settle(member.adapter.inviteMember(acme, { email: 'x@example.com', idempotencyKey: 'm-1' }));
  await member.raw('GET', '/me', undefined, { 'x-test-anonymous': '1' });
  await member.raw('PATCH', `/organizations/${acme}`, '{"patch":{}}', { 'content-type': 'application/json' });
}, 30_000);

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(
      structuredClone(document) as Parameters<Validator['validate']>[0],
    );
    expect(result).toEqual({ valid: true });
  });

  it('describes exactly the routes of the handler’s table', () => {
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).map(
        ([method, operation]) => `${method.toUpperCase()} ${path} ${operation.operationId}`,
      ),
    );
    const served = routes.map((route) => `${route.method} ${route.path} ${route.operationId}`);
    expect(documented.sort()).toEqual(served.sort());
  });

  describe('against every request and response of a session that drives every route', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document as object, 'openapi');
    // Parameters arrive as strings: coerce them as a server framework would before checking.
    const params = new Ajv2020({ strict: false, coerceTypes: 'array' });
    const check = (validator: Ajv2020, ref: string, value: unknown) => {
      const validate = validator === ajv ? ajv.getSchema(`openapi#/${ref}`) : params.compile(value as object);
      if (!validate) throw new Error(`No schema at ${ref}`);
      return validate;
    };

    /** The operation a request was for: its path template matched segment by segment. */
    const operationOf = (exchange: Exchange) => {
      const path = exchange.url.pathname.replace(/^\/api/, '');
      for (const [template, item] of Object.entries(paths)) {
        const names: string[] = [];
        const pattern = new RegExp(
          `^${template.replace(/\{(\w+)\}/g, (_m, name: string) => {
            names.push(name);
            return '([^/]+)';
          })}$`,
        );
        const match = pattern.exec(path);
        const operation = item[exchange.method.toLowerCase()];
        if (match && operation) {
          const values = Object.fromEntries(
            names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
          );
          return { template, operation, values };
        }
      }
      return null;
    };

    it('exercised every operation, with successes and refusals', () => {
      const seen = new Set(exchanges.map((exchange) => operationOf(exchange)?.operation.operationId));
      expect([...seen].sort()).toEqual(routes.map((route) => route.operationId).sort());
      expect(new Set(exchanges.map((exchange) => exchange.status))).toEqual(
        new Set([200, 201, 204, 400, 401, 403, 404, 409, 429]),
      );
    });

    it('finds every request valid: its path, query and header parameters and its body', () => {
      const problems: string[] = [];
      for (const exchange of exchanges) {
        const found = operationOf(exchange);
        if (!found) {
          problems.push(`${exchange.method} ${exchange.url.pathname}: no operation`);
          continue;
        }
        const { template, operation, values } = found;
        const where = `${exchange.method} ${template}`;
        const declared = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
        for (const name of exchange.url.searchParams.keys()) {
          if (!declared.has(name)) problems.push(`${where}: undeclared query parameter ${name}`);
        }
        for (const parameter of operation.parameters) {
          const raw =
            parameter.in === 'path'
              ? values[parameter.name]
              : parameter.in === 'header'
                ? (exchange.headers.get(parameter.name) ?? undefined)
                : (parameter.schema as { type?: string }).type === 'array'
                  ? exchange.url.searchParams.getAll(parameter.name)
                  : (exchange.url.searchParams.get(parameter.name) ?? undefined);
          const absent = raw === undefined || (Array.isArray(raw) && raw.length === 0);
          // A write refused for lacking its CSRF header is a request the document says is invalid.
          if (absent && parameter.required && !(parameter.in === 'header' && exchange.status === 403)) {
            problems.push(`${where}: missing ${parameter.in} parameter ${parameter.name}`);
          }
          if (absent) continue;
          const validate = check(params, '', parameter.schema);
          if (!validate(raw))
            problems.push(`${where}: ${parameter.name} ${params.errorsText(validate.errors)}`);
        }
        if (operation.requestBody && exchange.status !== 403) {
          const ref = pointer(
            'paths',
            template,
            exchange.method.toLowerCase(),
            'requestBody',
            'content',
            'application/json',
            'schema',
          );
          const validate = check(ajv, ref, undefined);
          if (!validate(exchange.body)) problems.push(`${where} body: ${ajv.errorsText(validate.errors)}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('finds every response declared for its status, with a valid body', () => {
      const problems: string[] = [];
      for (const exchange of exchanges) {
        const found = operationOf(exchange);
        if (!found) continue;
        const where = `${exchange.method} ${found.template} → ${exchange.status}`;
        const response = found.operation.responses[String(exchange.status)];
        if (!response) {
          problems.push(`${where}: status not declared`);
          continue;
        }
        if (!response.content) {
          if (exchange.responseBody !== undefined) problems.push(`${where}: a body where none is declared`);
          continue;
        }
        const ref = pointer(
          'paths',
          found.template,
          exchange.method.toLowerCase(),
          'responses',
          String(exchange.status),
          'content',
          'application/json',
          'schema',
        );
        const validate = check(ajv, ref, undefined);
        if (!validate(exchange.responseBody)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
      }
      expect(problems).toEqual([]);
    });
  });
});
