/**
 * `teamkit/server`: the host's own server between the browser's HTTP adapter and the identity
 * backend. Server-only: never imported by a browser entry point.
 */
export { createTeamkitHandler, csrfHeader, type TeamkitHandlerOptions } from './create-teamkit-handler.ts';
export { createMemoryDefinitionsStore, type DefinitionsStore } from './definitions-store.ts';
export { type ErrorBody, statusOfCode } from './error-response.ts';
export { type NodeRequestLike, type NodeResponseLike, toNodeListener } from './node-listener.ts';
export type { OrganizationScope, ViewerAdapterFor } from './organization-scope.ts';
export { createRedisStore, type RedisCommandClient, type RedisStoreOptions } from './redis-store.ts';
export type { RateLimit } from './route-context.ts';
export { type RouteSpec, routes } from './routes.ts';
export type { GetSession, TeamkitSession } from './session.ts';
export { createMemoryStore, type RateWindow, type TeamkitServerStore } from './store.ts';
