import type { TeamkitAdapter } from '../core/adapter.ts';
import type { AttributeDefinition } from '../core/attribute-definition.ts';
import type { Member } from '../core/member.ts';
import type { PolicyContext } from '../core/policy/policy-context.ts';
import type { Role } from '../core/role.ts';
import type { OrganizationPermissions, Viewer } from '../core/viewer.ts';
import type { DefinitionsStore } from './definitions-store.ts';
import type { TeamkitSession } from './session.ts';
import type { TeamkitServerStore } from './store.ts';

/** A fixed-window rate limit: at most `limit` requests per `windowMs`. */
export interface RateLimit {
  /** Requests allowed in one window. */
  limit: number;
  /** The window's length in milliseconds. */
  windowMs: number;
}

/** What a route may use to serve one request. */
export interface RouteContext {
  /** The backend, called with the server's own credentials. */
  adapter: TeamkitAdapter;
  /** The caller (never null for a route that needs a session). */
  session: TeamkitSession;
  /** The path's parameters, decoded. */
  params: Readonly<Record<string, string>>;
  /** The URL's query parameters. */
  query: URLSearchParams;
  /** The body, parsed as JSON and checked against the route's schema. */
  body: unknown;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** The store shared by every instance of the handler. */
  store: TeamkitServerStore;
  /** Rate limits of invitations, per caller and per organization. */
  inviteLimits: { perCaller: RateLimit; perOrganization: RateLimit };
  /** How long an invitation's result is kept under its idempotency key, in ms. */
  idempotencyTtlMs: number;
  /** The largest request body the handler reads, in bytes. */
  maxBodyBytes: number;
  /** Where administrators' definition changes are kept, when the host gave a store; else null. */
  definitionsStore: DefinitionsStore | null;
  /** The caller's membership, roles and permissions, read from the backend once per request. */
  viewer(): Promise<Viewer>;
  /** The organization's roles, read once per request. */
  roles(): Promise<Role[]>;
  /** The attribute definitions, sanitized, read once per request. */
  definitions(): Promise<AttributeDefinition[]>;
  /** A member of the session's organization, or `not_found`. */
  member(userId: string): Promise<Member>;
  /** Who acts and under which rules, for the core policy's guards and row decisions. */
  policyContext(): Promise<PolicyContext>;
  /** How many active admins the organization has (a scan, made at most once per request). */
  activeAdmins(): Promise<number>;
  /** The backend signed in as the session's person (their own organizations), checked once per request. */
  viewerAdapter(): Promise<TeamkitAdapter>;
}

/** What a route answers: a status and a JSON body (none for 204). */
export interface RouteResult {
  /** The HTTP status. */
  status: number;
  /** The JSON body, absent for 204. */
  body?: unknown;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** Who may call a route: anyone, anyone signed in, or a signed-in member holding a permission. */
export type RouteAccess = 'public' | 'signed_in' | keyof OrganizationPermissions;
