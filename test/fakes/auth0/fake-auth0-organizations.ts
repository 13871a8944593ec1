/**
 * The fake's organization routes: the organization itself (by ID, by name, the list), the tenant's
 * roles, and members with their roles. Invitations are in fake-auth0-invitations.ts.
 */
import {
  Auth0Failure,
  boolParam,
  checkBody,
  checkQuery,
  decodeCheckpoint,
  encodeCheckpoint,
  type FakeRequest,
  type FakeResponse,
  intParam,
  invalidBody,
  invalidQuery,
  notFound,
  offsetPage,
} from './fake-auth0-http.ts';
import { type FakeTenant, membersOf } from './fake-auth0-state.ts';
import {
  deleteMembersFields,
  type FakeMemberRow,
  type FakeOrganization,
  listMembersOffsetQuery,
  listMembersQuery,
  listOrganizationsQuery,
  listRolesQuery,
  memberRoleFields,
  memberRowFields,
  offsetQuery,
  updateOrganizationFields,
} from './fake-auth0-wire.ts';

/** Auth0's rule for an organization's `name`: lower case letters, digits, `-` and `_`, 1–50. */
export const organizationNamePattern = /^[a-z0-9](?:[a-z0-9_-]{0,48}[a-z0-9])?$/;

export function organizationOf(tenant: FakeTenant, id: string): FakeOrganization {
  const organization = tenant.organizations.get(id);
  if (!organization) throw notFound('organization');
  return organization;
}

/** Auth0's limits on organization metadata: 25 properties, string values of at most 255 characters. */
function checkOrganizationMetadata(metadata: Record<string, string>): void {
  if (Object.keys(metadata).length > 25)
    throw invalidBody('Too many properties defined, maximum 25 on property metadata');
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') throw invalidBody(`Expected type string on property metadata.${key}`);
    if (value.length > 255)
      throw invalidBody(
        `String is too long (${value.length} chars), maximum 255 on property metadata.${key}`,
      );
  }
}

function patchOrganization(tenant: FakeTenant, request: FakeRequest): FakeResponse {
  const organization = organizationOf(tenant, request.params.id ?? '');
  const body = checkBody(request, updateOrganizationFields);
  const next: FakeOrganization = { ...organization };
  if ('display_name' in body) {
    const name = body.display_name;
    if (typeof name !== 'string' || name.length < 1 || name.length > 255) {
      throw invalidBody('String is too long or too short on property display_name');
    }
    next.display_name = name;
  }
  if ('name' in body) {
    const name = body.name;
    if (typeof name !== 'string' || !organizationNamePattern.test(name)) {
      throw invalidBody('String does not match pattern ^[a-z0-9]... on property name');
    }
    const taken = [...tenant.organizations.values()].some(
      (other) => other.id !== organization.id && other.name === name,
    );
    if (taken)
      throw new Auth0Failure(409, 'organization_conflict', 'An organization with this name already exists.');
    next.name = name;
  }
  if ('metadata' in body) {
    const patch = body.metadata as Record<string, string | null>;
    if (typeof patch !== 'object' || patch === null)
      throw invalidBody('Expected type object on property metadata');
    const merged: Record<string, string> = { ...organization.metadata };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    checkOrganizationMetadata(merged);
    next.metadata = merged;
  }
  tenant.organizations.set(organization.id, next);
  return { status: 200, body: next };
}

function listOrganizations(tenant: FakeTenant, request: FakeRequest): FakeResponse {
  checkQuery(request, listOrganizationsQuery);
  const all = [...tenant.organizations.values()];
  const start = decodeCheckpoint(request.query.get('from'));
  const take = intParam(request, 'take', 50, 100);
  const organizations = all.slice(start, start + take);
  const next = start + take < all.length ? encodeCheckpoint(start + take) : undefined;
  return { status: 200, body: { organizations, ...(next ? { next } : {}) } };
}

/** Members by checkpoint (`from`/`take`) or by offset (`page`/`per_page`); roles only when `fields` asks. */
function listMembers(tenant: FakeTenant, request: FakeRequest): FakeResponse {
  checkQuery(request, [...listMembersQuery, ...listMembersOffsetQuery]);
  const organization = organizationOf(tenant, request.params.id ?? '');
  const fields = request.query.get('fields')?.split(',').filter(Boolean) ?? [];
  for (const field of fields) {
    if (!(memberRowFields as readonly string[]).includes(field))
      throw invalidQuery(`Unknown field ${field} on property fields`);
  }
  const include = boolParam(request, 'include_fields', true);
  const wanted = (field: string) =>
    fields.length === 0 ? field !== 'roles' : include ? fields.includes(field) : !fields.includes(field);
  const rows: FakeMemberRow[] = [...membersOf(tenant, organization.id)].map(([userId, roleIds]) => {
    const user = tenant.users.get(userId);
    const row: FakeMemberRow = {};
    if (wanted('user_id')) row.user_id = userId;
    if (wanted('email') && user?.email) row.email = user.email;
    if (wanted('name') && user?.name) row.name = user.name;
    if (wanted('picture') && user?.picture) row.picture = user.picture;
    if (wanted('roles')) {
      row.roles = tenant.roles.filter((role) => roleIds.has(role.id)).map(({ id, name }) => ({ id, name }));
    }
    return row;
  });
  const offsetMode = request.query.has('page') || request.query.has('per_page');
  if (offsetMode && (request.query.has('from') || request.query.has('take'))) {
    throw invalidQuery('Use either page/per_page or from/take, not both');
  }
  if (offsetMode) {
    const page = intParam(request, 'page', 0);
    const perPage = intParam(request, 'per_page', 50, 100);
    const members = offsetPage(rows, page, perPage);
    return boolParam(request, 'include_totals', false)
      ? { status: 200, body: { members, start: page * perPage, limit: perPage, total: rows.length } }
      : { status: 200, body: members };
  }
  const start = decodeCheckpoint(request.query.get('from'));
  const take = intParam(request, 'take', 50, 100);
  const members = rows.slice(start, start + take);
  // Checkpoint paging carries no total; `next` is present only while more members follow.
  const next = start + take < rows.length ? encodeCheckpoint(start + take) : undefined;
  return { status: 200, body: { members, ...(next ? { next } : {}) } };
}

function memberRolesOf(tenant: FakeTenant, request: FakeRequest): Set<string> {
  const organization = organizationOf(tenant, request.params.id ?? '');
  const roles = membersOf(tenant, organization.id).get(request.params.userId ?? '');
  if (!roles)
    throw new Auth0Failure(404, 'inexistent_member', 'The user is not a member of the organization.');
  return roles;
}

function roleIdsOf(tenant: FakeTenant, request: FakeRequest): string[] {
  const body = checkBody(request, memberRoleFields, ['roles']);
  const roles = body.roles;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((role) => typeof role !== 'string')) {
    throw invalidBody('Expected a non-empty array of role IDs on property roles');
  }
  for (const id of roles as string[]) {
    if (!tenant.roles.some((role) => role.id === id)) throw notFound('role');
  }
  return roles as string[];
}

/** The organization routes, as `[method, path pattern, handler]`. */
export function organizationRoutes(tenant: FakeTenant) {
  const id = '(?<id>[^/]+)';
  const route = (pattern: string) => new RegExp(`^/api/v2/${pattern}$`);
  return [
    ['GET', route('organizations'), (request: FakeRequest) => listOrganizations(tenant, request)],
    [
      'GET',
      route('organizations/name/(?<name>[^/]+)'),
      (request: FakeRequest) => {
        checkQuery(request, []);
        const found = [...tenant.organizations.values()].find(
          (organization) => organization.name === request.params.name,
        );
        if (!found) throw notFound('organization');
        return { status: 200, body: found };
      },
    ],
    [
      'GET',
      route(`organizations/${id}`),
      (request: FakeRequest) => {
        checkQuery(request, []);
        return { status: 200, body: organizationOf(tenant, request.params.id ?? '') };
      },
    ],
    ['PATCH', route(`organizations/${id}`), (request: FakeRequest) => patchOrganization(tenant, request)],
    ['GET', route(`organizations/${id}/members`), (request: FakeRequest) => listMembers(tenant, request)],
    [
      'DELETE',
      route(`organizations/${id}/members`),
      (request: FakeRequest) => {
        const organization = organizationOf(tenant, request.params.id ?? '');
        const body = checkBody(request, deleteMembersFields, ['members']);
        const ids = body.members;
        if (!Array.isArray(ids) || ids.length === 0)
          throw invalidBody('Expected a non-empty array on property members');
        for (const userId of ids as string[]) membersOf(tenant, organization.id).delete(userId);
        return { status: 204 };
      },
    ],
    [
      'GET',
      route(`organizations/${id}/members/(?<userId>[^/]+)/roles`),
      (request: FakeRequest) => {
        checkQuery(request, offsetQuery);
        const held = memberRolesOf(tenant, request);
        const all = tenant.roles.filter((role) => held.has(role.id));
        const page = intParam(request, 'page', 0);
        const perPage = intParam(request, 'per_page', 50, 100);
        const roles = offsetPage(all, page, perPage);
        return boolParam(request, 'include_totals', false)
          ? { status: 200, body: { roles, start: page * perPage, limit: perPage, total: all.length } }
          : { status: 200, body: roles };
      },
    ],
    [
      'POST',
      route(`organizations/${id}/members/(?<userId>[^/]+)/roles`),
      (request: FakeRequest) => {
        const held = memberRolesOf(tenant, request);
        for (const roleId of roleIdsOf(tenant, request)) held.add(roleId);
        return { status: 204 };
      },
    ],
    [
      'DELETE',
      route(`organizations/${id}/members/(?<userId>[^/]+)/roles`),
      (request: FakeRequest) => {
        const held = memberRolesOf(tenant, request);
        for (const roleId of roleIdsOf(tenant, request)) held.delete(roleId);
        return { status: 204 };
      },
    ],
    [
      'GET',
      route('roles'),
      (request: FakeRequest) => {
        checkQuery(request, listRolesQuery);
        const filter = request.query.get('name_filter')?.toLowerCase();
        const all = tenant.roles.filter((role) => !filter || role.name.toLowerCase().includes(filter));
        const page = intParam(request, 'page', 0);
        const perPage = intParam(request, 'per_page', 50, 100);
        const roles = offsetPage(all, page, perPage);
        return boolParam(request, 'include_totals', false)
          ? { status: 200, body: { roles, start: page * perPage, limit: perPage, total: all.length } }
          : { status: 200, body: roles };
      },
    ],
  ] as const;
}
