import type { CallOptions, TeamkitAdapter, WriteOptions } from '../../core/adapter.ts';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { resolveCapabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import type { IdempotencyStore } from '../../core/idempotency-store.ts';
import { type BackendLimits, scalekitLimits } from '../../core/limits.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import type { AccessPolicy } from '../../core/policy/access-policy.ts';
import type { User, UserPatch } from '../../core/user.ts';
import type { Viewer } from '../../core/viewer.ts';
import { createScalekitClient } from './client.ts';
import { mergeStringMap, refuseKeyDeletion } from './field-checks.ts';
import { membershipIn } from './map-member.ts';
import { toOrganization } from './map-organization.ts';
import { toUser } from './map-user.ts';
import { scalekitError } from './scalekit-errors.ts';
import { scalekitInvitations } from './scalekit-invitations.ts';
import { scalekitMembers } from './scalekit-members.ts';
import { resolveScalekitPolicy } from './scalekit-policy.ts';
import { createScalekitSession } from './scalekit-session.ts';
import {
  type ScalekitUpdateOrganization,
  type ScalekitUpdateUser,
  type ScalekitUser,
  stringMap,
} from './scalekit-types.ts';
import { scalekitViewerOrganizations } from './scalekit-viewer-organizations.ts';
import { createTokenSource, type ScalekitCredentials } from './token.ts';
import { updateUserBody } from './user-body.ts';

/** Options of `createScalekitAdapter`: credentials, the host's definitions and rules, and the session. */
export interface ScalekitAdapterOptions extends ScalekitCredentials {
  /**
   * The profile fields, standard and custom. Scalekit stores no options, limits, groups, order or
   * write policy (and its attribute list is not in its public API), so the host supplies them.
   */
  definitions: readonly AttributeDefinition[];
  /**
   * Who may do what, in the core policy's terms (the same mapping the server handler takes): what each
   * role and each of Scalekit's permission strings grants, the admin roles, which members a directory
   * manages. Scalekit returns no per-row rights, so every permission and row action is decided here.
   */
  policy?: AccessPolicy;
  /** Which of the environment's roles administer an organization (shortcut for `policy.adminRoles`). */
  roles?: { admin?: readonly string[] };
  /**
   * Whether members Scalekit marks `direct_provision` ("API or SCIM": it does not say which) are
   * treated as managed by a directory, so the kit neither re-roles nor removes them (a directory would
   * undo it). Default true, the safe reading; false where the host provisions through the API only.
   * Ignored when `policy.isDirectoryManaged` is given.
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
  /** The clock, in epoch milliseconds (token expiry, resend cooldowns). */
  now?: () => number;
  /** How long before expiry a token is replaced, in ms (default one minute). */
  tokenRefreshMarginMs?: number;
}

/**
 * A TeamkitAdapter over Scalekit's REST API, for the server side only (it holds a client secret).
 * Every request is typed from Scalekit's OpenAPI document. What Scalekit cannot do is declared in
 * `capabilities` and refused with `not_supported`, never faked. Who may do what is decided by the
 * core policy (`src/core/policy`), as in the memory adapter and the server handler.
 */
export function createScalekitAdapter(options: ScalekitAdapterOptions): TeamkitAdapter {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const tokens = createTokenSource(options, {
    fetch: baseFetch,
    ...(options.now ? { now: options.now } : {}),
    ...(options.tokenRefreshMarginMs === undefined ? {} : { refreshMarginMs: options.tokenRefreshMarginMs }),
  });
  const api = createScalekitClient({
    environmentUrl: options.environmentUrl,
    fetch: baseFetch,
    tokens,
    clientSecret: options.clientSecret,
  });
  const definitions = options.definitions;
  const definitionsByKey = new Map(definitions.map((definition) => [definition.key, definition]));
  // Both user bags share the user's one `metadata` map (user-metadata.ts): the preset says so.
  const limits: BackendLimits = scalekitLimits;
  const store = options.idempotencyStore;
  const capabilities = store
    ? resolveCapabilities({ invitations: { idempotent: true } }, scalekitCapabilities)
    : scalekitCapabilities;
  const session = createScalekitSession({
    api,
    definitions,
    limits,
    policy: resolveScalekitPolicy(options),
    resendCooldownMs: capabilities.invitations.resendCooldownMs,
    viewerUserId: options.viewerUserId,
    now: options.now ?? Date.now,
  });
  const { ok, signalOf } = session;

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

  return {
    name: 'scalekit',
    limits,
    capabilities,

    async getViewer(organizationId, callOptions): Promise<Viewer> {
      const context = await session.contextIn(organizationId, callOptions);
      if (!context.membership) throw new TeamkitError('not_found');
      return {
        userId: context.viewerId,
        organizationId,
        roles: (context.membership.roles ?? []).map((role) => role.name ?? '').filter(Boolean),
        permissions: context.permissions,
      };
    },

    async getCurrentUser(callOptions) {
      // `GET /api/v1/users:this` is session-only and not in the public API: the host names the viewer.
      return toUser(await session.fetchUser(await session.viewerId(), callOptions), definitions);
    },

    async getUser(userId, callOptions) {
      return toUser(await session.fetchUser(userId, callOptions), definitions);
    },

    async updateUser(userId: string, patch: UserPatch, writeOptions?: WriteOptions): Promise<User> {
      const current = await session.fetchUser(userId, writeOptions);
      // The M2M token may write anyone: the viewer's own rights decide, as in the memory adapter.
      const admin = await session.viewerManages(current, writeOptions?.organizationId, writeOptions);
      if (userId !== (await session.viewerId()) && !admin) throw new TeamkitError('permission_denied');
      checkVersion(writeOptions?.expectedVersion, toUser(current, definitions).version);
      const body = updateUserBody(current, patch, {
        definitionsByKey,
        limits,
        mode: admin ? 'admin' : 'self',
      });
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

    ...scalekitMembers(session),
    ...scalekitInvitations(session, store),

    listRoles: session.listRoles,

    ...scalekitViewerOrganizations(session, capabilities.viewerOrganizations),

    async getOrganization(organizationId, callOptions) {
      return toOrganization(await fetchOrganization(organizationId, callOptions));
    },

    async updateOrganization(
      organizationId: string,
      patch: OrganizationPatch,
      writeOptions?: WriteOptions,
    ): Promise<Organization> {
      const context = await session.contextIn(organizationId, writeOptions);
      if (!context.permissions.updateOrganization) throw new TeamkitError('permission_denied');
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
