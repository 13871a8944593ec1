import type { MembersPage, TeamkitAdapter } from '../../core/adapter.ts';
import { applyOrganizationPatch } from '../../core/apply-organization-patch.ts';
import { applyUserPatch } from '../../core/apply-user-patch.ts';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import type { TeamkitCapabilities } from '../../core/capabilities.ts';
import type { Invitation } from '../../core/invitation.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Member } from '../../core/member.ts';
import type { Organization } from '../../core/organization.ts';
import type { Role } from '../../core/role.ts';
import type { User } from '../../core/user.ts';
import type { Viewer } from '../../core/viewer.ts';
import { httpDefinitionMethods } from './definition-methods.ts';
import { createTransport, type TransportOptions } from './http-transport.ts';
import { reconcileConflict } from './reconcile-conflict.ts';
import { httpViewerOrganizationMethods } from './viewer-organization-methods.ts';

/** Options of `createHttpAdapter`. */
export interface HttpAdapterOptions extends TransportOptions {
  /** Cancels the first call (the capabilities), e.g. when the page is left while it loads. */
  signal?: AbortSignal;
}

/** What `GET /capabilities` answers: the backend's name, limits and capabilities, as the server declares them. */
interface ServerDescription {
  name: string;
  limits: BackendLimits;
  capabilities: TeamkitCapabilities;
}

const segment = encodeURIComponent;

/**
 * The adapter a page uses to talk to the host's own server (`createTeamkitHandler` from
 * `teamkit/server`), which holds the identity platform's secret and decides what the person may do.
 *
 * Async by design: `limits` and `capabilities` are plain, synchronous properties every component
 * reads, and only the server knows them, so the adapter is created after one `GET /capabilities`
 * (`const adapter = await createHttpAdapter({ baseUrl: '/api/teamkit' })`). Rejects with a
 * TeamkitError when the server cannot be reached or answers something unreadable.
 *
 * Reads are retried with backoff and jitter (honouring `Retry-After` on 429 and 503); writes never
 * are, except an invitation, which the server recognises by its idempotency key. Every write carries
 * the `x-teamkit-request` header the handler requires against cross-site requests.
 */
export async function createHttpAdapter(options: HttpAdapterOptions): Promise<TeamkitAdapter> {
  const send = createTransport(options);
  const description = (await send({
    method: 'GET',
    path: '/capabilities',
    retry: 'read',
    ...(options.signal ? { signal: options.signal } : {}),
  })) as ServerDescription;
  const org = (organizationId: string) => `/organizations/${segment(organizationId)}`;

  return {
    name: 'http',
    limits: Object.freeze(description.limits),
    capabilities: Object.freeze(description.capabilities),
    getViewer: async (organizationId, o) =>
      (await send({ method: 'GET', path: `${org(organizationId)}/viewer`, retry: 'read', ...o })) as Viewer,
    getCurrentUser: async (o) => (await send({ method: 'GET', path: '/me', retry: 'read', ...o })) as User,
    getUser: async (userId, o) =>
      (await send({ method: 'GET', path: `/users/${segment(userId)}`, retry: 'read', ...o })) as User,
    updateUser: (userId, patch, o) =>
      reconcileConflict(
        async () =>
          (await send({
            method: 'PATCH',
            path: `/users/${segment(userId)}`,
            body: {
              patch,
              ...(o?.expectedVersion === undefined ? {} : { expectedVersion: o.expectedVersion }),
            },
            retry: 'never',
            ...(o?.signal ? { signal: o.signal } : {}),
          })) as User,
        async () =>
          (await send({
            method: 'GET',
            path: `/users/${segment(userId)}`,
            retry: 'read',
            ...(o?.signal ? { signal: o.signal } : {}),
          })) as User,
        (current) => applyUserPatch(current, patch),
      ),
    listAttributeDefinitions: async (o) =>
      (await send({
        method: 'GET',
        path: '/attribute-definitions',
        retry: 'read',
        ...o,
      })) as AttributeDefinition[],
    listMembers: async (query, o) => {
      const params = new URLSearchParams();
      if (query.search !== undefined) params.set('search', query.search);
      for (const status of query.statuses ?? []) params.append('status', status);
      for (const role of query.roles ?? []) params.append('role', role);
      if (query.sort) {
        params.set('sort', query.sort.field);
        params.set('direction', query.sort.direction);
      }
      if (query.cursor) params.set('cursor', query.cursor);
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      return (await send({
        method: 'GET',
        path: `${org(query.organizationId)}/members`,
        query: params,
        retry: 'read',
        ...o,
      })) as MembersPage;
    },
    getMember: async (organizationId, userId, o) =>
      (await send({
        method: 'GET',
        path: `${org(organizationId)}/members/${segment(userId)}`,
        retry: 'read',
        ...o,
      })) as Member,
    inviteMember: async (organizationId, input, o) =>
      (await send({
        method: 'POST',
        path: `${org(organizationId)}/invitations`,
        body: input,
        // Safe to repeat: the server answers the same key with the first result.
        retry: 'idempotent',
        ...o,
      })) as Member,
    resendInvitation: async (organizationId, invitationId, o) =>
      (await send({
        method: 'POST',
        path: `${org(organizationId)}/invitations/${segment(invitationId)}/resend`,
        retry: 'never',
        ...o,
      })) as Invitation,
    revokeInvitation: async (organizationId, invitationId, o) => {
      await send({
        method: 'DELETE',
        path: `${org(organizationId)}/invitations/${segment(invitationId)}`,
        retry: 'never',
        ...o,
      });
    },
    updateMembership: async (organizationId, userId, patch, o) =>
      (await send({
        method: 'PATCH',
        path: `${org(organizationId)}/members/${segment(userId)}`,
        body: o?.expectedRoles ? { ...patch, expectedRoles: o.expectedRoles } : patch,
        retry: 'never',
        ...o,
      })) as Member,
    removeMember: async (organizationId, userId, o) => {
      await send({
        method: 'DELETE',
        path: `${org(organizationId)}/members/${segment(userId)}`,
        retry: 'never',
        ...o,
      });
    },
    listRoles: async (organizationId, o) =>
      (await send({ method: 'GET', path: `${org(organizationId)}/roles`, retry: 'read', ...o })) as Role[],
    getOrganization: async (organizationId, o) =>
      (await send({ method: 'GET', path: org(organizationId), retry: 'read', ...o })) as Organization,
    updateOrganization: (organizationId, patch, o) =>
      reconcileConflict(
        async () =>
          (await send({
            method: 'PATCH',
            path: org(organizationId),
            body: {
              patch,
              ...(o?.expectedVersion === undefined ? {} : { expectedVersion: o.expectedVersion }),
            },
            retry: 'never',
            ...(o?.signal ? { signal: o.signal } : {}),
          })) as Organization,
        async () =>
          (await send({
            method: 'GET',
            path: org(organizationId),
            retry: 'read',
            ...(o?.signal ? { signal: o.signal } : {}),
          })) as Organization,
        (current) => applyOrganizationPatch(current, patch),
      ),
    findOrganizationByExternalId: async (externalId, o) => {
      const found = (await send({
        method: 'GET',
        path: '/organization-lookup',
        query: new URLSearchParams({ externalId }),
        retry: 'read',
        ...o,
      })) as { organization: Organization | null };
      return found.organization;
    },
    findUserByExternalId: async (organizationId, externalId, o) => {
      const found = (await send({
        method: 'GET',
        path: `${org(organizationId)}/user-lookup`,
        query: new URLSearchParams({ externalId }),
        retry: 'read',
        ...o,
      })) as { user: User | null };
      return found.user;
    },
    ...httpDefinitionMethods(send, org),
    ...httpViewerOrganizationMethods(send),
  };
}
