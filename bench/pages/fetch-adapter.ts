/**
 * The smallest realistic adapter a host would write: every TeamkitAdapter method as one `fetch` to its
 * own backend. The size pages use it instead of the memory adapter, whose seed data would inflate them.
 * It is never called in the size bench (the pages are only bundled), so the URL is a placeholder.
 */
import { type TeamkitAdapter, TeamkitError, type TeamkitErrorCode } from 'teamkit';
// An adapter's declarations come from the adapter authors' entry point.
import { scalekitCapabilities, scalekitLimits } from 'teamkit/core';

/** One call to the host's backend: JSON in, JSON out, failures as TeamkitError by the code it sends. */
async function call<T>(base: string, method: string, path: string, body?: unknown, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      signal,
      credentials: 'include',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw new TeamkitError('network', undefined, { cause });
  }
  const payload = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (payload ?? {}) as {
      code?: TeamkitErrorCode;
      message?: string;
      fieldErrors?: Record<string, string>;
    };
    throw new TeamkitError(error.code ?? 'unknown', error.message, { fieldErrors: error.fieldErrors });
  }
  return payload as T;
}

/** A TeamkitAdapter over `base` (e.g. `/api/teamkit`). */
export function createFetchAdapter(base: string): TeamkitAdapter {
  const org = (id: string) => `/organizations/${encodeURIComponent(id)}`;
  const user = (id: string) => `/users/${encodeURIComponent(id)}`;
  return {
    name: 'fetch',
    limits: scalekitLimits,
    capabilities: scalekitCapabilities,
    getViewer: (organizationId, o) =>
      call(base, 'GET', `${org(organizationId)}/viewer`, undefined, o?.signal),
    getCurrentUser: (o) => call(base, 'GET', '/users/me', undefined, o?.signal),
    getUser: (userId, o) => call(base, 'GET', user(userId), undefined, o?.signal),
    updateUser: (userId, patch, o) =>
      call(base, 'PATCH', user(userId), { patch, expectedVersion: o?.expectedVersion }, o?.signal),
    listAttributeDefinitions: (o) => call(base, 'GET', '/attribute-definitions', undefined, o?.signal),
    listMembers: ({ organizationId, ...query }, o) =>
      call(base, 'POST', `${org(organizationId)}/members/search`, query, o?.signal),
    getMember: (organizationId, userId, o) =>
      call(base, 'GET', `${org(organizationId)}/members/${encodeURIComponent(userId)}`, undefined, o?.signal),
    inviteMember: (organizationId, input, o) =>
      call(base, 'POST', `${org(organizationId)}/invitations`, input, o?.signal),
    resendInvitation: (organizationId, invitationId, o) =>
      call(
        base,
        'POST',
        `${org(organizationId)}/invitations/${encodeURIComponent(invitationId)}/resend`,
        {},
        o?.signal,
      ),
    revokeInvitation: (organizationId, invitationId, o) =>
      call(
        base,
        'DELETE',
        `${org(organizationId)}/invitations/${encodeURIComponent(invitationId)}`,
        undefined,
        o?.signal,
      ),
    updateMembership: (organizationId, userId, patch, o) =>
      call(base, 'PATCH', `${org(organizationId)}/members/${encodeURIComponent(userId)}`, patch, o?.signal),
    removeMember: (organizationId, userId, o) =>
      call(
        base,
        'DELETE',
        `${org(organizationId)}/members/${encodeURIComponent(userId)}`,
        undefined,
        o?.signal,
      ),
    listRoles: (organizationId, o) => call(base, 'GET', `${org(organizationId)}/roles`, undefined, o?.signal),
    getOrganization: (organizationId, o) => call(base, 'GET', org(organizationId), undefined, o?.signal),
    updateOrganization: (organizationId, patch, o) =>
      call(base, 'PATCH', org(organizationId), { patch, expectedVersion: o?.expectedVersion }, o?.signal),
    findOrganizationByExternalId: (externalId, o) =>
      call(base, 'GET', `/organizations?externalId=${encodeURIComponent(externalId)}`, undefined, o?.signal),
    findUserByExternalId: (organizationId, externalId, o) =>
      call(
        base,
        'GET',
        `${org(organizationId)}/users?externalId=${encodeURIComponent(externalId)}`,
        undefined,
        o?.signal,
      ),
  };
}
