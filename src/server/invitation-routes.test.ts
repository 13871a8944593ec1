// @vitest-environment node
/**
 * Resend and revoke through the handler: the core policy refuses an accepted invitation, a withdrawn
 * one and a resend within the cooldown with their typed errors, before the backend is asked (the
 * memory backend records every call it receives, so "not asked" is checked, not assumed).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import type { MemoryAdapterOptions } from '../adapters/memory/memory-adapter-types.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { scalekitCapabilities } from '../core/capabilities.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';

const acme = memoryIds.organization;

function setup(options: MemoryAdapterOptions = {}) {
  const adapter = createMemoryAdapter({ seed: 4, memberCount: 30, ...options });
  const handler = createTeamkitHandler({
    adapter,
    getSession: () => ({ userId: memoryIds.admin, organizationId: acme }),
    policy: memoryAccessPolicy,
  });
  const invitationOf = (userId: string) =>
    adapter.snapshot().memberships.find((m) => m.userId === userId)?.invitationId ?? 'missing';
  const send = (method: 'POST' | 'DELETE', path: string) =>
    handler(
      new Request(`http://teamkit.test/organizations/${acme}/invitations/${path}`, {
        method,
        headers: { 'x-teamkit-request': '1' },
      }),
    );
  const resend = (invitationId: string) => send('POST', `${encodeURIComponent(invitationId)}/resend`);
  const revoke = (invitationId: string) => send('DELETE', encodeURIComponent(invitationId));
  const called = (method: string) => adapter.calls.filter((call) => call.method === method).length;
  return { adapter, invitationOf, resend, revoke, called };
}

const body = async (response: Response) =>
  (await response.json()) as { code: string; message: string; retryAfterMs?: number };

describe('resending and revoking invitations through the handler', () => {
  it('resends a pending and an expired invitation', async () => {
    const { invitationOf, resend, called } = setup();
    expect((await resend(invitationOf(memoryIds.pendingInvite))).status).toBe(200);
    expect((await resend(invitationOf(memoryIds.expiredInvite))).status).toBe(200);
    expect(called('resendInvitation')).toBe(2);
  });

  it('refuses a second resend within the cooldown with rate_limited and the wait, without asking the backend', async () => {
    const { invitationOf, resend, called } = setup();
    const invitationId = invitationOf(memoryIds.pendingInvite);
    expect((await resend(invitationId)).status).toBe(200);

    const again = await resend(invitationId);
    expect(again.status).toBe(429);
    const refusal = await body(again);
    expect(refusal.code).toBe('rate_limited');
    expect(refusal.message).toMatch(/Wait before sending it again/);
    // The memory backend declares a one-minute cooldown: nearly all of it is left.
    expect(refusal.retryAfterMs).toBeGreaterThan(55_000);
    expect(refusal.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThanOrEqual(55);
    expect(called('resendInvitation')).toBe(1);
  });

  it('refuses to resend or revoke an accepted invitation (addressed by its user, as Scalekit does) with conflict, without asking the backend', async () => {
    const { resend, revoke, called } = setup();
    // The plain member joined through an invitation; Scalekit's invitation ID is the user's ID.
    for (const response of [await resend(memoryIds.member), await revoke(memoryIds.member)]) {
      expect(response.status).toBe(409);
      expect(await body(response)).toEqual({
        code: 'conflict',
        message: 'This invitation was already accepted.',
        fieldErrors: {},
      });
    }
    expect(called('resendInvitation') + called('revokeInvitation')).toBe(0);
  });

  it('answers not_found for an invitation accepted since, where it had an ID of its own', async () => {
    const { invitationOf, resend, revoke, called } = setup({
      prepare: (data) => {
        const invitation = data.memberships.find((m) => m.userId === memoryIds.pendingInvite);
        if (invitation) Object.assign(invitation, { status: 'active', joinedAt: new Date().toISOString() });
      },
    });
    const invitationId = invitationOf(memoryIds.pendingInvite);
    expect(invitationId).toMatch(/^inv_/);
    for (const response of [await resend(invitationId), await revoke(invitationId)]) {
      expect(response.status).toBe(404);
      expect((await body(response)).message).toBe(
        'This invitation is no longer open: it was withdrawn or accepted.',
      );
    }
    expect(called('resendInvitation') + called('revokeInvitation')).toBe(0);
  });

  it('answers not_found for a withdrawn invitation, to a resend and to a second revoke', async () => {
    const { invitationOf, resend, revoke, called } = setup();
    const invitationId = invitationOf(memoryIds.pendingInvite);
    expect((await revoke(invitationId)).status).toBe(204);

    for (const response of [await resend(invitationId), await revoke(invitationId)]) {
      expect(response.status).toBe(404);
      expect(await body(response)).toMatchObject({
        code: 'not_found',
        message: expect.stringMatching(/no longer open/),
      });
    }
    expect(called('resendInvitation')).toBe(0);
    expect(called('revokeInvitation')).toBe(1);
  });

  it('finds the invitation over every page where the backend cannot filter by status, and resends without a cooldown', async () => {
    const { invitationOf, resend, called, adapter } = setup({
      capabilities: scalekitCapabilities,
      memberCount: 260,
    });
    const invitationId = invitationOf(memoryIds.expiredInvite);
    expect((await resend(invitationId)).status).toBe(200);
    // Scalekit declares no cooldown: the policy lets the next resend through.
    expect((await resend(invitationId)).status).toBe(200);
    expect(called('resendInvitation')).toBe(2);
    // No status filter was sent to a backend that has none.
    const queries = adapter.calls.filter((call) => call.method === 'listMembers').map((call) => call.args[0]);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) expect(query).not.toHaveProperty('statuses');
  });
});
