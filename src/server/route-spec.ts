/**
 * The shape of one route of the REST contract, and the small helpers every route file uses to answer.
 * The route files (user-routes.ts, member-routes.ts, invitation-routes.ts, definition-routes.ts) each
 * declare their resource's routes; routes.ts puts them in one table.
 */
import type * as z from 'zod';
import { TeamkitError } from '../core/errors.ts';
import type { RouteAccess, RouteContext, RouteResult } from './route-context.ts';

/** One route of the REST contract. */
export interface RouteSpec {
  /** The OpenAPI operation ID, and the name tests and logs use. */
  operationId: string;
  /** The HTTP method. */
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path below the handler's base path, with `{name}` parameters. */
  path: string;
  /** Who may call it (a permission is checked against the caller's membership). */
  access: RouteAccess;
  /** The adapter method it serves, for readers and the OpenAPI document. */
  adapterMethod: string | null;
  /** The body's schema, for writes that take one. */
  body?: z.ZodType;
  /** Serves one request whose common checks have passed. */
  run(context: RouteContext): Promise<RouteResult>;
}

/** A 200 answer with `body`. */
export const ok = (body: unknown): RouteResult => ({ status: 200, body });

/** A 204 answer, for a write with nothing to return. */
export const noContent: RouteResult = { status: 204 };

/** The query parameter `name`, refused with a field message when missing or longer than 1,024 characters. */
export function requiredParam(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value || value.length > 1024) {
    throw new TeamkitError('validation', undefined, { fieldErrors: { [name]: `Send ${name}.` } });
  }
  return value;
}
