import type { TeamkitAdapter, UserCallOptions, UserWriteOptions, WriteOptions } from '../../core/adapter.ts';
import { auth0Capabilities, resolveCapabilities } from '../../core/capabilities.ts';
import { TeamkitError, validationError } from '../../core/errors.ts';
import { defaultIdempotencyTtlMs, type IdempotencyStore } from '../../core/idempotency-store.ts';
import type { InviteInput } from '../../core/invitation.ts';
import { auth0Limits } from '../../core/limits.ts';
import type { Member } from '../../core/member.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import type { User, UserPatch } from '../../core/user.ts';
import { callLayout } from './caller-definitions.ts';
import { createAuth0Api } from './client.ts';
import { type Auth0AdapterOptions, type Auth0Context, createAuth0Context } from './context.ts';
import { auth0FieldLayout } from './field-layout.ts';
import {
  defaultInvitationTtlSeconds,
  inviteMember,
  resendInvitation,
  revokeInvitation,
} from './invitations.ts';
import { findOrganization, findUser, userExternalIdTaken } from './lookups.ts';
import { toUser } from './map-user.ts';
import { getMember, listMembers, removeMember, updateMembership } from './members.ts';
import {
  buildOrganizationUpdate,
  organizationLimits,
  organizationNamePattern,
  toOrganization,
} from './organization-fields.ts';
import { createRoleDirectory } from './roles.ts';
import { buildUserUpdate } from './user-update.ts';
import { listViewerOrganizations } from './viewer-organizations.ts';

/** The adapter's options, and an optional store that makes invites idempotent across retries. */
export type CreateAuth0AdapterOptions = Auth0AdapterOptions & {
  /**
   * Where the first result of each invite's idempotency key is kept. Auth0 accepts no such key, so
   * without a store keys are ignored (`capabilities.invitations.idempotent` false).
   */
  idempotencyStore?: IdempotencyStore;
};

function checkVersion(expected: string | undefined, current: string): void {
  if (expected !== undefined && expected !== current) throw new TeamkitError('conflict');
}

/**
 * A TeamkitAdapter over Auth0's Management API v2 through Auth0's official SDK (`auth0` on npm), for
 * the server side only: it holds a client secret. What Auth0 cannot do is declared in `capabilities`
 * (no search, sort, filter or totals; resend by re-creating; no membership metadata; expired
 * invitations deleted) and refused with `not_supported`, never faked. See README.md beside this file.
 */
export function createAuth0Adapter(options: CreateAuth0AdapterOptions): TeamkitAdapter {
  const now = options.now ?? Date.now;
  const api = createAuth0Api(options, options);
  const externalId = options.organizationExternalId ?? { in: 'name' as const };
  const limits = organizationLimits(auth0Limits, externalId);
  const context: Auth0Context = createAuth0Context({
    api,
    roles: createRoleDirectory(api, options.roles ?? {}, now),
    layout: auth0FieldLayout(options.definitions, options.userExternalIdKey ?? 'external_id'),
    limits,
    options,
    externalId,
    now,
  });
  const ttl = options.invitationTtlSeconds ?? defaultInvitationTtlSeconds;
  const store = options.idempotencyStore;
  const capabilities = resolveCapabilities(
    { invitations: { lifetimeMs: ttl * 1000, idempotent: store !== undefined } },
    auth0Capabilities,
  );

  /** How this call lays out a user: the adapter's definitions, and the caller's where it brings them. */
  const layoutFor = (callOptions?: UserCallOptions) =>
    callLayout(context.layout, options.definitions, callOptions?.definitions);

  async function fetchOrganization(organizationId: string, signal?: AbortSignal) {
    return api.call((request) => api.client.organizations.get(organizationId, request), {}, signal);
  }

  async function inviteOnce(
    organizationId: string,
    input: InviteInput,
    signal?: AbortSignal,
  ): Promise<Member> {
    const key =
      store && input.idempotencyKey ? `auth0 invite ${organizationId} ${input.idempotencyKey}` : null;
    const remembered = key ? ((await store?.get(key)) as Member | undefined) : undefined;
    if (remembered) return remembered;
    const member = await inviteMember(context, organizationId, input, signal);
    if (key) await store?.put(key, member, defaultIdempotencyTtlMs);
    return member;
  }

  return {
    name: 'auth0',
    limits,
    capabilities,

    async getViewer(organizationId, callOptions) {
      const policy = await context.policyContext(organizationId, callOptions?.signal);
      return {
        userId: policy.viewerId ?? '',
        organizationId,
        roles: policy.viewerRoles,
        permissions: policy.permissions,
      };
    },

    async getCurrentUser(callOptions) {
      const user = await context.fetchUser(await context.viewerId(), callOptions?.signal);
      return toUser(user, layoutFor(callOptions));
    },

    async getUser(userId, callOptions) {
      return toUser(await context.fetchUser(userId, callOptions?.signal), layoutFor(callOptions));
    },

    async updateUser(userId: string, patch: UserPatch, writeOptions?: UserWriteOptions): Promise<User> {
      const signal = writeOptions?.signal;
      const layout = layoutFor(writeOptions);
      const current = await context.fetchUser(userId, signal);
      checkVersion(writeOptions?.expectedVersion, toUser(current, layout).version);
      const { body, errors } = buildUserUpdate(current, patch, layout, limits);
      if (Object.keys(errors).length > 0) throw validationError(errors);
      if (Object.keys(body).length === 0) return toUser(current, layout);
      const newExternalId = patch.externalId?.trim();
      // Auth0 does not keep app_metadata values unique: the adapter looks first (check, then write).
      if (newExternalId && (await userExternalIdTaken(context, newExternalId, userId, signal))) {
        throw new TeamkitError('conflict', undefined, {
          fieldErrors: { externalId: 'Another user has this external ID.' },
        });
      }
      const updated = await api.call((request) => api.client.users.update(userId, body, request), {}, signal);
      return toUser(updated, layout);
    },

    async listAttributeDefinitions() {
      return options.definitions.map((definition) => ({ ...definition }));
    },

    listMembers: (query, callOptions) => listMembers(context, query, callOptions?.signal),
    getMember: (organizationId, userId, callOptions) =>
      getMember(context, organizationId, userId, callOptions?.signal),
    inviteMember: (organizationId, input, callOptions) =>
      inviteOnce(organizationId, input, callOptions?.signal),
    resendInvitation: (organizationId, invitationId, callOptions) =>
      resendInvitation(context, organizationId, invitationId, callOptions?.signal),
    revokeInvitation: (organizationId, invitationId, callOptions) =>
      revokeInvitation(context, organizationId, invitationId, callOptions?.signal),
    updateMembership: (organizationId, userId, patch, callOptions) =>
      updateMembership(
        context,
        organizationId,
        userId,
        patch,
        callOptions?.signal,
        callOptions?.expectedRoles,
      ),
    removeMember: (organizationId, userId, callOptions) =>
      removeMember(context, organizationId, userId, callOptions?.signal),

    async listRoles(_organizationId, callOptions) {
      return (await context.roles.catalogue(callOptions?.signal)).roles;
    },

    async getOrganization(organizationId, callOptions) {
      return toOrganization(await fetchOrganization(organizationId, callOptions?.signal), externalId);
    },

    async updateOrganization(
      organizationId: string,
      patch: OrganizationPatch,
      writeOptions?: WriteOptions,
    ): Promise<Organization> {
      const signal = writeOptions?.signal;
      const current = await fetchOrganization(organizationId, signal);
      checkVersion(writeOptions?.expectedVersion, toOrganization(current, externalId).version);
      const { body, errors } = buildOrganizationUpdate(current, patch, externalId, limits);
      if (Object.keys(errors).length > 0) throw validationError(errors);
      if (Object.keys(body).length === 0) return toOrganization(current, externalId);
      const wanted = patch.externalId?.trim();
      if (externalId.in === 'metadata' && wanted) {
        const holder = await findOrganization(context, wanted, signal);
        if (holder && holder.id !== organizationId) {
          throw new TeamkitError('conflict', undefined, {
            fieldErrors: { externalId: 'Another organization has this external ID.' },
          });
        }
      }
      const updated = await api.call(
        (request) => api.client.organizations.update(organizationId, body, request),
        // A taken `name` is Auth0's 409; where the name is the external ID, that is the field at fault.
        {
          onConflict: 'conflict',
          ...(externalId.in === 'name'
            ? { conflictField: 'externalId', properties: { name: 'externalId' } }
            : {}),
        },
        signal,
      );
      return toOrganization(updated, externalId);
    },

    async findOrganizationByExternalId(id, callOptions) {
      if (externalId.in === 'name' && !organizationNamePattern.test(id)) return null;
      const found = await findOrganization(context, id, callOptions?.signal);
      return found ? toOrganization(found, externalId) : null;
    },

    async findUserByExternalId(organizationId, id, callOptions) {
      const user = await findUser(context, organizationId, id, callOptions?.signal);
      return user ? toUser(user, layoutFor(callOptions)) : null;
    },

    listViewerOrganizations: (query, callOptions) =>
      listViewerOrganizations(context, capabilities.viewerOrganizations, query, callOptions?.signal),
  };
}
