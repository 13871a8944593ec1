import type { CallOptions } from '../../core/adapter.ts';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { scalekitCapabilities } from '../../core/capabilities.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Member, MemberActions } from '../../core/member.ts';
import type { AccessPolicy } from '../../core/policy/access-policy.ts';
import { countActiveAdmins, isAdminRole } from '../../core/policy/admin-roles.ts';
import type { PolicyContext } from '../../core/policy/policy-context.ts';
import type { Role } from '../../core/role.ts';
import type { ScalekitClient } from './client.ts';
import { membershipIn, toMember } from './map-member.ts';
import { toRole } from './map-organization.ts';
import { type ErrorContext, scalekitError } from './scalekit-errors.ts';
import { adminRolesByName, decideRow, membershipRow, viewerContext } from './scalekit-policy.ts';
import { presentString, type ScalekitMembership, type ScalekitUser } from './scalekit-types.ts';

/** What every part of the adapter shares: the typed client, the host's rules, and the viewer. */
export interface ScalekitSessionOptions {
  /** The typed, authenticated client. */
  api: ScalekitClient;
  /** The host's profile fields. */
  definitions: readonly AttributeDefinition[];
  /** The limits the adapter declares. */
  limits: BackendLimits;
  /** The core policy the adapter decides with (see `resolveScalekitPolicy`). */
  policy: AccessPolicy;
  /** `capabilities.invitations.resendCooldownMs`. */
  resendCooldownMs: number | null;
  /** The signed-in person's Scalekit user ID. */
  viewerUserId: () => string | Promise<string>;
  /** The clock, in epoch milliseconds. */
  now: () => number;
}

/** The viewer's decision context, with their own membership and address. */
export type ViewerContext = PolicyContext & {
  viewerId: string;
  membership?: ScalekitMembership;
  email?: string;
};

/** The largest page the plain members list returns. */
export const listMaxPageSize = scalekitCapabilities.members.maxPageSize;

/** A row before the policy decides its actions (`decideRow` replaces them). */
const undecided: MemberActions = {
  changeRoles: { allowed: false, reason: 'not_permitted' },
  remove: { allowed: false, reason: 'not_permitted' },
  resendInvitation: { allowed: false, reason: 'not_permitted' },
  revokeInvitation: { allowed: false, reason: 'not_permitted' },
};

/** The calls and decisions the adapter's methods share. */
export type ScalekitSession = ReturnType<typeof createScalekitSession>;

/** Builds the shared part of the adapter over one client and one set of host rules. */
export function createScalekitSession(options: ScalekitSessionOptions) {
  const { api, policy } = options;

  /** The data of a successful call, or the typed error for a failed one. */
  async function ok<D>(
    call: Promise<{ data?: D; error?: unknown; response: Response }>,
    context: ErrorContext = {},
  ): Promise<D> {
    const { data, error, response } = await call;
    if (!response.ok) throw scalekitError(response.status, error, context, response.headers);
    return data as D;
  }

  const signalOf = (callOptions?: CallOptions) => (callOptions?.signal ? { signal: callOptions.signal } : {});

  async function fetchUser(userId: string, callOptions?: CallOptions): Promise<ScalekitUser> {
    const data = await ok(
      api.GET('/api/v1/users/{id}', { params: { path: { id: userId } }, ...signalOf(callOptions) }),
    );
    if (!data.user) throw new TeamkitError('not_found');
    return data.user;
  }

  async function viewerId(): Promise<string> {
    const id = await options.viewerUserId();
    if (!id) throw new TeamkitError('unauthenticated');
    return id;
  }

  async function listRoles(organizationId: string, callOptions?: CallOptions): Promise<Role[]> {
    const data = await ok(
      api.GET('/api/v1/organizations/{org_id}/roles', {
        params: { path: { org_id: organizationId } },
        ...signalOf(callOptions),
      }),
    );
    const roles = (data.roles ?? []).map((role) => toRole(role));
    // Scalekit marks no admin role: the host's policy does.
    return roles.map((role) => ({ ...role, isAdmin: isAdminRole(role.name, roles, policy) }));
  }

  /**
   * The viewer's permissions in an organization, read from their own membership on every call (a
   * demotion applies at once; the adapter's M2M token sees every organization, so this decides).
   * The organization's roles are read only when the policy tells admin roles by a test of the role.
   */
  async function contextIn(organizationId: string, callOptions?: CallOptions): Promise<ViewerContext> {
    const id = await viewerId();
    const [user, roles] = await Promise.all([
      fetchUser(id, callOptions),
      adminRolesByName(policy) ? [] : listRoles(organizationId, callOptions),
    ]);
    const membership = membershipIn(user, organizationId);
    return {
      ...viewerContext(id, membership, roles, policy),
      viewerId: id,
      ...(membership ? { membership } : {}),
      ...(user.email ? { email: user.email } : {}),
    };
  }

  /**
   * Whether the viewer manages `target` (the `manageUsers` permission in an organization they share,
   * `organizationId` when given): the memory adapter's rule for admin mode. The viewer's own record is
   * read unless they are the target.
   */
  async function viewerManages(
    target: ScalekitUser,
    organizationId: string | undefined,
    callOptions?: CallOptions,
  ): Promise<boolean> {
    const id = await viewerId();
    const viewer = target.id === id ? target : await fetchUser(id, callOptions);
    for (const membership of target.memberships ?? []) {
      const org = membership.organization_id ?? '';
      if (organizationId !== undefined && org !== organizationId) continue;
      const roles = adminRolesByName(policy) ? [] : await listRoles(org, callOptions);
      if (viewerContext(id, membershipIn(viewer, org), roles, policy).permissions.manageUsers) return true;
    }
    return false;
  }

  async function memberOf(organizationId: string, userId: string, callOptions?: CallOptions) {
    const user = await fetchUser(userId, callOptions);
    const membership = membershipIn(user, organizationId);
    if (!membership) throw new TeamkitError('not_found');
    return { user, membership, row: membershipRow(userId, membership) };
  }

  async function checkRoles(organizationId: string, roles: readonly string[], callOptions?: CallOptions) {
    if (roles.length === 0) throw validationError({ roles: 'Choose at least one role.' });
    const known = new Set((await listRoles(organizationId, callOptions)).map((role) => role.name));
    const unknown = roles.filter((role) => !known.has(role));
    if (unknown.length > 0) throw validationError({ roles: `Unknown role: ${unknown.join(', ')}.` });
  }

  /** Active admins of an organization, counted by the core over every page (Scalekit cannot filter by role). */
  async function scanActiveAdmins(
    organizationId: string,
    context: PolicyContext,
    callOptions?: CallOptions,
  ): Promise<number> {
    let count = 0;
    let pageToken: string | undefined;
    for (let pages = 0; pages < 1000; pages += 1) {
      const data = await ok(
        api.GET('/api/v1/organizations/{organization_id}/users', {
          params: {
            path: { organization_id: organizationId },
            query: { page_size: listMaxPageSize, ...(pageToken ? { page_token: pageToken } : {}) },
          },
          ...signalOf(callOptions),
        }),
      );
      const rows = (data.users ?? []).flatMap((user) => {
        const membership = membershipIn(user, organizationId);
        return membership ? [membershipRow(user.id ?? '', membership)] : [];
      });
      count += countActiveAdmins(rows, context.roles, policy);
      pageToken = presentString(data.next_page_token) ?? undefined;
      if (!pageToken) break;
    }
    return count;
  }

  /** One count of active admins for the rows of one call, made only if a row's decision needs it. */
  function adminCounter(organizationId: string, context: PolicyContext, callOptions?: CallOptions) {
    let count: Promise<number> | null = null;
    return () => {
      count ??= scanActiveAdmins(organizationId, context, callOptions);
      return count;
    };
  }

  /** A Scalekit user and membership as the kit's Member, its actions decided by the core policy. */
  function rowOf(
    user: ScalekitUser,
    membership: ScalekitMembership,
    context: PolicyContext,
    activeAdmins: () => Promise<number>,
  ): Promise<Member> {
    return decideRow(
      toMember(user, membership, undecided),
      context,
      activeAdmins,
      options.resendCooldownMs,
      options.now(),
    );
  }

  return {
    ...options,
    ok,
    signalOf,
    fetchUser,
    viewerId,
    listRoles,
    contextIn,
    viewerManages,
    memberOf,
    checkRoles,
    adminCounter,
    rowOf,
  };
}
