import type { TeamkitAdapter } from '../core/adapter.ts';
import type { AttributeDefinition } from '../core/attribute-definition.ts';
import { isTeamkitError, TeamkitError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import type { AccessPolicy } from '../core/policy/access-policy.ts';
import type { PolicyContext } from '../core/policy/policy-context.ts';
import { viewerPermissions } from '../core/policy/viewer-permissions.ts';
import type { Role } from '../core/role.ts';
import { sanitizeAttributeDefinitions } from '../core/sanitize-definitions.ts';
import type { Viewer } from '../core/viewer.ts';
import { parseWith } from './bodies.ts';
import { servedDefinitions } from './definition-routes.ts';
import type { DefinitionsStore } from './definitions-store.ts';
import { errorResponse, jsonResponse } from './error-response.ts';
import { scanActiveAdmins } from './member-rows.ts';
import {
  checkedViewerAdapter,
  type OrganizationScope,
  sessionFor,
  type ViewerAdapterFor,
} from './organization-scope.ts';
import { readJsonBody } from './read-body.ts';
import type { RateLimit, RouteContext } from './route-context.ts';
import { type RouteSpec, routes } from './routes.ts';
import type { GetSession, TeamkitSession } from './session.ts';
import { createMemoryStore, type TeamkitServerStore } from './store.ts';

/** The header every write must carry: a page on another site cannot add it without a CORS preflight. */
export const csrfHeader = 'x-teamkit-request';

/** Options of `createTeamkitHandler`. */
export interface TeamkitHandlerOptions {
  /** The backend, called with the server's own credentials (a vendor adapter, the host's, or memory). */
  adapter: TeamkitAdapter;
  /** Who is calling: the host's own session lookup. */
  getSession: GetSession;
  /** Rate limits and idempotency keys; in this process's memory by default. Share one (Redis) between instances. */
  store?: TeamkitServerStore;
  /** The path the handler is mounted at (`/api/teamkit`); requests elsewhere get 404. Default: the root. */
  basePath?: string;
  /** Largest request body, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Invitations per caller (default 30 a minute) and per organization (default 300 a minute). */
  inviteLimits?: { perCaller?: RateLimit; perOrganization?: RateLimit };
  /** How long an invitation's result answers its idempotency key, in ms (default a day). */
  idempotencyTtlMs?: number;
  /**
   * How the host's roles map onto Teamkit's permissions, which roles are admin roles, which members a
   * directory manages, and whether people may demote or remove themselves: the core policy's
   * `AccessPolicy`, the same one the host gives every adapter. Default `{}`: admin roles
   * (`role.isAdmin`) may do everything, other roles nothing.
   */
  policy?: AccessPolicy;
  /**
   * Where administrators' changes to attribute definitions are kept (`createMemoryDefinitionsStore()`,
   * or the host's own over its database), for a backend that cannot keep them (Scalekit, Auth0): the
   * handler then declares `manageDefinitions`, serves the store's list and checks profile writes
   * against it. A custom attribute the store has and the backend adapter's own definitions lack is
   * declared, not faked: profiles get it read-only with the reason, its writes are refused before the
   * backend is called, and the manager marks it `notInBackend`; unless the backend declares
   * `storesUndeclaredCustomAttributes` (Auth0), whose user calls then carry the served definitions so
   * it keeps the store's fields (in `user_metadata` or `app_metadata`). Without a store, definitions are
   * managed through the adapter where it declares `manageDefinitions` (the memory adapter), and not
   * at all elsewhere.
   */
  definitionsStore?: DefinitionsStore;
  /**
   * Told of every failure that is not the caller's (a crash, an outage, a refused credential), with the
   * original error, for the host's logs. The response never carries it. A request the caller abandoned
   * (a search typed over, a page left) is not a failure and is not told.
   */
  onError?: (error: unknown, request: Request) => void;
  /**
   * Which organizations a person may act in: `session` (default), the session's organization only;
   * `memberships`, also any other the backend has them as an active member of, so the organization
   * switcher works over HTTP without a new session per organization. Anywhere else is refused alike.
   */
  organizations?: OrganizationScope;
  /**
   * The backend signed in as the session's person, for their own organizations and invitations (the
   * organization switcher). Default: `adapter` itself, which serves only a session whose person it is
   * signed in as (the handler checks, and reports any other as the host's failure).
   */
  viewerAdapter?: ViewerAdapterFor;
}

/** A route with its path compiled: the pattern and the names of its parameters. */
interface CompiledRoute {
  spec: RouteSpec;
  pattern: RegExp;
  names: string[];
}

function compile(spec: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = spec.path
    .split('/')
    .map((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (parameter === undefined) return segment.replace(/[.*+?^$()|[\]\\-]/g, '\\$&');
      names.push(parameter);
      return '([^/]+)';
    })
    .join('/');
  return { spec, pattern: new RegExp(`^${source}$`), names };
}

const callersFault = new Set([
  'validation',
  'not_found',
  'conflict',
  'permission_denied',
  'already_member',
  'rate_limited',
  'unauthenticated',
  'not_supported',
]);

/**
 * The server side of the HTTP adapter: a standard Fetch handler (`Request -> Response`) that mounts
 * unchanged in `node:http` (with `toNodeListener`), Hono, Express (through a Fetch bridge) or a
 * Next.js route handler. It serves the REST contract (routes.ts, openapi.json) for the caller the
 * host's `getSession` names, confined to their organization, and enforces who may do what itself,
 * because the backend it calls sees only the server's credentials.
 */
export function createTeamkitHandler(
  options: TeamkitHandlerOptions,
): (request: Request) => Promise<Response> {
  const { adapter, getSession } = options;
  const store = options.store ?? createMemoryStore();
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const inviteLimits = {
    perCaller: options.inviteLimits?.perCaller ?? { limit: 30, windowMs: 60_000 },
    perOrganization: options.inviteLimits?.perOrganization ?? { limit: 300, windowMs: 60_000 },
  };
  const idempotencyTtlMs = options.idempotencyTtlMs ?? 24 * 60 * 60 * 1000;
  const compiled = routes.map(compile);

  const serve = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(basePath)) throw new TeamkitError('not_found');
    const path = url.pathname.slice(basePath.length) || '/';
    const matches = compiled
      .map((route) => ({ route, match: route.pattern.exec(path) }))
      .filter((candidate) => candidate.match !== null);
    if (matches.length === 0) throw new TeamkitError('not_found', 'There is no such address.');
    const found = matches.find(({ route }) => route.spec.method === request.method);
    if (!found?.match) {
      return jsonResponse(
        405,
        { code: 'validation', message: `This address does not accept ${request.method}.`, fieldErrors: {} },
        { allow: matches.map(({ route }) => route.spec.method).join(', ') },
      );
    }
    const { spec, names } = found.route;
    const params: Record<string, string> = {};
    try {
      names.forEach((name, index) => {
        params[name] = decodeURIComponent(found.match?.[index + 1] ?? '');
      });
    } catch {
      // A malformed escape (`%E0%A4%A`) is the caller's mistake, not a crash.
      throw new TeamkitError('validation', 'The address is not encoded correctly.');
    }

    if (spec.method !== 'GET' && request.headers.get(csrfHeader) !== '1') {
      throw new TeamkitError(
        'permission_denied',
        `This request was refused: a change must carry the ${csrfHeader} header, which pages on other sites cannot send.`,
      );
    }
    const session = spec.access === 'public' ? null : await getSession(request);
    if (spec.access !== 'public' && !session) throw new TeamkitError('unauthenticated');
    // By default the caller acts in their session's organization only, whatever the URL names. With
    // `organizations: 'memberships'` the URL may name another where the backend has them as an active
    // member: the least a host must do for the switcher, and no weaker, since the backend's word (not
    // the browser's) decides. Anywhere else is refused the same way whether it exists or not.
    const scoped = session
      ? await sessionFor(
          options.organizations ?? 'session',
          session,
          params.organizationId,
          adapter,
          request.signal,
        )
      : null;
    const body = spec.body ? parseWith(spec.body, await readJsonBody(request, maxBodyBytes)) : undefined;
    const context = createContext({
      adapter,
      session: scoped ?? { userId: '', organizationId: '' },
      params,
      query: url.searchParams,
      body,
      signal: request.signal,
      store,
      inviteLimits,
      idempotencyTtlMs,
      maxBodyBytes,
      definitionsStore: options.definitionsStore ?? null,
      policy: options.policy ?? {},
      viewerAdapterFor: (current) =>
        checkedViewerAdapter(options.viewerAdapter ?? (() => adapter), current, request),
    });
    if (spec.access !== 'public' && spec.access !== 'signed_in') {
      const viewer = await context.viewer();
      if (!viewer.permissions[spec.access]) throw new TeamkitError('permission_denied');
    }
    const result = await spec.run(context);
    return jsonResponse(result.status, result.body, result.headers);
  };

  return async (request) => {
    try {
      return await serve(request);
    } catch (error) {
      const abandoned = request.signal.aborted;
      if (!abandoned && (!isTeamkitError(error) || !callersFault.has(error.code))) {
        options.onError?.(error, request);
      }
      return errorResponse(error);
    }
  };
}

type ContextInput = Omit<
  RouteContext,
  'viewer' | 'roles' | 'definitions' | 'member' | 'policyContext' | 'activeAdmins' | 'viewerAdapter'
> & { policy: AccessPolicy; viewerAdapterFor: (session: TeamkitSession) => Promise<TeamkitAdapter> };

/** A route's context, with the backend reads it may need made at most once per request. */
function createContext(input: ContextInput): RouteContext {
  const { adapter, session, signal } = input;
  const once = <T>(load: () => Promise<T>) => {
    let promise: Promise<T> | undefined;
    return () => {
      promise ??= load();
      return promise;
    };
  };
  const member = async (userId: string): Promise<Member> =>
    adapter.getMember(session.organizationId, userId, { signal });
  const roles = once((): Promise<Role[]> => adapter.listRoles(session.organizationId, { signal }));
  const viewer = once(async (): Promise<Viewer> => viewerOf(session, member, roles, input.policy));
  const definitions = once(
    async (): Promise<AttributeDefinition[]> =>
      sanitizeAttributeDefinitions(await servedDefinitions(adapter, input.definitionsStore, signal))
        .definitions,
  );
  const policyContext = once(
    async (): Promise<PolicyContext> => ({
      viewerId: session.userId,
      permissions: (await viewer()).permissions,
      roles: await roles(),
      policy: input.policy,
    }),
  );
  const activeAdmins = once(async () =>
    scanActiveAdmins(adapter, session.organizationId, await policyContext(), signal),
  );
  const viewerAdapter = once(() => input.viewerAdapterFor(session));
  const { policy: _policy, viewerAdapterFor: _viewerAdapterFor, ...rest } = input;
  return { ...rest, viewer, roles, definitions, member, policyContext, activeAdmins, viewerAdapter };
}

/**
 * The caller as the backend knows them now: their membership's roles and status decide their
 * permissions, so a demotion or removal applies on the next request, whatever the session says. A
 * session whose person is not a member of its organization is refused.
 */
async function viewerOf(
  session: TeamkitSession,
  member: (userId: string) => Promise<Member>,
  roles: () => Promise<Role[]>,
  policy: AccessPolicy,
): Promise<Viewer> {
  let membership: Member;
  try {
    membership = await member(session.userId);
  } catch (error) {
    if (isTeamkitError(error) && error.code === 'not_found') throw new TeamkitError('permission_denied');
    throw error;
  }
  return {
    userId: session.userId,
    organizationId: session.organizationId,
    roles: membership.roles,
    permissions: viewerPermissions(membership, await roles(), policy),
  };
}
