import { describe, expect, it } from 'vitest';
import { TeamkitError } from '../../core/errors.ts';
import { addMemoryMember, createMemoryAdapter, memoryIds } from './index.ts';

describe("the memory backend's list of the viewer's own organizations", () => {
  it('seeds the admin in Acme (admin) and Initech (member, billing manager), invited to Umbrella Labs', async () => {
    const page = await createMemoryAdapter().listViewerOrganizations({});
    expect(page.organizations.map((o) => [o.displayName, o.roles])).toEqual([
      ['Acme Corporation', ['admin']],
      ['Initech', ['member', 'billing_manager']],
    ]);
    expect(page.invitations).toEqual([
      expect.objectContaining({
        id: memoryIds.invitingOrganization,
        displayName: 'Umbrella Labs',
        status: 'invited',
        invitationId: expect.stringMatching(/^inv_/),
        expiresAt: expect.any(String),
      }),
    ]);
    expect(page.totalCount).toBe(2);
  });

  it('hands out pages of hundreds of organizations, searchable by name', async () => {
    const adapter = createMemoryAdapter({
      prepare: (data) => {
        for (let index = 0; index < 300; index += 1) {
          const id = `org_many_${index}`;
          data.organizations[id] = {
            ...structuredClone(data.organizations[memoryIds.organization]),
            id,
            externalId: null,
            displayName: `Branch ${String(index).padStart(3, '0')}`,
          } as never;
          data.memberships.push({
            ...structuredClone(data.memberships.find((m) => m.userId === memoryIds.admin)),
            organizationId: id,
          } as never);
        }
      },
    });
    const first = await adapter.listViewerOrganizations({ limit: 100 });
    expect(first.organizations).toHaveLength(100);
    expect(first.totalCount).toBe(302);
    const found = await adapter.listViewerOrganizations({ search: 'branch 29' });
    expect(found.organizations.map((o) => o.displayName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Branch 29${i}`),
    );
    await expect(adapter.listViewerOrganizations({ cursor: 'garbage' })).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: { cursor: expect.any(String) },
    });
  });

  it('lists a plain member only where they belong', async () => {
    const page = await createMemoryAdapter({ viewer: 'member' }).listViewerOrganizations({});
    expect(page.organizations.map((o) => o.id)).toEqual([memoryIds.organization]);
    expect(page.invitations).toEqual([]);
  });

  it('accepts the invitation: the organization becomes a membership with the invited roles', async () => {
    const adapter = createMemoryAdapter();
    const [invitation] = (await adapter.listViewerOrganizations({})).invitations;
    const accepted = await adapter.acceptViewerInvitation(
      memoryIds.invitingOrganization,
      invitation?.invitationId ?? '',
    );
    expect(accepted).toMatchObject({
      id: memoryIds.invitingOrganization,
      status: 'member',
      roles: ['member'],
    });
    expect((await adapter.getViewer(memoryIds.invitingOrganization)).roles).toEqual(['member']);
  });

  it('accepts, by address, an invitation without a user (Auth0-like) and links the viewer', async () => {
    const adapter = createMemoryAdapter({ invitationsCreateUsers: false });
    const [invitation] = (await adapter.listViewerOrganizations({})).invitations;
    expect(invitation?.invitationId).toEqual(expect.any(String));
    await adapter.acceptViewerInvitation(memoryIds.invitingOrganization, invitation?.invitationId ?? '');
    const page = await adapter.listViewerOrganizations({});
    expect(page.organizations.map((o) => o.id)).toContain(memoryIds.invitingOrganization);
    expect(page.invitations).toEqual([]);
  });

  it("answers not_found for someone else's invitation, as for one that does not exist", async () => {
    const adapter = createMemoryAdapter({
      prepare: (data) => {
        addMemoryMember(
          data,
          { id: 'usr_someone', email: 'someone@umbrella.example' },
          {
            organizationId: memoryIds.invitingOrganization,
            status: 'pending_invite',
            invitationId: 'inv_theirs',
          },
        );
      },
    });
    await expect(
      adapter.acceptViewerInvitation(memoryIds.invitingOrganization, 'inv_theirs'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses an expired invitation with conflict, and passes injected faults through', async () => {
    const adapter = createMemoryAdapter({
      prepare: (data) => {
        const mine = data.memberships.find(
          (m) => m.organizationId === memoryIds.invitingOrganization && m.userId === memoryIds.admin,
        );
        if (mine) mine.status = 'invite_expired';
      },
    });
    expect((await adapter.listViewerOrganizations({})).invitations).toEqual([]);
    const id = adapter
      .snapshot()
      .memberships.find((m) => m.status === 'invite_expired' && m.userId === memoryIds.admin)?.invitationId;
    await expect(
      adapter.acceptViewerInvitation(memoryIds.invitingOrganization, id ?? ''),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    adapter.faults.failMethod('listViewerOrganizations', 'unavailable', { times: 1 });
    await expect(adapter.listViewerOrganizations({})).rejects.toBeInstanceOf(TeamkitError);
  });

  it('refuses a search where the backend declares none, and everything where listing is undeclared', async () => {
    const noSearch = createMemoryAdapter({ capabilities: { viewerOrganizations: { search: false } } });
    await expect(noSearch.listViewerOrganizations({ search: 'ac' })).rejects.toMatchObject({
      code: 'not_supported',
    });
    const none = createMemoryAdapter({
      capabilities: { viewerOrganizations: { list: false, acceptInvitations: false } },
    });
    await expect(none.listViewerOrganizations({})).rejects.toMatchObject({ code: 'not_supported' });
    await expect(none.acceptViewerInvitation(memoryIds.invitingOrganization, 'x')).rejects.toMatchObject({
      code: 'not_supported',
    });
  });
});
