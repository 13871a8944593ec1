/**
 * The fake's user routes: `GET/PATCH /api/v2/users/{id}`, the user search (`GET /api/v2/users?q=`, only
 * the query forms the adapter sends) and `GET /api/v2/users/{id}/organizations`.
 */
import {
  Auth0Failure,
  boolParam,
  checkBody,
  checkMetadataKeys,
  checkQuery,
  type FakeRequest,
  type FakeResponse,
  intParam,
  invalidBody,
  invalidQuery,
  offsetPage,
} from './fake-auth0-http.ts';
import type { FakeTenant } from './fake-auth0-state.ts';
import {
  type FakeUser,
  listUsersQuery,
  updateUserFields,
  userOrganizationsQuery,
} from './fake-auth0-wire.ts';

/** The most rows offset paging reaches. */
const offsetCeiling = 1000;

function userOf(tenant: FakeTenant, id: string): FakeUser {
  const user = tenant.users.get(id);
  if (!user) throw new Auth0Failure(404, 'inexistent_user', 'The user does not exist.');
  return user;
}

/** Auth0 merges metadata at the first level; `null` deletes a key. */
function mergeBag(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

const rootStrings = ['given_name', 'family_name', 'name', 'nickname', 'picture', 'phone_number'] as const;

/** PATCH a user: root attributes (150 characters at most for names), metadata merged by key. */
function patchUser(tenant: FakeTenant, request: FakeRequest, now: number): FakeResponse {
  const user = userOf(tenant, request.params.id ?? '');
  const body = checkBody(request, updateUserFields);
  if (Object.keys(body).length === 0) throw invalidBody('Too few properties defined (0), minimum 1');
  for (const key of ['email', 'password', 'username', 'connection', 'client_id', 'blocked']) {
    // The adapter never changes these; a request that does is a bug the tests must see.
    if (key in body) throw invalidBody(`The fake does not implement ${key} changes`);
  }
  for (const key of rootStrings) {
    if (!(key in body)) continue;
    const value = body[key];
    if (value !== null && typeof value !== 'string') {
      throw invalidBody(`Expected type string but found type ${typeof value} on property ${key}`);
    }
    if (typeof value === 'string' && (value.length === 0 || value.length > 150)) {
      throw invalidBody(`String is too ${value.length === 0 ? 'short' : 'long'} on property ${key}`);
    }
    if (key === 'phone_number' && !user.identities.some((identity) => identity.provider === 'sms')) {
      throw new Auth0Failure(
        400,
        'operation_not_supported',
        'phone_number is not allowed for this connection.',
      );
    }
  }
  const next: FakeUser = { ...user };
  for (const key of rootStrings) {
    if (!(key in body)) continue;
    if (body[key] === null) delete next[key];
    else next[key] = body[key] as string;
  }
  for (const bag of ['user_metadata', 'app_metadata'] as const) {
    if (!(bag in body)) continue;
    checkMetadataKeys(body[bag], bag);
    next[bag] = mergeBag(user[bag], body[bag] as Record<string, unknown>);
  }
  next.updated_at = new Date(now).toISOString();
  tenant.users.set(user.user_id, next);
  return { status: 200, body: next };
}

/** The one search the fake understands: `app_metadata.<key>:"value"` (or `email:"value"`). */
function searchUsers(tenant: FakeTenant, request: FakeRequest): FakeResponse {
  checkQuery(request, listUsersQuery);
  const q = request.query.get('q') ?? '';
  if (request.query.get('search_engine') !== 'v3') throw invalidQuery('search_engine must be v3 here');
  const match = /^(app_metadata\.[A-Za-z0-9_]+|email):"((?:[^"\\]|\\.)*)"$/.exec(q);
  if (!match)
    throw new Auth0Failure(400, 'invalid_query', `Query string syntax not understood by the fake: ${q}`);
  const [, field = '', quoted = ''] = match;
  const wanted = quoted.replace(/\\(.)/g, '$1');
  const found = [...tenant.users.values()].filter((user) => {
    if (field === 'email') return user.email.toLowerCase() === wanted.toLowerCase();
    const value = user.app_metadata[field.slice('app_metadata.'.length)];
    return value === wanted;
  });
  const page = intParam(request, 'page', 0);
  const perPage = intParam(request, 'per_page', 50, 100);
  const users = offsetPage(found, page, perPage);
  return boolParam(request, 'include_totals', false)
    ? {
        status: 200,
        body: { users, start: page * perPage, limit: perPage, length: users.length, total: found.length },
      }
    : { status: 200, body: users };
}

/**
 * A user's organizations by offset (`page`/`per_page` ≤ 100, the only paging the SDK's
 * `users.organizations.list` sends). Auth0: "Checkpoint pagination must be used if you need to
 * retrieve more than 1000 organizations": the fake's offset pages end at the 1,000th, the total
 * still counts them all.
 */
function organizationsOfUser(tenant: FakeTenant, request: FakeRequest): FakeResponse {
  checkQuery(request, userOrganizationsQuery);
  const user = userOf(tenant, request.params.id ?? '');
  const all = [...tenant.organizations.values()].filter((organization) =>
    tenant.members.get(organization.id)?.has(user.user_id),
  );
  const page = intParam(request, 'page', 0);
  const perPage = intParam(request, 'per_page', 50, 100);
  const organizations = offsetPage(all.slice(0, offsetCeiling), page, perPage);
  return boolParam(request, 'include_totals', false)
    ? { status: 200, body: { organizations, start: page * perPage, limit: perPage, total: all.length } }
    : { status: 200, body: organizations };
}

/** The user routes, as `[method, path pattern, handler]`. */
export function userRoutes(tenant: FakeTenant, now: () => number) {
  return [
    ['GET', /^\/api\/v2\/users$/, (request: FakeRequest) => searchUsers(tenant, request)],
    [
      'GET',
      /^\/api\/v2\/users\/(?<id>[^/]+)$/,
      (request: FakeRequest) => {
        checkQuery(request, []);
        return { status: 200, body: userOf(tenant, request.params.id ?? '') };
      },
    ],
    [
      'PATCH',
      /^\/api\/v2\/users\/(?<id>[^/]+)$/,
      (request: FakeRequest) => patchUser(tenant, request, now()),
    ],
    [
      'GET',
      /^\/api\/v2\/users\/(?<id>[^/]+)\/organizations$/,
      (request: FakeRequest) => organizationsOfUser(tenant, request),
    ],
  ] as const;
}
