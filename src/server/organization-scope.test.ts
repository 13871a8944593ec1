// @vitest-environment node
/**
 * Acting in another organization than the session's (the organization switcher over HTTP): refused
 * by default; with `organizations: 'memberships'`, allowed exactly where the backend has the caller
 * as an active member, with that organization's roles, and refused alike everywhere else (no
 * membership, an invitation not yet accepted, an inactive membership, no such organization).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import type { StoredMembership } from '../adapters/memory/memory-data.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';
import type { OrganizationScope } from './organization-scope.ts';

const acme = memoryIds.organization;
const globex = memoryIds.otherOrganization;
const umbrella = memoryIds.invitingOrganization;

/**
 * The backend (server credentials) where the admin is also in Globex with `globexRoles`, and the
 * member is in Globex as `memberInGlobex` says; the session names Acme.
 */
function setup(
  organizations: OrganizationScope | undefined,
  userId: string = memoryIds.admin,
  memberInGlobex: StoredMembership['status'] | null = null,
  globexRoles: string[] = ['member'],
) {
  const adapter = createMemoryAdapter({
    seed: 6,
    memberCount: 10,
    prepare: (data) => {
      const admin = data.memberships.find((m) => m.userId === memoryIds.admin && m.organizationId === acme);
      const member = data.memberships.find((m) => m.userId === memoryIds.member && m.organizationId === acme);
      if (admin) data.memberships.push({ ...admin, organizationId: globex, roles: globexRoles });
      if (member && memberInGlobex) {
        data.memberships.push({ ...member, organizationId: globex, status: memberInGlobex });
      }
    },
  });
  const handler = createTeamkitHandler({
    adapter,
    getSession: () => ({ userId, organizationId: acme }),
    policy: memoryAccessPolicy,
    ...(organizations ? { organizations } : {}),
  });
  const send = (method: string, path: string, body?: unknown) =>
    handler(
      new Request(`http://teamkit.test${path}`, {
        method,
        headers: { 'x-teamkit-request': '1', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return { adapter, send };
}

const codeOf = async (response: Response) => ((await response.json()) as { code: string }).code;

describe('acting in another organization than the session’s', () => {
  it('is refused by default, even where the caller is a member', async () => {
    const response = await setup(undefined).send('GET', `/organizations/${globex}/members`);
    expect(response.status).toBe(403);
    expect(await codeOf(response)).toBe('permission_denied');
  });

  it('is refused with organizations: session, the same', async () => {
    const response = await setup('session').send('GET', `/organizations/${globex}/roles`);
    expect(await codeOf(response)).toBe('permission_denied');
  });

  it('with memberships, serves an organization the caller is an active member of, with its own roles', async () => {
    const { send } = setup('memberships');
    const viewer = (await (await send('GET', `/organizations/${globex}/viewer`)).json()) as {
      organizationId: string;
      roles: string[];
      permissions: { manageMembers: boolean; viewMembers: boolean };
    };
    expect(viewer).toMatchObject({ organizationId: globex, roles: ['member'] });
    expect(viewer.permissions.manageMembers).toBe(false);
    const members = await send('GET', `/organizations/${globex}/members`);
    expect(members.status).toBe(200);
    const page = (await members.json()) as { members: { organizationId: string }[] };
    expect(page.members.every((member) => member.organizationId === globex)).toBe(true);
    // A plain member in Globex, whatever they are in Acme: Globex's rules apply there.
    const refused = await send('PATCH', `/organizations/${globex}/members/${memoryIds.admin}`, {
      roles: ['admin'],
    });
    expect(await codeOf(refused)).toBe('permission_denied');
  });

  it('with memberships, lets an admin there act as one there', async () => {
    const { send } = setup('memberships', memoryIds.admin, null, ['admin']);
    const response = await send('PATCH', `/organizations/${globex}`, { patch: { displayName: 'Globex 2' } });
    expect(response.status).toBe(200);
  });

  it.each([
    ['no membership at all', null, globex],
    ['an invitation not yet accepted', 'pending_invite', globex],
    ['an inactive membership', 'inactive', globex],
  ] as const)('with memberships, refuses a caller with %s, as today', async (_name, status, organization) => {
    const { send } = setup('memberships', memoryIds.member, status);
    for (const path of [`/organizations/${organization}/members`, `/organizations/${organization}`]) {
      const response = await send('GET', path);
      expect(response.status).toBe(403);
      expect(await codeOf(response)).toBe('permission_denied');
    }
  });

  it('with memberships, answers an organization that does not exist exactly like one the caller is not in', async () => {
    const { send } = setup('memberships');
    const missing = await send('GET', '/organizations/org_nowhere/members');
    const foreign = await send('GET', `/organizations/${umbrella}/members`);
    expect([missing.status, await codeOf(missing)]).toEqual([foreign.status, await codeOf(foreign)]);
    expect(missing.status).toBe(403);
  });

  it('with memberships, applies a removal on the next request', async () => {
    const { adapter, send } = setup('memberships', memoryIds.member, 'active', ['admin']);
    expect((await send('GET', `/organizations/${globex}/roles`)).status).toBe(200);
    await adapter.removeMember(globex, memoryIds.member);
    const response = await send('GET', `/organizations/${globex}/roles`);
    expect(await codeOf(response)).toBe('permission_denied');
  });
});
