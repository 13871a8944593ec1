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
import {
  driveEveryRoute,
  type Exchange,
  recordedSession,
  settle,
} from '../../test/support/openapi-session.ts';
import { memoryIds } from '../adapters/memory/index.ts';
import document from './openapi.json' with { type: 'json' };
import { routes } from './routes.ts';

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
const paths = document.paths as unknown as Record<string, Record<string, Operation>>;
const acme = memoryIds.organization;
const exchanges: Exchange[] = [];
const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

beforeAll(async () => {
  const admin = await recordedSession({ userId: memoryIds.admin, organizationId: acme }, exchanges);
  await driveEveryRoute(admin.adapter);
  const member = await recordedSession({ userId: memoryIds.member, organizationId: acme }, exchanges);
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
