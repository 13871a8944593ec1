/**
 * The fake Scalekit's state and what its routes share: the records as Scalekit's JSON, paging by
 * `page_size`/`page_token`, role and search checks, and a new invitation's membership.
 */
import type { Context } from 'openapi-backend';
import type {
  FakeMembership,
  FakeOrganization,
  FakeRole,
  FakeScalekitSettings,
  FakeUser,
} from './fake-scalekit-types.ts';
import { invalid, type status } from './fake-scalekit-wire.ts';
import type { Violation } from './openapi-check.ts';

/** The fake's data, which its routes read and change. */
export interface FakeScalekitState {
  users: Map<string, FakeUser>;
  organizations: Map<string, FakeOrganization>;
  roles: Map<string, FakeRole[]>;
  /** The addresses an invitation email went to. */
  invitationEmails: string[];
  settings: FakeScalekitSettings;
  /** The clock, in epoch ms. */
  now: () => number;
}

/** What every route file uses: the state and the shared helpers. */
export type FakeScalekitModel = ReturnType<typeof createFakeScalekitModel>;

export const pathParams = (c: Context) => c.request.params as Record<string, string>;
export const queryParams = (c: Context) => c.request.query as Record<string, string | undefined>;
export const bodyOf = <T>(c: Context) => (c.request.requestBody ?? {}) as T;

/** The helpers over one state. */
export function createFakeScalekitModel(state: FakeScalekitState) {
  const { users, organizations, roles, now } = state;
  const iso = () => new Date(now()).toISOString();

  function userJson(user: FakeUser) {
    return {
      id: user.id,
      email: user.email,
      ...(user.external_id ? { external_id: user.external_id } : {}),
      create_time: user.create_time,
      update_time: user.update_time,
      metadata: { ...user.metadata },
      user_profile: { ...user.user_profile },
      memberships: user.memberships.map((membership) => {
        const organization = organizations.get(membership.organization_id);
        const orgRoles = roles.get(membership.organization_id) ?? [];
        return {
          organization_id: membership.organization_id,
          membership_status: membership.membership_status,
          join_time: membership.join_time,
          roles: membership.roles.map((name) => ({
            id: `role_${name}`,
            name,
            display_name: orgRoles.find((role) => role.name === name)?.display_name ?? name,
          })),
          // Optional on the wire: a response may leave them empty (`settings.membershipNames`).
          name: state.settings.membershipNames ? (organization?.display_name ?? '') : '',
          display_name: state.settings.membershipNames ? (organization?.display_name ?? '') : '',
          metadata: { ...membership.metadata },
          provisioning_method: membership.provisioning_method,
          permissions: [...(membership.permissions ?? [])],
          ...(membership.inviter_email ? { inviter_email: membership.inviter_email } : {}),
          ...(membership.created_at ? { created_at: membership.created_at } : {}),
          ...(membership.accepted_at ? { accepted_at: membership.accepted_at } : {}),
          ...(membership.expires_at ? { expires_at: membership.expires_at } : {}),
        };
      }),
    };
  }

  function organizationJson(organization: FakeOrganization) {
    return {
      id: organization.id,
      display_name: organization.display_name,
      ...(organization.external_id ? { external_id: organization.external_id } : {}),
      metadata: { ...organization.metadata },
      create_time: organization.create_time,
      update_time: organization.update_time,
      region_code: 'US',
    };
  }

  function findRoles(organizationId: string, names: string[]): Violation[] {
    const known = new Set((roles.get(organizationId) ?? []).map((role) => role.name));
    // Scalekit's answer to an unknown role name is undocumented; the fake refuses it as invalid.
    return names
      .filter((name) => !known.has(name))
      .map(() => ({ field: 'roles', message: 'role not found' }));
  }

  function page<T>(
    items: T[],
    c: Context,
    maxPageSize: number,
  ): { items: T[]; next: string; total: number } | { error: ReturnType<typeof status> } {
    const query = queryParams(c);
    const size = Number(query.page_size ?? 0) || 10;
    if (size > maxPageSize)
      return {
        error: invalid([
          { field: 'page_size', message: `value must be less than or equal to ${maxPageSize}` },
        ]),
      };
    let offset = 0;
    if (query.page_token) {
      offset = Number(
        Buffer.from(query.page_token, 'base64url')
          .toString('utf8')
          .replace(/^offset:/, ''),
      );
      if (!Number.isInteger(offset) || offset < 0)
        return { error: invalid([{ field: 'page_token', message: 'invalid page token' }]) };
    }
    const slice = items.slice(offset, offset + size);
    const nextOffset = offset + slice.length;
    return {
      items: slice,
      next: nextOffset < items.length ? Buffer.from(`offset:${nextOffset}`).toString('base64url') : '',
      total: items.length,
    };
  }

  function orgUsers(organizationId: string): FakeUser[] {
    return [...users.values()].filter((user) =>
      user.memberships.some((m) => m.organization_id === organizationId),
    );
  }

  function searchMatch(user: FakeUser, query: string): boolean {
    const needle = query.toLowerCase();
    return [user.email, user.id, user.external_id ?? ''].some((value) =>
      value.toLowerCase().includes(needle),
    );
  }

  function checkSearchQuery(c: Context) {
    const query = queryParams(c).query ?? '';
    if (query.length < 3 || query.length > 100) {
      return invalid([{ field: 'query', message: 'value length must be between 3 and 100 characters' }]);
    }
    return null;
  }

  function newMembership(
    organizationId: string,
    body: { roles?: { name?: string }[]; metadata?: Record<string, string>; inviter_email?: string },
    email: string,
    sendEmail: boolean,
  ): FakeMembership {
    // `send_invitation_email` defaults to true (the query is coerced, so it may arrive as a boolean);
    // the fake records each email it would have sent.
    if (sendEmail) state.invitationEmails.push(email);
    const defaultRole =
      (roles.get(organizationId) ?? []).find((role) => role.default_member)?.name ?? 'member';
    const created = iso();
    return {
      organization_id: organizationId,
      membership_status: 'PENDING_INVITE',
      roles: body.roles?.length ? body.roles.map((role) => role.name ?? '') : [defaultRole],
      metadata: { ...(body.metadata ?? {}) },
      provisioning_method: 'invitation',
      join_time: created,
      ...(body.inviter_email ? { inviter_email: body.inviter_email } : {}),
      created_at: created,
      // Invitations last 15 days by default (DOC user-invitations L69).
      expires_at: new Date(now() + 15 * 24 * 3600 * 1000).toISOString(),
      resent_count: 0,
    };
  }

  return {
    state,
    iso,
    userJson,
    organizationJson,
    findRoles,
    page,
    orgUsers,
    searchMatch,
    checkSearchQuery,
    newMembership,
  };
}
