/**
 * A session that drives every route of the handler over a fresh memory backend, through the HTTP
 * adapter, and records each request and response as sent over the wire: what src/server/openapi.test.ts
 * checks against the OpenAPI document.
 */
import { expect } from 'vitest';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryExternalIds, memoryIds } from '../../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../../src/adapters/memory/permissions.ts';
import type { DefinitionManagement, TeamkitAdapter } from '../../src/core/adapter.ts';
import { createTeamkitHandler } from '../../src/server/create-teamkit-handler.ts';
import type { TeamkitSession } from '../../src/server/session.ts';

/** One request the handler served and its response, as sent over the wire. */
export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  status: number;
  responseBody: unknown;
}

const acme = memoryIds.organization;

/** A handler over a fresh memory backend, recording every exchange, and an HTTP adapter over it. */
export async function recordedSession(caller: TeamkitSession, exchanges: Exchange[]) {
  const handler = createTeamkitHandler({
    adapter: createMemoryAdapter({ seed: 2, memberCount: 15 }),
    basePath: '/api',
    getSession: (request) => (request.headers.get('x-test-anonymous') ? null : caller),
    policy: memoryAccessPolicy,
    inviteLimits: { perCaller: { limit: 3, windowMs: 60_000 } },
  });
  const recording = async (request: Request): Promise<Response> => {
    const text = request.body ? await request.clone().text() : '';
    const response = await handler(request);
    const responseText = await response.clone().text();
    exchanges.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
      status: response.status,
      responseBody: responseText ? JSON.parse(responseText) : undefined,
    });
    return response;
  };
  const fetch = (input: string | URL | Request, init?: RequestInit) => recording(new Request(input, init));
  const adapter = await createHttpAdapter({ baseUrl: 'http://teamkit.test/api', fetch, retries: 0 });
  const raw = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    recording(
      new Request(`http://teamkit.test/api${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      }),
    );
  return { adapter, raw };
}
export const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  );

/** Drives every route: each success, and the refusals a browser meets. */
export async function driveEveryRoute(admin: TeamkitAdapter) {
  await admin.getViewer(acme);
  await admin.getCurrentUser();
  const user = await admin.getUser(memoryIds.member);
  await admin.updateUser(
    memoryIds.member,
    { userMetadata: { team: 'blue' } },
    { expectedVersion: user.version },
  );
  await settle(admin.updateUser(memoryIds.member, { customAttributes: { years_experience: 10_000 } }));
  await settle(
    admin.updateUser(memoryIds.member, { userMetadata: { team: 'red' } }, { expectedVersion: 'stale' }),
  );
  await settle(admin.getUser('usr_nobody'));
  await admin.listAttributeDefinitions();
  const query = {
    organizationId: acme,
    search: 'a',
    statuses: ['active', 'pending_invite'] as const,
    roles: ['member'],
    sort: { field: 'email', direction: 'desc' } as const,
    limit: 3,
  };
  const page = await admin.listMembers(query);
  expect(page.nextCursor).not.toBeNull();
  await admin.listMembers({ ...query, cursor: page.nextCursor });
  await settle(admin.listMembers({ organizationId: acme, cursor: 'garbage' }));
  await admin.getMember(acme, memoryIds.member);
  await admin.updateMembership(acme, memoryIds.member, { roles: ['member'], metadata: { desk: '4B' } });
  await settle(admin.updateMembership(acme, memoryIds.admin, { roles: ['member'] }));
  await admin.removeMember(acme, memoryIds.idpUser);
  await settle(admin.removeMember(acme, memoryIds.directoryMember));
  for (const key of ['oa-1', 'oa-1', 'oa-2', 'oa-3', 'oa-4']) {
    await settle(
      admin.inviteMember(acme, { email: `${key}@example.com`, roles: ['member'], idempotencyKey: key }),
    );
  }
  const invitationOf = async (userId: string) => (await admin.getMember(acme, userId)).invitationId ?? '';
  await admin.resendInvitation(acme, await invitationOf(memoryIds.pendingInvite));
  await settle(admin.resendInvitation(acme, 'inv_nobody'));
  await admin.revokeInvitation(acme, await invitationOf(memoryIds.expiredInvite));
  await admin.listRoles(acme);
  const organization = await admin.getOrganization(acme);
  await admin.updateOrganization(
    acme,
    { metadata: { tier: 'gold' } },
    { expectedVersion: organization.version },
  );
  await settle(admin.updateOrganization(acme, { displayName: '' }));
  await admin.findOrganizationByExternalId(memoryExternalIds.organization);
  await admin.findOrganizationByExternalId('nobody');
  await admin.findUserByExternalId(acme, memoryExternalIds.member);
  await admin.findUserByExternalId(acme, 'nobody');
  await settle(admin.getOrganization(memoryIds.otherOrganization));
  await driveDefinitionRoutes(admin);
  await driveViewerOrganizationRoutes(admin);
}

/** The person's own organizations: a search paged by one, a stale cursor, accepting and its refusals. */
async function driveViewerOrganizationRoutes(admin: TeamkitAdapter) {
  const mine = admin as TeamkitAdapter & Required<Pick<TeamkitAdapter, 'listViewerOrganizations'>>;
  const first = await mine.listViewerOrganizations({ limit: 1 });
  expect(first.nextCursor).not.toBeNull();
  await mine.listViewerOrganizations({ limit: 1, cursor: first.nextCursor });
  await mine.listViewerOrganizations({ search: 'ac' });
  await settle(mine.listViewerOrganizations({ search: 'x', cursor: first.nextCursor }));
  const invitation = first.invitations[0];
  expect(invitation?.invitationId).toEqual(expect.any(String));
  const accept = () => admin.acceptViewerInvitation?.(invitation?.id ?? '', invitation?.invitationId ?? '');
  await accept();
  await settle(accept() ?? Promise.resolve());
  await settle(admin.acceptViewerInvitation?.(acme, 'inv_nobody') ?? Promise.resolve());
}

/** The definition-management routes: each success and each refusal a manager meets. */
async function driveDefinitionRoutes(admin: TeamkitAdapter) {
  const manage = admin as TeamkitAdapter & DefinitionManagement;
  const managed = await manage.listManagedAttributeDefinitions(acme);
  await manage.createAttributeDefinition(acme, {
    key: 'desk_number',
    label: 'Desk number',
    type: 'single_select',
    options: [{ value: 'a1', label: 'A1' }],
    group: 'Work',
    helpText: null,
    write: 'admin',
    required: false,
  });
  await settle(manage.createAttributeDefinition(acme, { key: 'Desk_Number', label: 'Desk', type: 'text' }));
  await settle(manage.createAttributeDefinition(acme, { key: '1', label: '', type: 'hologram' as never }));
  await manage.updateAttributeDefinition(acme, 'desk_number', { label: 'Desk', enabled: false });
  await settle(manage.updateAttributeDefinition(acme, 'no_such_field', { label: 'Nope' }));
  const keys = [...managed.map((definition) => definition.key), 'desk_number'].reverse();
  await manage.reorderAttributeDefinitions(acme, keys);
  await settle(manage.reorderAttributeDefinitions(acme, keys.slice(1)));
}
