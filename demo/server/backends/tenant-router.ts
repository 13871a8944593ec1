/**
 * One adapter over several per-organization backends, as a multi-tenant host keeps one store per
 * tenant. The memory backend models a signed-in person, not a machine credential that sees every
 * organization, so the demo gives each organization its own memory backend signed in as that
 * organization's admin, and this router sends each call to the backend of the organization it names.
 */
import type { TeamkitAdapter } from '../../../src/core/adapter.ts';
import { isTeamkitError, TeamkitError } from '../../../src/core/errors.ts';

/** An organization and the backend that holds it. */
export interface Tenant {
  /** The organization's ID. */
  organizationId: string;
  /** Its backend, signed in with rights over the whole organization. */
  adapter: TeamkitAdapter;
}

/** Not this tenant's record: another tenant may hold it. */
const elsewhere = (error: unknown) =>
  isTeamkitError(error) && (error.code === 'not_found' || error.code === 'permission_denied');

/** Routes every call to the tenant of the organization it names; user calls go to the tenant that has the user. */
export function routeByOrganization(tenants: readonly [Tenant, ...Tenant[]]): TeamkitAdapter {
  const [first] = tenants;
  const of = (organizationId: string): TeamkitAdapter => {
    const tenant = tenants.find((candidate) => candidate.organizationId === organizationId);
    if (!tenant) throw new TeamkitError('not_found', 'There is no such organization.');
    return tenant.adapter;
  };
  /** The first tenant's answer that is not "not mine"; the last refusal when none has it. */
  async function firstThatHas<T>(call: (adapter: TeamkitAdapter) => Promise<T>): Promise<T> {
    let refusal: unknown;
    for (const tenant of tenants) {
      try {
        return await call(tenant.adapter);
      } catch (error) {
        if (!elsewhere(error)) throw error;
        refusal = error;
      }
    }
    throw refusal;
  }

  return {
    name: first.adapter.name,
    limits: first.adapter.limits,
    capabilities: first.adapter.capabilities,
    getViewer: (organizationId, o) => of(organizationId).getViewer(organizationId, o),
    getCurrentUser: (o) => first.adapter.getCurrentUser(o),
    getUser: (userId, o) => firstThatHas((adapter) => adapter.getUser(userId, o)),
    updateUser: (userId, patch, o) =>
      o?.organizationId === undefined
        ? firstThatHas((adapter) => adapter.updateUser(userId, patch, o))
        : of(o.organizationId).updateUser(userId, patch, o),
    listAttributeDefinitions: (o) => first.adapter.listAttributeDefinitions(o),
    listMembers: (query, o) => of(query.organizationId).listMembers(query, o),
    getMember: (organizationId, userId, o) => of(organizationId).getMember(organizationId, userId, o),
    inviteMember: (organizationId, input, o) => of(organizationId).inviteMember(organizationId, input, o),
    resendInvitation: (organizationId, invitationId, o) =>
      of(organizationId).resendInvitation(organizationId, invitationId, o),
    revokeInvitation: (organizationId, invitationId, o) =>
      of(organizationId).revokeInvitation(organizationId, invitationId, o),
    updateMembership: (organizationId, userId, patch, o) =>
      of(organizationId).updateMembership(organizationId, userId, patch, o),
    removeMember: (organizationId, userId, o) => of(organizationId).removeMember(organizationId, userId, o),
    listRoles: (organizationId, o) => of(organizationId).listRoles(organizationId, o),
    getOrganization: (organizationId, o) => of(organizationId).getOrganization(organizationId, o),
    updateOrganization: (organizationId, patch, o) =>
      of(organizationId).updateOrganization(organizationId, patch, o),
    // Each tenant's copy of the seed names every organization: only the owner's answer counts.
    findOrganizationByExternalId: async (externalId, o) => {
      for (const tenant of tenants) {
        const found = await tenant.adapter.findOrganizationByExternalId(externalId, o);
        if (found?.id === tenant.organizationId) return found;
      }
      return null;
    },
    findUserByExternalId: (organizationId, externalId, o) =>
      of(organizationId).findUserByExternalId(organizationId, externalId, o),
  };
}
