// @vitest-environment node
/**
 * Who may call what: every route of the table, for an admin, a plain member, a member of another
 * organization (acting in theirs) and an anonymous caller, each cell asserted by status and code.
 * The backend is the memory adapter signed in as an admin of both Acme and Globex, standing for the
 * server's own credentials, which can read and change both: every refusal below is the handler's.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';
import { routes } from './routes.ts';
import type { TeamkitSession } from './session.ts';

const acme = memoryIds.organization;
const globexOwner = 'usr_96194455173800099';
const callers: Record<string, TeamkitSession | null> = {
  admin: { userId: memoryIds.admin, organizationId: acme },
  member: { userId: memoryIds.member, organizationId: acme },
  otherOrganization: { userId: globexOwner, organizationId: memoryIds.otherOrganization },
  anonymous: null,
};
type Caller = keyof typeof callers;

/** The seeded invitation of a user, by its own ID (the same for every seed). */
const invitationOf = (userId: string) =>
  createMemoryAdapter({ seed: 3, memberCount: 20 })
    .snapshot()
    .memberships.find((m) => m.userId === userId)?.invitationId ?? 'missing';

/** The admin's own seeded invitation to Umbrella Labs (the organization switcher's). */
const umbrellaInvitation =
  createMemoryAdapter({ seed: 3, memberCount: 20 })
    .snapshot()
    .memberships.find((m) => m.userId === memoryIds.admin && m.status === 'pending_invite')?.invitationId ??
  'missing';

/** One request per route, each aimed at Acme and valid for an admin. */
const requests: Record<string, { method: string; path: string; body?: unknown }> = {
  getCapabilities: { method: 'GET', path: '/capabilities' },
  getViewer: { method: 'GET', path: `/organizations/${acme}/viewer` },
  getCurrentUser: { method: 'GET', path: '/me' },
  getUser: { method: 'GET', path: `/users/${memoryIds.idpUser}` },
  updateUser: {
    method: 'PATCH',
    path: `/users/${memoryIds.idpUser}`,
    body: { patch: { userMetadata: { team: 'blue' } } },
  },
  listAttributeDefinitions: { method: 'GET', path: '/attribute-definitions' },
  listMembers: { method: 'GET', path: `/organizations/${acme}/members` },
  getMember: { method: 'GET', path: `/organizations/${acme}/members/${memoryIds.idpUser}` },
  updateMembership: {
    method: 'PATCH',
    path: `/organizations/${acme}/members/${memoryIds.idpUser}`,
    body: { roles: ['member'] },
  },
  removeMember: { method: 'DELETE', path: `/organizations/${acme}/members/${memoryIds.idpUser}` },
  inviteMember: {
    method: 'POST',
    path: `/organizations/${acme}/invitations`,
    body: { email: 'new.person@example.com', idempotencyKey: 'matrix-1' },
  },
  resendInvitation: {
    method: 'POST',
    path: `/organizations/${acme}/invitations/${invitationOf(memoryIds.pendingInvite)}/resend`,
  },
  revokeInvitation: {
    method: 'DELETE',
    path: `/organizations/${acme}/invitations/${invitationOf(memoryIds.expiredInvite)}`,
  },
  listRoles: { method: 'GET', path: `/organizations/${acme}/roles` },
  getOrganization: { method: 'GET', path: `/organizations/${acme}` },
  updateOrganization: {
    method: 'PATCH',
    path: `/organizations/${acme}`,
    body: { patch: { displayName: 'Acme Inc.' } },
  },
  findOrganizationByExternalId: {
    method: 'GET',
    path: `/organization-lookup?externalId=${memoryExternalIds.organization}`,
  },
  findUserByExternalId: {
    method: 'GET',
    path: `/organizations/${acme}/user-lookup?externalId=${memoryExternalIds.member}`,
  },
  listManagedAttributeDefinitions: { method: 'GET', path: `/organizations/${acme}/attribute-definitions` },
  createAttributeDefinition: {
    method: 'POST',
    path: `/organizations/${acme}/attribute-definitions`,
    body: { key: 'desk_number', label: 'Desk number', type: 'text' },
  },
  updateAttributeDefinition: {
    method: 'PATCH',
    path: `/organizations/${acme}/attribute-definitions/bio`,
    body: { label: 'About you' },
  },
  reorderAttributeDefinitions: {
    method: 'POST',
    path: `/organizations/${acme}/attribute-definition-order`,
    body: {
      keys: createMemoryAdapter({ seed: 3 })
        .snapshot()
        .definitions.map((definition) => (definition as { key: string }).key)
        .reverse(),
    },
  },
  listViewerOrganizations: { method: 'GET', path: '/viewer/organizations?search=a&limit=5' },
  acceptViewerInvitation: {
    method: 'POST',
    path: '/viewer/invitation-acceptances',
    body: { organizationId: memoryIds.invitingOrganization, invitationId: umbrellaInvitation },
  },
};

const denied = 'permission_denied';
const anon = 'unauthenticated';
/** The expected answer of each cell: a success status, or the error code. */
const matrix: Record<string, Record<Caller, number | string>> = {
  getCapabilities: { admin: 200, member: 200, otherOrganization: 200, anonymous: 200 },
  getViewer: { admin: 200, member: 200, otherOrganization: denied, anonymous: anon },
  getCurrentUser: { admin: 200, member: 200, otherOrganization: 200, anonymous: anon },
  // Globex's admin may manage users, but only Globex's: Acme's member is not found there, exactly
  // like a user that does not exist.
  getUser: { admin: 200, member: denied, otherOrganization: 'not_found', anonymous: anon },
  updateUser: { admin: 200, member: denied, otherOrganization: 'not_found', anonymous: anon },
  listAttributeDefinitions: { admin: 200, member: 200, otherOrganization: 200, anonymous: anon },
  listMembers: { admin: 200, member: 200, otherOrganization: denied, anonymous: anon },
  getMember: { admin: 200, member: 200, otherOrganization: denied, anonymous: anon },
  updateMembership: { admin: 200, member: denied, otherOrganization: denied, anonymous: anon },
  removeMember: { admin: 204, member: denied, otherOrganization: denied, anonymous: anon },
  inviteMember: { admin: 201, member: denied, otherOrganization: denied, anonymous: anon },
  resendInvitation: { admin: 200, member: denied, otherOrganization: denied, anonymous: anon },
  revokeInvitation: { admin: 204, member: denied, otherOrganization: denied, anonymous: anon },
  listRoles: { admin: 200, member: 200, otherOrganization: denied, anonymous: anon },
  getOrganization: { admin: 200, member: 200, otherOrganization: denied, anonymous: anon },
  updateOrganization: { admin: 200, member: denied, otherOrganization: denied, anonymous: anon },
  findOrganizationByExternalId: { admin: 200, member: 200, otherOrganization: 200, anonymous: anon },
  findUserByExternalId: { admin: 200, member: 200, otherOrganization: denied, anonymous: anon },
  // Definitions are the environment's, but managed by an administrator acting in their organization.
  listManagedAttributeDefinitions: { admin: 200, member: denied, otherOrganization: denied, anonymous: anon },
  createAttributeDefinition: { admin: 201, member: denied, otherOrganization: denied, anonymous: anon },
  updateAttributeDefinition: { admin: 200, member: denied, otherOrganization: denied, anonymous: anon },
  reorderAttributeDefinitions: { admin: 200, member: denied, otherOrganization: denied, anonymous: anon },
  // The person's own: each lists their own organizations; the invitation is the admin's, so it is
  // missing for anyone else, exactly like one that does not exist.
  listViewerOrganizations: { admin: 200, member: 200, otherOrganization: 200, anonymous: anon },
  acceptViewerInvitation: {
    admin: 200,
    member: 'not_found',
    otherOrganization: 'not_found',
    anonymous: anon,
  },
};

async function call(caller: Caller, operationId: string): Promise<Response> {
  const spec = requests[operationId];
  if (!spec) throw new Error(`No request for ${operationId}`);
  const backend = (viewer: string = memoryIds.admin) =>
    createMemoryAdapter({
      seed: 3,
      memberCount: 20,
      viewer,
      prepare: (data) => {
        const acmeAdmin = data.memberships.find((m) => m.userId === memoryIds.admin);
        if (acmeAdmin) data.memberships.push({ ...acmeAdmin, organizationId: memoryIds.otherOrganization });
      },
    });
  const handler = createTeamkitHandler({
    adapter: backend(),
    getSession: () => callers[caller] ?? null,
    policy: memoryAccessPolicy,
    // The backend signed in as the caller, for their own organizations (the memory adapter stands for
    // a vendor's per-user token).
    viewerAdapter: (session) => backend(session.userId),
  });
  return handler(
    new Request(`http://teamkit.test${spec.path}`, {
      method: spec.method,
      headers: {
        'x-teamkit-request': '1',
        ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(spec.body === undefined ? {} : { body: JSON.stringify(spec.body) }),
    }),
  );
}

describe('authorization matrix', () => {
  it('has a row for every route and a request for every row', () => {
    expect(Object.keys(matrix).sort()).toEqual(routes.map((route) => route.operationId).sort());
    expect(Object.keys(requests).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [operationId, row] of Object.entries(matrix)) {
    for (const [caller, expected] of Object.entries(row) as [Caller, number | string][]) {
      it(`${operationId} by ${caller}: ${expected}`, async () => {
        const response = await call(caller, operationId);
        if (typeof expected === 'number') {
          expect(response.status, await response.clone().text()).toBe(expected);
        } else {
          const body = (await response.json()) as { code: string };
          expect(body.code).toBe(expected);
          expect(response.status).toBe({ [anon]: 401, [denied]: 403, not_found: 404 }[expected]);
        }
      });
    }
  }

  it('answers another organization’s member with no trace of Acme in a lookup', async () => {
    const response = await call('otherOrganization', 'findOrganizationByExternalId');
    expect(await response.json()).toEqual({ organization: null });
  });

  it('narrows each row’s actions to what a plain member may do', async () => {
    const response = await call('member', 'listMembers');
    const page = (await response.json()) as { members: { actions: Record<string, unknown> }[] };
    expect(page.members.length).toBeGreaterThan(0);
    for (const member of page.members) {
      for (const action of Object.values(member.actions)) {
        expect(action).toEqual({ allowed: false, reason: 'not_permitted' });
      }
    }
  });
});
