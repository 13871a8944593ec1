// @vitest-environment node
/**
 * The person's own organizations through the handler, where they fail: a malformed query, a backend
 * that does not offer them, an invitation that is not the caller's, a body of the wrong shape, a write
 * without its CSRF header, and a host whose `viewerAdapter` is signed in as someone else.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import type { MemoryAdapterOptions } from '../adapters/memory/memory-adapter-types.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { fullCapabilities, resolveCapabilities } from '../core/capabilities.ts';
import { createTeamkitHandler, type TeamkitHandlerOptions } from './create-teamkit-handler.ts';

const acme = memoryIds.organization;

function setup(
  userId: string = memoryIds.admin,
  options: MemoryAdapterOptions = {},
  handlerOptions: Partial<TeamkitHandlerOptions> = {},
) {
  const backend = (viewer: string) => createMemoryAdapter({ seed: 5, memberCount: 10, viewer, ...options });
  const adapter = backend(memoryIds.admin);
  const failures: unknown[] = [];
  const handler = createTeamkitHandler({
    adapter,
    getSession: () => ({ userId, organizationId: acme }),
    policy: memoryAccessPolicy,
    viewerAdapter: (session) => (session.userId === memoryIds.admin ? adapter : backend(session.userId)),
    onError: (error) => failures.push(error),
    ...handlerOptions,
  });
  const list = (query = '') => handler(new Request(`http://teamkit.test/viewer/organizations${query}`));
  const accept = (body: unknown, headers: Record<string, string> = { 'x-teamkit-request': '1' }) =>
    handler(
      new Request('http://teamkit.test/viewer/invitation-acceptances', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );
  const umbrella = () =>
    adapter.snapshot().memberships.find((m) => m.userId === memoryIds.admin && m.status === 'pending_invite');
  return { adapter, handler, list, accept, umbrella, failures };
}

const json = async (response: Response) =>
  (await response.json()) as { code?: string; fieldErrors?: Record<string, string> } & Record<
    string,
    unknown
  >;

describe('GET /viewer/organizations', () => {
  it('lists the caller’s organizations and their invitation, paged and searched', async () => {
    const { list } = setup();
    const page = await json(await list('?limit=1'));
    expect(page.organizations).toHaveLength(1);
    expect(page.invitations).toEqual([
      expect.objectContaining({ id: memoryIds.invitingOrganization, status: 'invited' }),
    ]);
    expect(page.nextCursor).toEqual(expect.any(String));
    const found = await json(await list('?search=UMBRELLA'));
    expect(found.organizations).toEqual([]);
    expect(found.invitations).toHaveLength(1);
  });

  it.each([
    ['a limit that is not a number', '?limit=many', 'limit'],
    ['a limit of zero', '?limit=0', 'limit'],
    ['a limit past any page', '?limit=100000', 'limit'],
    ['a repeated search', '?search=a&search=b', 'search'],
    ['an unknown parameter', '?organizationId=org_globex', ''],
    ['a search longer than any name', `?search=${'a'.repeat(300)}`, 'search'],
  ])('refuses %s with validation', async (_name, query, field) => {
    const response = await setup().list(query);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.code).toBe('validation');
    expect(Object.keys(body.fieldErrors ?? {}).join(' ')).toContain(field);
  });

  it('refuses a cursor from another search with the backend’s field message', async () => {
    const { list } = setup();
    const first = await json(await list('?limit=1'));
    const response = await list(`?search=x&cursor=${encodeURIComponent(String(first.nextCursor))}`);
    expect(response.status).toBe(400);
    expect((await json(response)).fieldErrors?.cursor).toEqual(expect.any(String));
  });

  it('lists only the caller’s own, asked of the backend as them: a member sees not the admin’s invitation', async () => {
    const page = await json(await setup(memoryIds.member).list());
    expect(page.organizations).toEqual([expect.objectContaining({ id: acme, status: 'member' })]);
    expect(page.invitations).toEqual([]);
  });

  it('is refused by default, and never served, where the backend is signed in as someone else', async () => {
    const { list, failures } = setup(memoryIds.member, {}, { viewerAdapter: undefined });
    const response = await list();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain(memoryIds.admin);
    expect(text).not.toContain('Umbrella');
    expect(String(failures[0])).toContain('viewerAdapter');
  });

  it('answers 401 to nobody signed in', async () => {
    const handler = createTeamkitHandler({
      adapter: createMemoryAdapter({ seed: 5 }),
      getSession: () => null,
    });
    const response = await handler(new Request('http://teamkit.test/viewer/organizations'));
    expect((await json(response)).code).toBe('unauthenticated');
  });
});

describe('POST /viewer/invitation-acceptances', () => {
  it('makes the caller a member, then refuses a second acceptance with conflict or not_found', async () => {
    const { accept, umbrella } = setup();
    const invitation = umbrella();
    const body = { organizationId: memoryIds.invitingOrganization, invitationId: invitation?.invitationId };
    const response = await accept(body);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ id: memoryIds.invitingOrganization, status: 'member' });
    const again = await accept(body);
    expect([404, 409]).toContain(again.status);
  });

  it('answers someone else’s invitation as not_found, and leaves it pending', async () => {
    const { adapter, accept, umbrella } = setup(memoryIds.member);
    const invitation = umbrella();
    const response = await accept({
      organizationId: memoryIds.invitingOrganization,
      invitationId: invitation?.invitationId,
    });
    expect(response.status).toBe(404);
    expect((await json(response)).code).toBe('not_found');
    const still = adapter.snapshot().memberships.find((m) => m.invitationId === invitation?.invitationId);
    expect(still?.status).toBe('pending_invite');
  });

  it.each([
    ['no invitation', { organizationId: acme }, 'invitationId'],
    ['an empty organization', { organizationId: '', invitationId: 'inv_1' }, 'organizationId'],
    ['an unknown field', { organizationId: acme, invitationId: 'inv_1', userId: memoryIds.member }, ''],
  ])('refuses a body with %s with validation', async (_name, body, field) => {
    const response = await setup().accept(body);
    expect(response.status).toBe(400);
    const answer = await json(response);
    expect(answer.code).toBe('validation');
    expect(Object.keys(answer.fieldErrors ?? {}).join(' ')).toContain(field);
  });

  it('refuses a write without the CSRF header, and accepts nothing', async () => {
    const { accept, umbrella } = setup();
    const invitation = umbrella();
    const response = await accept(
      { organizationId: memoryIds.invitingOrganization, invitationId: invitation?.invitationId },
      {},
    );
    expect(response.status).toBe(403);
    expect(umbrella()?.status).toBe('pending_invite');
  });
});

describe('where the backend does not offer them', () => {
  const none = resolveCapabilities(
    { viewerOrganizations: { list: false, search: false, invitations: false, acceptInvitations: false } },
    fullCapabilities,
  );

  it('declares the group false and answers both routes not_supported, asking nothing', async () => {
    const { handler, list, accept, adapter } = setup(memoryIds.admin, { capabilities: none });
    const description = await json(await handler(new Request('http://teamkit.test/capabilities')));
    expect(description.capabilities).toMatchObject({
      viewerOrganizations: { list: false, acceptInvitations: false },
    });
    adapter.reset();
    const listed = await list();
    expect(listed.status).toBe(501);
    expect((await json(listed)).code).toBe('not_supported');
    const accepted = await accept({ organizationId: memoryIds.invitingOrganization, invitationId: 'inv_1' });
    expect((await json(accepted)).code).toBe('not_supported');
    const asked = adapter.calls.map((call) => call.method);
    expect(asked).not.toContain('listViewerOrganizations');
    expect(asked).not.toContain('acceptViewerInvitation');
  });
});
