/**
 * The conformance suite's part for invitations: inviting (lifetime, idempotency, validation), then
 * resending and revoking as `capabilities.invitations` declares. Run inside `describeAdapterContract`,
 * over the same fresh adapter each test gets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import type { Member } from '../src/core/member.ts';
import { memberKey } from '../src/core/member-key.ts';
import type { ContractIds } from './adapter-contract.ts';
import { allPages, declared, newAddress, newKey, rowOf } from './adapter-contract-support.ts';

/** Defines the invitation cases; `current` gives the adapter and fixture of the running test. */
export function describeInvitationContract(
  capabilities: TeamkitCapabilities,
  current: () => { adapter: TeamkitAdapter; ids: ContractIds },
): void {
  const invitations = capabilities.invitations;

  describe('when inviting', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    it('creates a pending invitation with an ID of its own, listed', async () => {
      const email = newAddress();
      const viewer = await adapter.getUser(ids.adminUserId);
      const member = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
      expect(member.email).toBe(email);
      expect(member.status).toBe('pending_invite');
      expect(member.provisioning).toBe('invitation');
      expect(member.roles).toEqual([ids.memberRole]);
      expect(member.inviterEmail).toBe(viewer.email);
      expect(member.joinedAt).toBeNull();
      expect(member.invitationId).toEqual(expect.any(String));
      const row = await rowOf(adapter, ids.organizationId, email);
      expect(row && memberKey(row)).toBe(memberKey(member));
    });

    declared(invitations.lifetimeMs !== null, 'invitations.lifetimeMs')(
      `expires the invitation after the declared lifetime (${invitations.lifetimeMs} ms)`,
      async () => {
        const member = await adapter.inviteMember(ids.organizationId, {
          email: newAddress(),
          idempotencyKey: newKey(),
        });
        const lifetime = Date.parse(member.expiresAt ?? '') - Date.parse(member.invitedAt ?? '');
        expect(lifetime).toBe(invitations.lifetimeMs);
      },
    );

    it('grants the roles asked for', async () => {
      const member = await adapter.inviteMember(ids.organizationId, {
        email: newAddress(),
        roles: [ids.adminRole],
        idempotencyKey: newKey(),
      });
      expect(member.roles).toEqual([ids.adminRole]);
    });

    it('rejects an active member and a pending invitation with already_member', async () => {
      const { email: memberEmail } = await adapter.getMember(ids.organizationId, ids.memberUserId);
      for (const email of [memberEmail, ids.pendingInviteEmail]) {
        await expect(
          adapter.inviteMember(ids.organizationId, {
            email: email.toUpperCase(),
            idempotencyKey: newKey(),
          }),
        ).rejects.toMatchObject({ code: 'already_member' });
      }
    });

    declared(invitations.idempotent, 'invitations.idempotent')(
      'returns the first result when the same idempotency key is sent again',
      async () => {
        const input = { email: newAddress(), idempotencyKey: newKey() };
        const first = await adapter.inviteMember(ids.organizationId, input);
        const second = await adapter.inviteMember(ids.organizationId, input);
        expect(memberKey(second)).toBe(memberKey(first));
        const { members: listed } = await allPages(adapter, { organizationId: ids.organizationId });
        expect(listed.filter((member) => member.email === input.email)).toHaveLength(1);
      },
    );

    it('rejects an invalid address with validation on email', async () => {
      await expect(
        adapter.inviteMember(ids.organizationId, { email: 'not-an-address', idempotencyKey: newKey() }),
      ).rejects.toMatchObject({ code: 'validation', fieldErrors: { email: expect.any(String) } });
    });

    it('rejects an unknown role with validation on roles', async () => {
      await expect(
        adapter.inviteMember(ids.organizationId, {
          email: newAddress(),
          roles: ['no_such_role'],
          idempotencyKey: newKey(),
        }),
      ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
    });
  });

  describe('when resending or revoking invitations', () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(() => {
      ({ adapter, ids } = current());
    });

    /** The seeded pending invitation's row (it may have no user: it is addressed by its ID). */
    const pendingRow = async () => {
      const row = await rowOf(adapter, ids.organizationId, ids.pendingInviteEmail);
      expect(row?.invitationId).toEqual(expect.any(String));
      return row as Member & { invitationId: string };
    };

    declared(invitations.resend === 'in_place', 'invitations.resend in_place')(
      'resends a pending invitation, keeping its ID',
      async () => {
        const before = await pendingRow();
        const invitation = await adapter.resendInvitation(ids.organizationId, before.invitationId);
        expect(invitation.id).toBe(before.invitationId);
        expect(invitation.userId).toBe(before.userId);
        expect(invitation.status).toBe('pending');
        expect(invitation.resentCount).toBe(before.resentCount + 1);
        expect(invitation.resentAt).not.toBeNull();
      },
    );

    declared(invitations.resend === 'recreate', 'invitations.resend recreate')(
      'resends a pending invitation as a new one with a new ID, which the list then holds',
      async () => {
        const before = await pendingRow();
        const invitation = await adapter.resendInvitation(ids.organizationId, before.invitationId);
        expect(invitation.id).not.toBe(before.invitationId);
        expect(invitation.email.toLowerCase()).toBe(ids.pendingInviteEmail.toLowerCase());
        expect(invitation.status).toBe('pending');
        expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(Date.now());
        const after = await pendingRow();
        expect(after.invitationId).toBe(invitation.id);
        await expect(adapter.revokeInvitation(ids.organizationId, before.invitationId)).rejects.toMatchObject(
          { code: 'not_found' },
        );
      },
    );

    declared(invitations.resend === 'none', 'invitations.resend none')(
      'refuses to resend with not_supported',
      async () => {
        const before = await pendingRow();
        await expect(adapter.resendInvitation(ids.organizationId, before.invitationId)).rejects.toMatchObject(
          { code: 'not_supported' },
        );
      },
    );

    declared(
      invitations.resendCooldownMs !== null && invitations.resend !== 'none',
      'invitations.resendCooldownMs',
    )('refuses a second resend within the cooldown with rate_limited, saying how long to wait', async () => {
      const before = await pendingRow();
      const sent = await adapter.resendInvitation(ids.organizationId, before.invitationId);
      const error = await adapter.resendInvitation(ids.organizationId, sent.id).then(
        () => null,
        (reason: unknown) => reason as { code: string; retryAfterMs?: number },
      );
      expect(error?.code).toBe('rate_limited');
      expect(error?.retryAfterMs).toBeGreaterThan(0);
      expect(error?.retryAfterMs).toBeLessThanOrEqual(invitations.resendCooldownMs ?? 0);
    });

    declared(
      invitations.expiredInvitationsRemain && invitations.resend !== 'none',
      'invitations.expiredInvitationsRemain',
    )('issues a new invitation with a later expiry when the old one expired', async () => {
      const before = await rowOf(adapter, ids.organizationId, ids.expiredInviteEmail);
      expect(before?.status).toBe('invite_expired');
      const invitation = await adapter.resendInvitation(ids.organizationId, before?.invitationId ?? '');
      expect(invitation.status).toBe('pending');
      expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(Date.now());
      const after = await rowOf(adapter, ids.organizationId, ids.expiredInviteEmail);
      expect(after?.status).toBe('pending_invite');
    });

    it('rejects an unknown invitation ID with not_found, for resend and revoke', async () => {
      await expect(adapter.revokeInvitation(ids.organizationId, 'inv_does_not_exist')).rejects.toMatchObject({
        code: 'not_found',
      });
      if (invitations.resend !== 'none')
        await expect(
          adapter.resendInvitation(ids.organizationId, 'inv_does_not_exist'),
        ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('revokes a pending invitation by its ID, with or without a user', async () => {
      const before = await pendingRow();
      await adapter.revokeInvitation(ids.organizationId, before.invitationId);
      expect(await rowOf(adapter, ids.organizationId, ids.pendingInviteEmail)).toBeUndefined();
      if (before.userId !== null)
        await expect(adapter.getMember(ids.organizationId, before.userId)).rejects.toMatchObject({
          code: 'not_found',
        });
    });

    it('revokes an invitation just made, and its address may be invited again', async () => {
      const email = newAddress();
      const member = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
      await adapter.revokeInvitation(ids.organizationId, member.invitationId ?? '');
      expect(await rowOf(adapter, ids.organizationId, email)).toBeUndefined();
      const again = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
      expect(again.status).toBe('pending_invite');
    });
  });
}
