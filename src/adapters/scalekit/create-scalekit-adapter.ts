import type {
  CallOptions,
  MembersPage,
  MembersQuery,
  TeamkitAdapter,
  WriteOptions,
} from '../../core/adapter.ts';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { resolveCapabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import { checkExpectedRoles } from '../../core/expected-roles.ts';
import { defaultIdempotencyTtlMs, type IdempotencyStore } from '../../core/idempotency-store.ts';
import type { Invitation, InviteInput } from '../../core/invitation.ts';
import { type BackendLimits, scalekitLimits } from '../../core/limits.ts';
import type { ActionDeniedReason, Member, MemberActions, MembershipPatch } from '../../core/member.ts';
import { decodeMembersCursor, encodeMembersCursor } from '../../core/members-cursor.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import type { Role } from '../../core/role.ts';
import type { User, UserPatch } from '../../core/user.ts';
import { validateAttributeValue } from '../../core/validate-attribute.ts';
import type { OrganizationPermissions, Viewer } from '../../core/viewer.ts';
import { encodeCustomAttribute } from './attribute-strings.ts';
import { createScalekitClient } from './client.ts';
import { mergeStringMap, metadataFieldErrors, refuseKeyDeletion } from './field-checks.ts';
import { membershipIn, toInvitation, toMember, toMembershipStatus } from './map-member.ts';
import { toOrganization, toRole } from './map-organization.ts';
import { toUser } from './map-user.ts';
import { type ErrorContext, scalekitError } from './scalekit-errors.ts';
import {
  presentString,
  type ScalekitCreateMembership,
  type ScalekitCreateUser,
  type ScalekitMembership,
  type ScalekitUpdateMembership,
  type ScalekitUpdateOrganization,
  type ScalekitUpdateUser,
  type ScalekitUser,
  stringMap,
} from './scalekit-types.ts';
import { createTokenSource, type ScalekitCredentials } from './token.ts';

/** Options of `createScalekitAdapter`: credentials, the host's definitions and roles, and the session. */
export interface ScalekitAdapterOptions extends ScalekitCredentials {
  /**
   * The profile fields, standard and custom. Scalekit stores no options, limits, groups, order or
   * write policy (and its attribute list is not in its public API), so the host supplies them.
   */
  definitions: readonly AttributeDefinition[];
  /** Which of the environment's roles administer an organization (Scalekit has no such flag). */
  roles?: { admin?: readonly string[] };
  /**
   * Whether members Scalekit marks `direct_provision` ("API or SCIM": it does not say which) are
   * treated as managed by a directory, so the kit neither re-roles nor removes them (a directory would
   * undo it). Default true, the safe reading; false where the host provisions through the API only.
   */
  directProvisionIsDirectory?: boolean;
  /** The signed-in person's Scalekit user ID (`usr_…`), from the host's session, per request. */
  viewerUserId: () => string | Promise<string>;
  /**
   * Where the first result of each invite's idempotency key is kept. Scalekit accepts no such key, so
   * without a store keys are ignored (`capabilities.invitations.idempotent` false); with one (shared by
   * the server's processes) a retried invite returns its first result and the capability is declared.
   */
  idempotencyStore?: IdempotencyStore;
  /** The fetch to use (tests route it to a fake Scalekit); the global fetch by default. */
  fetch?: typeof fetch;
  /** The clock, in epoch milliseconds (token expiry). */
  now?: () => number;
  /** How long before expiry a token is replaced, in ms (default one minute). */
  tokenRefreshMarginMs?: number;
}

/** The largest page `users:search` returns (OpenAPI L3955); the plain list allows 100. */
const searchMaxPageSize = 30;
const listMaxPageSize = scalekitCapabilities.members.maxPageSize;
/** Rough but sufficient: Scalekit checks `string.email` itself; this catches what needs no round trip. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const denied = (reason: ActionDeniedReason) => ({ allowed: false, reason }) as const;

/**
 * A TeamkitAdapter over Scalekit's REST API, for the server side only (it holds a client secret).
 * Every request is typed from Scalekit's OpenAPI document. What Scalekit cannot do is declared in
 * `capabilities` and refused with `not_supported`, never faked.
 */
export function createScalekitAdapter(options: ScalekitAdapterOptions): TeamkitAdapter {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const tokens = createTokenSource(options, {
    fetch: baseFetch,
    ...(options.now ? { now: options.now } : {}),
    ...(options.tokenRefreshMarginMs === undefined ? {} : { refreshMarginMs: options.tokenRefreshMarginMs }),
  });
  const api = createScalekitClient({ environmentUrl: options.environmentUrl, fetch: baseFetch, tokens });
  const definitions = options.definitions;
  const definitionsByKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const adminRoles = new Set(options.roles?.admin ?? ['admin']);
  // `userMetadata` lives in `user_profile.metadata` and `appMetadata` in the user's `metadata`: two maps
  // of 20 pairs each, so the two bags are not counted against one map (see toUser).
  const limits: BackendLimits = { ...scalekitLimits, sharedUserMetadata: false };
  /** Emails cannot change in Scalekit (no update path), so the viewer's is looked up once per user ID. */
  const emails = new Map<string, string>();

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
    if (data.user.id && data.user.email) emails.set(data.user.id, data.user.email);
    return data.user;
  }

  async function viewerId(): Promise<string> {
    const id = await options.viewerUserId();
    if (!id) throw new TeamkitError('unauthenticated');
    return id;
  }

  function isActiveAdmin(membership: ScalekitMembership | undefined): boolean {
    return (
      membership !== undefined &&
      toMembershipStatus(membership.membership_status) === 'active' &&
      (membership.roles ?? []).some((role) => adminRoles.has(role.name ?? ''))
    );
  }

  function permissionsOf(membership: ScalekitMembership | undefined): OrganizationPermissions {
    const admin = isActiveAdmin(membership);
    const active = membership !== undefined && toMembershipStatus(membership.membership_status) === 'active';
    return {
      viewMembers: active,
      inviteMembers: admin,
      manageMembers: admin,
      updateOrganization: admin,
      manageUsers: admin,
    };
  }

  const directIsDirectory = options.directProvisionIsDirectory ?? true;
  function isDirectoryManaged(membership: ScalekitMembership): boolean {
    return directIsDirectory && membership.provisioning_method === 'direct_provision';
  }

  /**
   * What the viewer may do to a row. Scalekit returns no per-row rights, so the kit decides: admins
   * manage members and invitations, except a directory's members and the organization's last active
   * admin (`soleAdmin` says whether that admin is the only one).
   */
  function actionsFor(
    viewerIsAdmin: boolean,
    membership: ScalekitMembership,
    soleAdmin: boolean,
  ): MemberActions {
    const status = toMembershipStatus(membership.membership_status);
    const invitation = status === 'pending_invite' || status === 'invite_expired';
    const manage = !viewerIsAdmin
      ? denied('not_permitted')
      : isDirectoryManaged(membership)
        ? denied('managed_by_directory')
        : soleAdmin && isActiveAdmin(membership)
          ? denied('last_admin')
          : ({ allowed: true } as const);
    const invite = !viewerIsAdmin
      ? denied('not_permitted')
      : invitation
        ? ({ allowed: true } as const)
        : denied('not_an_invitation');
    return { changeRoles: manage, remove: manage, resendInvitation: invite, revokeInvitation: invite };
  }

  /** Rows of one call share one count of the organization's active admins, made only if a row needs it. */
  function rowActions(organizationId: string, viewerIsAdmin: boolean, callOptions?: CallOptions) {
    let sole: Promise<boolean> | null = null;
    return async (membership: ScalekitMembership): Promise<MemberActions> => {
      const needsCount = viewerIsAdmin && isActiveAdmin(membership) && !isDirectoryManaged(membership);
      if (needsCount) sole ??= countActiveAdmins(organizationId, callOptions).then((count) => count <= 1);
      return actionsFor(viewerIsAdmin, membership, needsCount ? await sole! : false);
    };
  }

  async function viewerIsAdminOf(organizationId: string, callOptions?: CallOptions): Promise<boolean> {
    return isActiveAdmin(membershipIn(await fetchUser(await viewerId(), callOptions), organizationId));
  }

  async function viewerEmail(callOptions?: CallOptions): Promise<string | undefined> {
    const id = await viewerId();
    return emails.get(id) ?? (await fetchUser(id, callOptions)).email;
  }

  async function memberOf(organizationId: string, userId: string, callOptions?: CallOptions) {
    const user = await fetchUser(userId, callOptions);
    const membership = membershipIn(user, organizationId);
    if (!membership) throw new TeamkitError('not_found');
    return { user, membership };
  }

  async function checkRoles(organizationId: string, roles: readonly string[], callOptions?: CallOptions) {
    if (roles.length === 0) throw validationError({ roles: 'Choose at least one role.' });
    const known = new Set((await listRoles(organizationId, callOptions)).map((role) => role.name));
    const unknown = roles.filter((role) => !known.has(role));
    if (unknown.length > 0) throw validationError({ roles: `Unknown role: ${unknown.join(', ')}.` });
  }

  /** Active admins of an organization, counted over every page (Scalekit cannot filter by role). */
  async function countActiveAdmins(organizationId: string, callOptions?: CallOptions): Promise<number> {
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
      for (const user of data.users ?? []) if (isActiveAdmin(membershipIn(user, organizationId))) count += 1;
      pageToken = presentString(data.next_page_token) ?? undefined;
      if (!pageToken) break;
    }
    return count;
  }

  /** Refuses a change that would leave the organization without an active admin. */
  async function guardLastAdmin(
    organizationId: string,
    membership: ScalekitMembership,
    callOptions?: CallOptions,
  ) {
    if (isDirectoryManaged(membership)) {
      throw new TeamkitError(
        'permission_denied',
        'This member is managed by a directory (SCIM); change them there.',
      );
    }
    if (!isActiveAdmin(membership)) return;
    if ((await countActiveAdmins(organizationId, callOptions)) <= 1) {
      throw new TeamkitError('permission_denied', 'An organization needs at least one admin.');
    }
  }

  async function listRoles(organizationId: string, callOptions?: CallOptions): Promise<Role[]> {
    const data = await ok(
      api.GET('/api/v1/organizations/{org_id}/roles', {
        params: { path: { org_id: organizationId } },
        ...signalOf(callOptions),
      }),
    );
    return (data.roles ?? []).map((role) => toRole(role, adminRoles));
  }

  async function fetchOrganization(organizationId: string, callOptions?: CallOptions) {
    const data = await ok(
      api.GET('/api/v1/organizations/{id}', {
        params: { path: { id: organizationId } },
        ...signalOf(callOptions),
      }),
    );
    if (!data.organization) throw new TeamkitError('not_found');
    return data.organization;
  }

  function checkVersion(expected: string | undefined, current: string): void {
    if (expected !== undefined && expected !== current) {
      throw new TeamkitError('conflict');
    }
  }

  /** The body of PATCH user for `patch` over `current`: only what changed, each map written whole. */
  function updateUserBody(current: ScalekitUser, patch: UserPatch): ScalekitUpdateUser {
    if (patch.overrides && Object.keys(patch.overrides).length > 0) {
      throw new TeamkitError(
        'not_supported',
        'Scalekit has no place to keep overrides of identity-provider values.',
      );
    }
    refuseKeyDeletion(patch.userMetadata, 'userMetadata');
    refuseKeyDeletion(patch.appMetadata, 'appMetadata');
    const errors: Record<string, string> = {};
    const body: ScalekitUpdateUser = {};
    const profile: NonNullable<ScalekitUpdateUser['user_profile']> = {};

    const standard = patch.profile ?? {};
    const maxLengths = {
      givenName: 255,
      familyName: 255,
      name: 255,
      locale: 35,
      phoneNumber: 32,
      picture: 2048,
    };
    const wire = {
      givenName: 'given_name',
      familyName: 'family_name',
      name: 'name',
      locale: 'locale',
      phoneNumber: 'phone_number',
      picture: 'picture',
    } as const;
    for (const [key, value] of Object.entries(standard) as [keyof typeof wire, string | null | undefined][]) {
      if (value === undefined) continue;
      if (value !== null && value.length > maxLengths[key]) {
        errors[key] = `Use at most ${maxLengths[key]} characters.`;
        continue;
      }
      // Every profile scalar is proto3 `optional`: `""` is sent to clear one, and read back as absent.
      profile[wire[key]] = value ?? '';
    }

    if (patch.customAttributes && Object.keys(patch.customAttributes).length > 0) {
      const written: Record<string, string> = {};
      const removed: string[] = [];
      for (const [key, value] of Object.entries(patch.customAttributes)) {
        const definition = definitionsByKey.get(key);
        if (definition?.scope !== 'custom') {
          errors[key] = 'No attribute definition describes this field.';
          continue;
        }
        if (definition.policy.write === 'none') {
          errors[key] = definition.policy.readOnlyReason || 'This field cannot be changed here.';
          continue;
        }
        if (value === null) {
          // Removed by writing the whole map without it (verified after the write: see updateUser).
          removed.push(key);
          continue;
        }
        const checked = validateAttributeValue(definition, value);
        if (!checked.ok) {
          errors[key] = checked.message;
          continue;
        }
        const encoded = encodeCustomAttribute(checked.value);
        if (encoded === null || encoded === '') {
          errors[key] = 'Scalekit cannot store an empty value; this field cannot be cleared.';
        } else if (encoded.length > limits.userMetadata.valueMaxLength) {
          errors[key] = `Use at most ${limits.userMetadata.valueMaxLength} characters.`;
        } else written[key] = encoded;
      }
      // PATCH merge-or-replace of `custom_attributes` is undocumented (scalekit-api.md §10): the whole
      // merged map is written, which is right under either behaviour.
      const merged = mergeStringMap(stringMap(current.user_profile?.custom_attributes), written);
      for (const key of removed) delete merged[key];
      if (removed.length > 0 && Object.keys(merged).length === 0) {
        // An empty map cannot be told from an absent one in proto3: the last attribute cannot go.
        for (const key of removed) errors[key] = 'Scalekit cannot clear the last custom attribute.';
      }
      if (Object.keys(merged).length > limits.userMetadata.maxPairs) {
        errors.customAttributes = `At most ${limits.userMetadata.maxPairs} custom attributes are allowed.`;
      }
      profile.custom_attributes = merged;
    }
    if (patch.userMetadata && Object.keys(patch.userMetadata).length > 0) {
      const currentUserMetadata = stringMap(current.user_profile?.metadata);
      Object.assign(
        errors,
        metadataFieldErrors(currentUserMetadata, patch.userMetadata, limits.userMetadata, 'userMetadata'),
      );
      // `user_profile.metadata`, read, merged and written whole like every other map.
      profile.metadata = mergeStringMap(currentUserMetadata, patch.userMetadata);
    }
    if (Object.keys(profile).length > 0) body.user_profile = profile;

    if (patch.appMetadata && Object.keys(patch.appMetadata).length > 0) {
      const currentMetadata = stringMap(current.metadata);
      Object.assign(
        errors,
        metadataFieldErrors(currentMetadata, patch.appMetadata, limits.userMetadata, 'appMetadata'),
      );
      // Same undocumented PATCH semantics as above: read, merge, write the whole map.
      body.metadata = mergeStringMap(currentMetadata, patch.appMetadata);
    }
    if (patch.externalId !== undefined) {
      if (patch.externalId !== null && patch.externalId.length > limits.externalIdMaxLength) {
        errors.externalId = `Use at most ${limits.externalIdMaxLength} characters.`;
      }
      // `external_id` is proto3 optional: `""` clears it (and is read back as none).
      body.external_id = patch.externalId ?? '';
    }
    if (Object.keys(errors).length > 0) throw validationError(errors);
    return body;
  }

  async function patchUser(
    userId: string,
    body: ScalekitUpdateUser,
    callOptions?: CallOptions,
  ): Promise<ScalekitUser> {
    const data = await ok(
      api.PATCH('/api/v1/users/{id}', { params: { path: { id: userId } }, body, ...signalOf(callOptions) }),
      { onConflict: 'conflict', conflictField: 'externalId', metadataField: 'appMetadata' },
    );
    if (!data.user) throw new TeamkitError('not_found');
    return data.user;
  }

  async function listMembers(query: MembersQuery, callOptions?: CallOptions): Promise<MembersPage> {
    if ((query.statuses?.length ?? 0) > 0 || (query.roles?.length ?? 0) > 0) {
      throw new TeamkitError('not_supported', 'Scalekit cannot filter members by status or role.');
    }
    if (query.sort) {
      throw new TeamkitError(
        'not_supported',
        'Scalekit returns members in its own order and cannot sort them.',
      );
    }
    const search = query.search?.trim() || null;
    if (
      search !== null &&
      (search.length < scalekitCapabilities.members.searchMinLength || search.length > 100)
    ) {
      throw validationError({ search: 'Scalekit searches from 3 to 100 characters.' });
    }
    const cap = search === null ? listMaxPageSize : searchMaxPageSize;
    // The cursor carries Scalekit's page_token and the page size it was made with, bound to the query
    // by the core helper: later pages keep the first page's size, so Scalekit's token stays valid.
    let pageSize = Math.max(1, Math.min(query.limit ?? 50, cap));
    let pageToken: string | undefined;
    if (query.cursor) {
      const position = decodeMembersCursor(query.cursor, query) as { t?: unknown; s?: unknown };
      if (typeof position?.t !== 'string' || typeof position.s !== 'number') {
        throw validationError({ cursor: 'The cursor does not belong to this query.' });
      }
      pageToken = position.t;
      pageSize = Math.max(1, Math.min(position.s, cap));
    }
    const viewer = membershipIn(await fetchUser(await viewerId(), callOptions), query.organizationId);
    // The adapter's M2M token sees every organization: the viewer's own membership decides.
    if (!permissionsOf(viewer).viewMembers) throw new TeamkitError('permission_denied');
    const viewerIsAdmin = isActiveAdmin(viewer);
    const page = { page_size: pageSize, ...(pageToken ? { page_token: pageToken } : {}) };
    const path = { organization_id: query.organizationId };
    const data =
      search === null
        ? await ok(
            api.GET('/api/v1/organizations/{organization_id}/users', {
              params: { path, query: page },
              ...signalOf(callOptions),
            }),
          )
        : await ok(
            api.GET('/api/v1/organizations/{organization_id}/users:search', {
              params: { path, query: { ...page, query: search } },
              ...signalOf(callOptions),
            }),
          );
    const members: Member[] = [];
    const actionsOf = rowActions(query.organizationId, viewerIsAdmin, callOptions);
    for (const user of data.users ?? []) {
      const membership = membershipIn(user, query.organizationId);
      if (membership) members.push(toMember(user, membership, await actionsOf(membership)));
    }
    const next = presentString(data.next_page_token);
    // `total_size` is uint32 (a JSON number), but int64 counts elsewhere are strings: accept both.
    const total = Number(data.total_size ?? members.length);
    return {
      members,
      nextCursor: next ? encodeMembersCursor({ t: next, s: pageSize }, query) : null,
      totalCount: Number.isFinite(total) ? total : members.length,
    };
  }

  /** The user with `email` in the environment, or null (`users:search` matches email among identifiers). */
  async function findUserByEmail(email: string, callOptions?: CallOptions): Promise<ScalekitUser | null> {
    if (email.length < 3 || email.length > 100) return null;
    const data = await ok(
      api.GET('/api/v1/users:search', {
        params: { query: { query: email, page_size: searchMaxPageSize } },
        ...signalOf(callOptions),
      }),
    );
    const wanted = email.toLowerCase();
    return (data.users ?? []).find((user) => user.email?.toLowerCase() === wanted) ?? null;
  }

  async function inviteMember(
    organizationId: string,
    input: InviteInput,
    callOptions?: CallOptions,
  ): Promise<Member> {
    const email = input.email.trim();
    if (!emailPattern.test(email) || email.length > 254)
      throw validationError({ email: 'Enter a valid email address.' });
    if (input.roles && input.roles.length > 0) await checkRoles(organizationId, input.roles, callOptions);
    refuseKeyDeletion(input.metadata, 'metadata');
    if (input.metadata) {
      const errors = metadataFieldErrors({}, input.metadata, limits.userMetadata, 'metadata');
      if (Object.keys(errors).length > 0) throw validationError(errors);
    }
    const inviterEmail = await viewerEmail(callOptions);
    const roles = (input.roles ?? []).map((name) => ({ name }));
    const membershipBody: ScalekitCreateMembership = {
      ...(roles.length > 0 ? { roles } : {}),
      ...(inviterEmail ? { inviter_email: inviterEmail } : {}),
    };
    const query = { send_invitation_email: input.sendEmail ?? true };
    // No idempotency key in Scalekit: the existing-user check below is what stops a second invitation.
    const existing = await findUserByEmail(email, callOptions);
    let user: ScalekitUser | undefined;
    if (existing) {
      if (membershipIn(existing, organizationId)) throw new TeamkitError('already_member');
      const data = await ok(
        api.POST('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: existing.id ?? '' }, query },
          body: membershipBody,
          ...signalOf(callOptions),
        }),
        { onConflict: 'already_member', metadataField: 'metadata' },
      );
      user = data.user;
    } else {
      const body: ScalekitCreateUser = {
        email,
        membership: membershipBody,
        ...(input.externalId ? { external_id: input.externalId } : {}),
        ...(input.metadata ? { metadata: mergeStringMap({}, input.metadata) } : {}),
      };
      const profile = {
        ...(input.givenName ? { given_name: input.givenName } : {}),
        ...(input.familyName ? { family_name: input.familyName } : {}),
        ...(input.name ? { name: input.name } : {}),
      };
      if (Object.keys(profile).length > 0) body.user_profile = profile;
      const data = await ok(
        api.POST('/api/v1/organizations/{organization_id}/users', {
          params: { path: { organization_id: organizationId }, query },
          body,
          ...signalOf(callOptions),
        }),
        { onConflict: 'already_member', metadataField: 'appMetadata' },
      );
      user = data.user;
    }
    const membership = user ? membershipIn(user, organizationId) : undefined;
    if (!user || !membership)
      throw new TeamkitError('unknown', 'Scalekit answered the invitation without a membership.');
    // A new invitation is neither a directory's member nor an active admin: no count is needed.
    return toMember(user, membership, actionsFor(true, membership, false));
  }

  const store = options.idempotencyStore;
  /** An invite once per idempotency key, where the host gave a store to keep first results in. */
  async function inviteOnce(
    organizationId: string,
    input: InviteInput,
    callOptions?: CallOptions,
  ): Promise<Member> {
    const key =
      store && input.idempotencyKey ? `scalekit invite ${organizationId} ${input.idempotencyKey}` : null;
    const remembered = key ? ((await store!.get(key)) as Member | undefined) : undefined;
    if (remembered) return remembered;
    const member = await inviteMember(organizationId, input, callOptions);
    if (key) await store!.put(key, member, defaultIdempotencyTtlMs);
    return member;
  }

  return {
    name: 'scalekit',
    limits,
    capabilities: store
      ? resolveCapabilities({ invitations: { idempotent: true } }, scalekitCapabilities)
      : scalekitCapabilities,

    async getViewer(organizationId, callOptions): Promise<Viewer> {
      const userId = await viewerId();
      const membership = membershipIn(await fetchUser(userId, callOptions), organizationId);
      if (!membership) throw new TeamkitError('not_found');
      return {
        userId,
        organizationId,
        roles: (membership.roles ?? []).map((role) => role.name ?? '').filter(Boolean),
        permissions: permissionsOf(membership),
      };
    },

    async getCurrentUser(callOptions) {
      // `GET /api/v1/users:this` is session-only and not in the public API: the host names the viewer.
      return toUser(await fetchUser(await viewerId(), callOptions), definitions);
    },

    async getUser(userId, callOptions) {
      return toUser(await fetchUser(userId, callOptions), definitions);
    },

    async updateUser(userId: string, patch: UserPatch, writeOptions?: WriteOptions): Promise<User> {
      const current = await fetchUser(userId, writeOptions);
      checkVersion(writeOptions?.expectedVersion, toUser(current, definitions).version);
      const body = updateUserBody(current, patch);
      if (Object.keys(body).length === 0) return toUser(current, definitions);
      const updated = await patchUser(userId, body, writeOptions);
      // Whether PATCH replaces or merges a map is undocumented: a removed custom attribute is gone only
      // if Scalekit replaced the map. Where it is still there, say so rather than report success.
      const kept = Object.entries(patch.customAttributes ?? {})
        .filter(
          ([key, value]) => value === null && updated.user_profile?.custom_attributes?.[key] !== undefined,
        )
        .map(([key]) => key);
      if (kept.length > 0) {
        throw new TeamkitError(
          'not_supported',
          'Scalekit kept a removed custom attribute (its PATCH merges maps).',
          {
            fieldErrors: Object.fromEntries(kept.map((key) => [key, 'Scalekit cannot remove this value.'])),
          },
        );
      }
      return toUser(updated, definitions);
    },

    async listAttributeDefinitions() {
      return definitions.map((definition) => ({ ...definition }));
    },

    listMembers,

    async getMember(organizationId, userId, callOptions) {
      const { user, membership } = await memberOf(organizationId, userId, callOptions);
      const viewerIsAdmin = await viewerIsAdminOf(organizationId, callOptions);
      return toMember(
        user,
        membership,
        await rowActions(organizationId, viewerIsAdmin, callOptions)(membership),
      );
    },

    inviteMember: inviteOnce,

    async resendInvitation(organizationId, invitationId, callOptions): Promise<Invitation> {
      // Scalekit addresses an invitation by its user's ID (Member.invitationId is that ID).
      const userId = invitationId;
      const { user, membership } = await memberOf(organizationId, userId, callOptions);
      const status = toMembershipStatus(membership.membership_status);
      if (status !== 'pending_invite' && status !== 'invite_expired') {
        throw new TeamkitError(
          'conflict',
          'This person has already joined; there is no invitation to resend.',
        );
      }
      const data = await ok(
        api.PATCH('/api/v1/invites/organizations/{organization_id}/users/{id}/resend', {
          params: { path: { organization_id: organizationId, id: userId } },
          body: {},
          ...signalOf(callOptions),
        }),
      );
      if (!data.invite)
        throw new TeamkitError('unknown', 'Scalekit answered the resend without an invitation.');
      return toInvitation(data.invite, user.email ?? '');
    },

    async revokeInvitation(organizationId, invitationId, callOptions) {
      const userId = invitationId;
      const { membership } = await memberOf(organizationId, userId, callOptions);
      const status = toMembershipStatus(membership.membership_status);
      if (status !== 'pending_invite' && status !== 'invite_expired') {
        throw new TeamkitError('conflict', 'This person has already joined; remove them instead.');
      }
      // Scalekit has no invitation object to delete: revoking deletes the pending membership (and,
      // by Scalekit's default cascade, the user when it was their only one).
      await ok(
        api.DELETE('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: userId } },
          ...signalOf(callOptions),
        }),
      );
    },

    async updateMembership(organizationId, userId, patch: MembershipPatch, callOptions) {
      if (patch.roles) await checkRoles(organizationId, patch.roles, callOptions);
      refuseKeyDeletion(patch.metadata, 'metadata');
      const { membership } = await memberOf(organizationId, userId, callOptions);
      // Read, then compare: as check-then-write as the user version (Scalekit has no membership ETag).
      checkExpectedRoles(
        (membership.roles ?? []).map((role) => role.name ?? ''),
        callOptions?.expectedRoles,
      );
      if (patch.roles && isDirectoryManaged(membership)) {
        throw new TeamkitError(
          'permission_denied',
          'This member is managed by a directory (SCIM); change them there.',
        );
      }
      if (patch.roles && !patch.roles.some((role) => adminRoles.has(role))) {
        await guardLastAdmin(organizationId, membership, callOptions);
      }
      const body: ScalekitUpdateMembership = {};
      // UpdateMembership.roles is the full desired set (the docs' change-role flow).
      if (patch.roles) body.roles = patch.roles.map((name) => ({ name }));
      if (patch.metadata && Object.keys(patch.metadata).length > 0) {
        const current = stringMap(membership.metadata);
        const errors = metadataFieldErrors(current, patch.metadata, limits.membershipMetadata, 'metadata');
        if (Object.keys(errors).length > 0) throw validationError(errors);
        // Merge-or-replace is undocumented here too: the whole merged map is written.
        body.metadata = mergeStringMap(current, patch.metadata);
      }
      const data = await ok(
        api.PATCH('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: userId } },
          body,
          ...signalOf(callOptions),
        }),
        { metadataField: 'metadata' },
      );
      const updated = data.user ? membershipIn(data.user, organizationId) : undefined;
      if (!data.user || !updated) throw new TeamkitError('not_found');
      const viewerIsAdmin = await viewerIsAdminOf(organizationId, callOptions);
      return toMember(
        data.user,
        updated,
        await rowActions(organizationId, viewerIsAdmin, callOptions)(updated),
      );
    },

    async removeMember(organizationId, userId, callOptions) {
      const { membership } = await memberOf(organizationId, userId, callOptions);
      await guardLastAdmin(organizationId, membership, callOptions);
      await ok(
        api.DELETE('/api/v1/memberships/organizations/{organization_id}/users/{id}', {
          params: { path: { organization_id: organizationId, id: userId } },
          ...signalOf(callOptions),
        }),
      );
    },

    listRoles,

    async getOrganization(organizationId, callOptions) {
      return toOrganization(await fetchOrganization(organizationId, callOptions));
    },

    async updateOrganization(
      organizationId: string,
      patch: OrganizationPatch,
      writeOptions?: WriteOptions,
    ): Promise<Organization> {
      const current = await fetchOrganization(organizationId, writeOptions);
      checkVersion(writeOptions?.expectedVersion, toOrganization(current).version);
      refuseKeyDeletion(patch.metadata, 'metadata');
      const errors: Record<string, string> = {};
      const body: ScalekitUpdateOrganization = {};
      if (patch.displayName !== undefined) {
        const name = patch.displayName.trim();
        if (name === '') errors.displayName = 'Enter a name.';
        else if (name.length > limits.displayNameMaxLength) {
          errors.displayName = `Use at most ${limits.displayNameMaxLength} characters.`;
        }
        body.display_name = name;
      }
      if (patch.externalId !== undefined) {
        if (patch.externalId !== null && patch.externalId.length > limits.externalIdMaxLength) {
          errors.externalId = `Use at most ${limits.externalIdMaxLength} characters.`;
        }
        body.external_id = patch.externalId ?? '';
      }
      if (patch.metadata && Object.keys(patch.metadata).length > 0) {
        const metadata = stringMap(current.metadata);
        Object.assign(
          errors,
          metadataFieldErrors(metadata, patch.metadata, limits.organizationMetadata, 'metadata'),
        );
        // The gateway fills a hidden update_mask from the body keys, so `metadata` replaces the whole
        // map (scalekit-api.md §9.4): the merged map is written.
        body.metadata = mergeStringMap(metadata, patch.metadata);
      }
      if (Object.keys(errors).length > 0) throw validationError(errors);
      if (Object.keys(body).length === 0) return toOrganization(current);
      const data = await ok(
        api.PATCH('/api/v1/organizations/{id}', {
          params: { path: { id: organizationId } },
          body,
          ...signalOf(writeOptions),
        }),
        { onConflict: 'conflict', conflictField: 'externalId', metadataField: 'metadata' },
      );
      if (!data.organization) throw new TeamkitError('not_found');
      return toOrganization(data.organization);
    },

    async findOrganizationByExternalId(externalId, callOptions) {
      const { data, error, response } = await api.GET('/api/v1/organizations:external/{external_id}', {
        params: { path: { external_id: externalId } },
        ...signalOf(callOptions),
      });
      if (response.status === 404) return null;
      if (!response.ok) throw scalekitError(response.status, error, {}, response.headers);
      return data?.organization ? toOrganization(data.organization) : null;
    },

    async findUserByExternalId(organizationId, externalId, callOptions) {
      const { data, error, response } = await api.GET('/api/v1/users:external/{external_id}', {
        params: { path: { external_id: externalId } },
        ...signalOf(callOptions),
      });
      if (response.status === 404) return null;
      if (!response.ok) throw scalekitError(response.status, error, {}, response.headers);
      // The lookup is environment-wide: a user outside this organization is not found here.
      const user = data?.user;
      return user && membershipIn(user, organizationId) ? toUser(user, definitions) : null;
    },
  };
}
