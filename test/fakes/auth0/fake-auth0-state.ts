/**
 * The fake Auth0 tenant's data, in memory: users, organizations, their members and member roles,
 * invitations, and the tenant's roles. Expired invitations are deleted when read, as Auth0 does.
 */
import type { FakeInvitation, FakeOrganization, FakeRole, FakeUser } from './fake-auth0-wire.ts';

/** Everything the fake tenant holds. */
export interface FakeTenant {
  users: Map<string, FakeUser>;
  organizations: Map<string, FakeOrganization>;
  /** Members of each organization, in the order they joined, with the IDs of the roles they hold there. */
  members: Map<string, Map<string, Set<string>>>;
  /** Invitations of each organization, oldest first. */
  invitations: Map<string, FakeInvitation[]>;
  roles: FakeRole[];
  /** Application (client) IDs invitations may name (`client_id`). */
  applications: Set<string>;
}

/** An empty tenant. */
export function emptyTenant(): FakeTenant {
  return {
    users: new Map(),
    organizations: new Map(),
    members: new Map(),
    invitations: new Map(),
    roles: [],
    applications: new Set(),
  };
}

/** The members of an organization (an empty map for one that exists without members). */
export function membersOf(tenant: FakeTenant, organizationId: string): Map<string, Set<string>> {
  let members = tenant.members.get(organizationId);
  if (!members) {
    members = new Map();
    tenant.members.set(organizationId, members);
  }
  return members;
}

/** The live invitations of an organization: expired ones are deleted first (Auth0 keeps none). */
export function invitationsOf(tenant: FakeTenant, organizationId: string, now: number): FakeInvitation[] {
  const live = (tenant.invitations.get(organizationId) ?? []).filter(
    (invitation) => Date.parse(invitation.expires_at) > now,
  );
  tenant.invitations.set(organizationId, live);
  return live;
}

let sequence = 0;
/** A fresh ID with Auth0's prefix (`uinv_`, `org_`, `rol_`), unique within the process. */
export function fakeId(prefix: string): string {
  sequence += 1;
  return `${prefix}${sequence.toString(36).padStart(6, '0')}${Math.random().toString(36).slice(2, 12)}`;
}
