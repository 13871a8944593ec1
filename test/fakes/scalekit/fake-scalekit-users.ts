/**
 * The fake Scalekit's user routes: get (by ID and external ID), list and search (environment and
 * organization), update, and create with a membership (an invitation to a new user).
 */
import type { Context } from 'openapi-backend';
import { bodyOf, type FakeScalekitModel, pathParams, queryParams } from './fake-scalekit-model.ts';
import type { FakeUser } from './fake-scalekit-types.ts';
import { alreadyExists, invalid, mapViolations, newId, notFound, type Reply } from './fake-scalekit-wire.ts';

/** The user routes, by operationId. */
export function userRoutes(model: FakeScalekitModel): [string, (c: Context) => Reply][] {
  const { state, iso, userJson, checkSearchQuery, searchMatch, page, orgUsers, findRoles, newMembership } =
    model;
  const { users, organizations } = state;
  /** One page of `matches` as Scalekit lists users, or its refusal of a page size past `maxPageSize`. */
  const usersPage = (matches: FakeUser[], c: Context, maxPageSize: number): Reply => {
    const result = page(matches, c, maxPageSize);
    if ('error' in result) return result.error;
    return {
      status: 200,
      body: {
        users: result.items.map(userJson),
        next_page_token: result.next,
        prev_page_token: '',
        total_size: result.total,
      },
    };
  };
  return [
    [
      'UserService_GetUser',
      (c) => {
        const user = users.get(pathParams(c).id ?? '');
        return user ? { status: 200, body: { user: userJson(user) } } : notFound('user');
      },
    ],
    [
      'UserService_GetUser2',
      (c) => {
        const externalId = pathParams(c).external_id ?? '';
        const user = [...users.values()].find((candidate) => candidate.external_id === externalId);
        return user ? { status: 200, body: { user: userJson(user) } } : notFound('user');
      },
    ],
    [
      'UserService_SearchUsers',
      (c) => {
        const refused = checkSearchQuery(c);
        if (refused) return refused;
        const matches = [...users.values()].filter((user) => searchMatch(user, queryParams(c).query ?? ''));
        return usersPage(matches, c, 30);
      },
    ],
    [
      'UserService_ListOrganizationUsers',
      (c) => {
        const organizationId = pathParams(c).organization_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        return usersPage(orgUsers(organizationId), c, 100);
      },
    ],
    [
      'UserService_SearchOrganizationUsers',
      (c) => {
        const organizationId = pathParams(c).organization_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        const refused = checkSearchQuery(c);
        if (refused) return refused;
        const matches = orgUsers(organizationId).filter((user) =>
          searchMatch(user, queryParams(c).query ?? ''),
        );
        return usersPage(matches, c, 30);
      },
    ],
    [
      'UserService_UpdateUser',
      (c) => {
        const user = users.get(pathParams(c).id ?? '');
        if (!user) return notFound('user');
        const body = bodyOf<{
          external_id?: string;
          metadata?: Record<string, string>;
          user_profile?: Record<string, unknown> & { custom_attributes?: Record<string, string> };
        }>(c);
        const violations = [
          ...mapViolations(body.metadata, 'user.metadata', 20),
          ...mapViolations(body.user_profile?.custom_attributes, 'user.user_profile.custom_attributes', 20),
        ];
        for (const field of ['given_name', 'family_name'] as const) {
          const value = body.user_profile?.[field];
          if (typeof value === 'string' && value.length > 255) {
            violations.push({
              field: `user.user_profile.${field}`,
              message: 'value length must be at most 255 characters',
            });
          }
        }
        if (violations.length > 0) return invalid(violations);
        if (
          body.external_id &&
          [...users.values()].some((other) => other.id !== user.id && other.external_id === body.external_id)
        ) {
          return alreadyExists('user with this external id already exists');
        }
        if (body.external_id !== undefined) user.external_id = body.external_id || undefined;
        // Whether PATCH merges or replaces a map is undocumented (scalekit-api.md §10). The fake replaces:
        // the stricter reading, under which an adapter that sent only the changed keys would lose data.
        if (body.metadata && Object.keys(body.metadata).length > 0) user.metadata = { ...body.metadata };
        if (body.user_profile) {
          const { custom_attributes, ...scalars } = body.user_profile;
          for (const [key, value] of Object.entries(scalars)) user.user_profile[key] = value;
          if (custom_attributes && Object.keys(custom_attributes).length > 0) {
            user.user_profile.custom_attributes = { ...custom_attributes };
          }
        }
        user.update_time = iso();
        return { status: 200, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_CreateUserAndMembership',
      (c) => {
        const organizationId = pathParams(c).organization_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        const body = bodyOf<{
          email?: string;
          external_id?: string;
          metadata?: Record<string, string>;
          user_profile?: Record<string, unknown>;
          membership?: {
            roles?: { name?: string }[];
            metadata?: Record<string, string>;
            inviter_email?: string;
          };
        }>(c);
        const email = body.email ?? '';
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
          return invalid([{ field: 'user.email', message: 'value must be a valid email address' }]);
        }
        const violations = [
          ...mapViolations(body.metadata, 'user.metadata', 20),
          ...findRoles(
            organizationId,
            (body.membership?.roles ?? []).map((r) => r.name ?? ''),
          ),
        ];
        if (violations.length > 0) return invalid(violations);
        // Emails are unique across the environment; Scalekit's answer for a taken one is ALREADY_EXISTS.
        if ([...users.values()].some((user) => user.email.toLowerCase() === email.toLowerCase())) {
          return alreadyExists('user with this email already exists');
        }
        if (body.external_id && [...users.values()].some((user) => user.external_id === body.external_id)) {
          return alreadyExists('user with this external id already exists');
        }
        const created = iso();
        const sendEmail = String(queryParams(c).send_invitation_email) !== 'false';
        const user: FakeUser = {
          id: newId('usr_'),
          email,
          ...(body.external_id ? { external_id: body.external_id } : {}),
          create_time: created,
          update_time: created,
          metadata: { ...(body.metadata ?? {}) },
          user_profile: {
            id: newId('usp_'),
            email_verified: false,
            ...(body.user_profile ?? {}),
            custom_attributes: {},
            metadata: {},
          },
          memberships: [newMembership(organizationId, body.membership ?? {}, email, sendEmail)],
        };
        users.set(user.id, user);
        return { status: 201, body: { user: userJson(user) } };
      },
    ],
  ];
}
