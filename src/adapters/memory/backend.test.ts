import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from './index.ts';

// The memory backend's rules by who is signed in; its invitations are tested in
// backend-invitations.test.ts, its members list in backend-members.test.ts.

const org = memoryIds.organization;

describe('the memory backend’s rules', () => {
  describe('given a plain member signed in', () => {
    const asMember = () => createMemoryAdapter({ viewer: 'member' });

    it('may only see the members list', async () => {
      const viewer = await asMember().getViewer(org);
      expect(viewer.permissions).toEqual({
        viewMembers: true,
        inviteMembers: false,
        manageMembers: false,
        updateOrganization: false,
        manageUsers: false,
      });
    });

    it('sees every row action denied as not_permitted', async () => {
      const page = await asMember().listMembers({ organizationId: org });
      for (const member of page.members) {
        for (const action of Object.values(member.actions))
          expect(action).toEqual({ allowed: false, reason: 'not_permitted' });
      }
    });

    it('is refused inviting, removing, re-roling and changing the organization', async () => {
      const adapter = asMember();
      await expect(
        adapter.inviteMember(org, { email: 'x@example.com', idempotencyKey: 'k' }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
      });
      await expect(adapter.removeMember(org, memoryIds.rtlName)).rejects.toMatchObject({
        code: 'permission_denied',
      });
      await expect(
        adapter.updateMembership(org, memoryIds.rtlName, { roles: ['admin'] }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
      });
      await expect(adapter.resendInvitation(org, memoryIds.pendingInvite)).rejects.toMatchObject({
        code: 'permission_denied',
      });
      await expect(adapter.updateOrganization(org, { displayName: 'Mine now' })).rejects.toMatchObject({
        code: 'permission_denied',
      });
      await expect(adapter.findUserByExternalId(org, 'SALESFORCE-000417')).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });

    it('may read their own user but not someone else’s', async () => {
      const adapter = asMember();
      await expect(adapter.getUser(memoryIds.member)).resolves.toMatchObject({ id: memoryIds.member });
      await expect(adapter.getUser(memoryIds.admin)).rejects.toMatchObject({ code: 'permission_denied' });
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'X' } }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });

    it('may write their own user-writable fields and user metadata', async () => {
      const user = await asMember().updateUser(memoryIds.member, {
        profile: { phoneNumber: '+49 30 1234567', locale: 'de-de' },
        customAttributes: { bio: '  Hallo!  ', skills: ['react'], newsletter: true, years_experience: '7' },
        userMetadata: { theme: 'dark' },
      });
      expect(user.profile).toMatchObject({ phoneNumber: '+49301234567', locale: 'de-DE' });
      expect(user.profile.customAttributes).toMatchObject({
        bio: 'Hallo!',
        skills: ['react'],
        newsletter: true,
        years_experience: 7,
      });
      expect(user.userMetadata.theme).toBe('dark');
    });

    it('is refused admin-only and identity-provider fields, each named', async () => {
      await expect(
        asMember().updateUser(memoryIds.member, {
          customAttributes: { employee_id: 'EMP-1234', start_date: '2020-01-01', cost_center: 'CC-1' },
          profile: { picture: 'https://example.com/me.png', name: 'Direct write' },
        }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
        fieldErrors: {
          employee_id: expect.any(String),
          start_date: expect.any(String),
          cost_center: expect.stringContaining('Synced from Workday'),
          picture: expect.any(String),
          name: expect.stringContaining('Managed by Okta'),
        },
      });
    });

    it('is refused app metadata and the external ID', async () => {
      await expect(
        asMember().updateUser(memoryIds.member, { appMetadata: { tier: 'gold' } }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
        fieldErrors: { appMetadata: expect.any(String) },
      });
      await expect(asMember().updateUser(memoryIds.member, { externalId: 'MINE' })).rejects.toMatchObject({
        code: 'permission_denied',
        fieldErrors: { externalId: expect.any(String) },
      });
    });

    it('may override an identity-provider value and return to it', async () => {
      const adapter = asMember();
      const overridden = await adapter.updateUser(memoryIds.member, { overrides: { name: '  Jo  ' } });
      expect(overridden.overrides).toEqual({ name: 'Jo' });
      expect(overridden.profile.name).toBe('Jonas Müller');
      expect((await adapter.getMember(org, memoryIds.member)).name).toBe('Jo');
      const restored = await adapter.updateUser(memoryIds.member, { overrides: { name: null } });
      expect(restored.overrides).toEqual({});
    });

    it('is refused an override of a field that allows none', async () => {
      await expect(
        asMember().updateUser(memoryIds.member, { overrides: { cost_center: 'CC-9' } }),
      ).rejects.toMatchObject({
        code: 'permission_denied',
        fieldErrors: { cost_center: expect.any(String) },
      });
    });
  });

  describe('given the admin signed in', () => {
    it('may write a member’s admin-only attributes, validated by their pattern', async () => {
      const adapter = createMemoryAdapter();
      const options = { organizationId: org };
      await expect(
        adapter.updateUser(memoryIds.member, { customAttributes: { employee_id: 'E-12' } }, options),
      ).rejects.toMatchObject({
        code: 'validation',
        fieldErrors: { employee_id: 'Use the form EMP-1234: EMP- followed by 3 to 6 digits.' },
      });
      const user = await adapter.updateUser(
        memoryIds.member,
        {
          customAttributes: { employee_id: 'EMP-2042', start_date: '2021-06-01' },
          appMetadata: { tier: 'gold' },
        },
        options,
      );
      expect(user.profile.customAttributes).toMatchObject({
        employee_id: 'EMP-2042',
        start_date: '2021-06-01',
      });
      expect(user.appMetadata.tier).toBe('gold');
    });

    it('still may not write a field nobody writes, nor the email', async () => {
      await expect(
        createMemoryAdapter().updateUser(
          memoryIds.member,
          { customAttributes: { cost_center: 'CC-1' } },
          { organizationId: org },
        ),
      ).rejects.toMatchObject({ code: 'permission_denied' });
      await expect(
        createMemoryAdapter().updateUser(memoryIds.admin, {
          profile: { email: 'new@acme.example' } as never,
        }),
      ).rejects.toMatchObject({ code: 'permission_denied', fieldErrors: { email: expect.any(String) } });
    });

    it('may not edit users outside the organizations they manage', async () => {
      await expect(createMemoryAdapter().getUser('usr_96194455173800099')).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });

    it('gives the phone message the UI shows', async () => {
      await expect(
        createMemoryAdapter().updateUser(memoryIds.admin, { profile: { phoneNumber: '555-1234' } }),
      ).rejects.toMatchObject({
        fieldErrors: { phoneNumber: 'Enter a phone number with its country code, like +14155552671.' },
      });
    });
  });

  describe('given a billing manager signed in', () => {
    it('may change the organization but not members', async () => {
      const adapter = createMemoryAdapter({ viewer: memoryIds.billingManager });
      await expect(
        adapter.updateOrganization(org, { metadata: { billing_email: 'ap@acme.example' } }),
      ).resolves.toMatchObject({
        metadata: { billing_email: 'ap@acme.example' },
      });
      await expect(adapter.removeMember(org, memoryIds.member)).rejects.toMatchObject({
        code: 'permission_denied',
      });
    });
  });

  describe('given a viewer whose membership is not active', () => {
    it('is not a member for getViewer, and may see nothing', async () => {
      const adapter = createMemoryAdapter({ viewer: memoryIds.inactiveMember });
      await expect(adapter.getViewer(org)).rejects.toMatchObject({ code: 'not_found' });
      await expect(adapter.listMembers({ organizationId: org })).rejects.toMatchObject({
        code: 'permission_denied',
      });
      await expect(adapter.getOrganization(org)).rejects.toMatchObject({ code: 'permission_denied' });
    });

    it('and an organization they do not belong to is not found by external ID', async () => {
      expect(await createMemoryAdapter().findOrganizationByExternalId('CUST-67890-GLOBEX')).toBeNull();
    });
  });
});
