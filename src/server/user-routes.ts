/**
 * The routes of user records: the caller's own, and another's for an administrator of the same
 * organization (anyone elsewhere is answered `not_found`). Profile patches are checked against the
 * definitions and the caller's mode before the backend sees them. Where a host's definitions store
 * serves the definitions and the backend stores custom attributes it has no definition of (Auth0),
 * every user call carries the served definitions, so the backend reads and writes the store's fields.
 */
import type { UserCallOptions } from '../core/call-options.ts';
import { TeamkitError } from '../core/errors.ts';
import type { UserPatch } from '../core/user.ts';
import { userUpdateBody } from './bodies.ts';
import { checkUserPatch } from './guards.ts';
import type { RouteContext } from './route-context.ts';
import { ok, type RouteSpec } from './route-spec.ts';

/**
 * How the caller may write a user record: `admin` with `manageUsers` (a member of their organization,
 * or themselves), `self` for their own record without it; anyone else's is refused.
 */
async function checkUserAccess(context: RouteContext, userId: string): Promise<'self' | 'admin'> {
  const viewer = await context.viewer();
  if (userId === context.session.userId) return viewer.permissions.manageUsers ? 'admin' : 'self';
  if (!viewer.permissions.manageUsers) throw new TeamkitError('permission_denied');
  // An administrator manages members of their own organization, nobody else: a user elsewhere is
  // answered \`not_found\`, exactly like one that does not exist, so nothing leaks across organizations.
  await context.member(userId);
  return 'admin';
}

/**
 * The options of a user call: the signal, and the served definitions where the backend lays out
 * custom attributes by them (`storesUndeclaredCustomAttributes` with a host's store in front).
 */
export async function userCallOptions(context: RouteContext): Promise<UserCallOptions> {
  const { adapter, definitionsStore, signal } = context;
  if (!definitionsStore || !adapter.capabilities.storesUndeclaredCustomAttributes) return { signal };
  return { signal, definitions: await context.definitions() };
}

/** The user routes, in the order the OpenAPI document lists them. */
export const userRoutes: readonly RouteSpec[] = [
  {
    operationId: 'getCurrentUser',
    method: 'GET',
    path: '/me',
    access: 'signed_in',
    adapterMethod: 'getCurrentUser',
    run: async (context) =>
      ok(await context.adapter.getUser(context.session.userId, await userCallOptions(context))),
  },
  {
    operationId: 'getUser',
    method: 'GET',
    path: '/users/{userId}',
    access: 'signed_in',
    adapterMethod: 'getUser',
    run: async (context) => {
      const userId = context.params.userId ?? '';
      await checkUserAccess(context, userId);
      return ok(await context.adapter.getUser(userId, await userCallOptions(context)));
    },
  },
  {
    operationId: 'updateUser',
    method: 'PATCH',
    path: '/users/{userId}',
    access: 'signed_in',
    adapterMethod: 'updateUser',
    body: userUpdateBody,
    run: async (context) => {
      const userId = context.params.userId ?? '';
      const { patch, expectedVersion } = context.body as { patch: UserPatch; expectedVersion?: string };
      const mode = await checkUserAccess(context, userId);
      checkUserPatch(patch, await context.definitions(), mode);
      const user = await context.adapter.updateUser(userId, patch, {
        ...(await userCallOptions(context)),
        organizationId: context.session.organizationId,
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
      return ok(user);
    },
  },
];
