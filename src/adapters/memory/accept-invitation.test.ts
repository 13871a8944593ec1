import { describe, expect, it } from 'vitest';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import type { Member } from '../../core/member.ts';
import { createMemoryAdapter, memoryIds } from './index.ts';

const org = memoryIds.organization;

/** Every row of the organization, invitations included. */
async function rows(adapter: ReturnType<typeof createMemoryAdapter>): Promise<Member[]> {
  const all: Member[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listMembers({ organizationId: org, limit: 100, cursor });
    all.push(...page.members);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('accepting an invitation (the invitee’s side, on the memory adapter’s control surface)', () => {
  describe('where invitations create no user (Auth0-like)', () => {
    const auth0 = () =>
      createMemoryAdapter({ capabilities: auth0Capabilities, invitationsCreateUsers: false });

    it('creates the user with what the invitation carried and the names given, and the row becomes an active member', async () => {
      const memory = auth0();
      const invited = await memory.inviteMember(org, {
        email: 'New.Person@example.com',
        roles: ['member'],
        externalId: 'EMP-9001',
        metadata: { cost_code: 'cc-7' },
        idempotencyKey: 'k',
      });
      expect(invited.userId).toBeNull();
      const usersBefore = Object.keys(memory.snapshot().users).length;

      const member = memory.acceptInvitation(org, invited.invitationId ?? '', {
        givenName: 'New',
        familyName: 'Person',
      });

      expect(member).toMatchObject({
        status: 'active',
        invitationId: null,
        email: 'new.person@example.com',
        givenName: 'New',
        familyName: 'Person',
        externalId: 'EMP-9001',
        roles: ['member'],
        expiresAt: null,
      });
      expect(member.userId).toEqual(expect.any(String));
      expect(member.joinedAt).toEqual(expect.any(String));
      expect(Object.keys(memory.snapshot().users)).toHaveLength(usersBefore + 1);
      const user = await memory.getUser(member.userId ?? '');
      expect(user).toMatchObject({ emailVerified: true, appMetadata: { cost_code: 'cc-7' } });
      const listed = (await rows(memory)).filter((row) => row.email === 'new.person@example.com');
      expect(listed).toEqual([expect.objectContaining({ userId: member.userId, status: 'active' })]);
      expect(await memory.findUserByExternalId(org, 'EMP-9001')).toMatchObject({ id: member.userId });
    });

    it('is accepted for good: the old invitation ID answers conflict to resend, revoke and a second acceptance', async () => {
      const memory = auth0();
      const invited = await memory.inviteMember(org, { email: 'once@example.com', idempotencyKey: 'k' });
      const id = invited.invitationId ?? '';
      memory.acceptInvitation(org, id);
      await expect(memory.resendInvitation(org, id)).rejects.toMatchObject({ code: 'conflict' });
      await expect(memory.revokeInvitation(org, id)).rejects.toMatchObject({ code: 'conflict' });
      expect(() => memory.acceptInvitation(org, id)).toThrow(expect.objectContaining({ code: 'conflict' }));
      await expect(
        memory.inviteMember(org, { email: 'once@example.com', idempotencyKey: 'k2' }),
      ).rejects.toMatchObject({ code: 'already_member' });
    });

    it('links the person the address already belongs to, rather than making a second user', async () => {
      const memory = auth0();
      const someone = Object.values(memory.snapshot().users).find(
        (user) =>
          !memory.snapshot().memberships.some((m) => m.userId === user.id && m.organizationId === org),
      );
      expect(someone).toBeDefined();
      const invited = await memory.inviteMember(org, { email: someone?.email ?? '', idempotencyKey: 'k' });
      const usersBefore = Object.keys(memory.snapshot().users).length;
      const member = memory.acceptInvitation(org, invited.invitationId ?? '');
      expect(member.userId).toBe(someone?.id);
      expect(Object.keys(memory.snapshot().users)).toHaveLength(usersBefore);
    });

    it('refuses an unknown invitation with not_found', () => {
      expect(() => auth0().acceptInvitation(org, 'inv_nobody')).toThrow(
        expect.objectContaining({ code: 'not_found' }),
      );
    });
  });

  describe('where invitations have a user (Scalekit-like)', () => {
    const scalekit = () => createMemoryAdapter({ capabilities: scalekitCapabilities });

    it('activates the invited user’s membership, keeping their user ID', async () => {
      const memory = scalekit();
      const invited = await memory.inviteMember(org, { email: 'joins@example.com', idempotencyKey: 'k' });
      const member = memory.acceptInvitation(org, invited.invitationId ?? '', { givenName: 'Ignored' });
      expect(member).toMatchObject({ userId: invited.userId, status: 'active', invitationId: null });
      // The user existed already: what they typed at sign-up is the backend's business, not this call's.
      expect(member.givenName).toBeNull();
    });

    it('refuses an expired invitation with conflict: it must be sent again first', async () => {
      const memory = scalekit();
      const expired = (await rows(memory)).find((row) => row.status === 'invite_expired');
      expect(expired?.invitationId).toEqual(expect.any(String));
      expect(() => memory.acceptInvitation(org, expired?.invitationId ?? '')).toThrow(
        expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/expired/) }),
      );
      await memory.resendInvitation(org, expired?.invitationId ?? '');
      expect(memory.acceptInvitation(org, expired?.invitationId ?? '').status).toBe('active');
    });
  });
});
