/**
 * `teamkit/adapters/auth0`: the Auth0 adapter, for the server side only (it holds a client secret and
 * calls Auth0's Management API through the `auth0` SDK). Never import it from browser code.
 */
export { type Auth0ErrorBody, auth0HttpError } from './auth0-errors.ts';
export type { Auth0AdapterOptions } from './context.ts';
export { type CreateAuth0AdapterOptions, createAuth0Adapter } from './create-auth0-adapter.ts';
export type { OrganizationExternalId } from './organization-fields.ts';
export type { Auth0RoleOptions } from './roles.ts';
export type { Auth0Credentials } from './token.ts';
