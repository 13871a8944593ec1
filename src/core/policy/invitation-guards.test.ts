import { describe, expect, it } from 'vitest';
import { checkResend, checkRevoke } from './invitation-guards.ts';
import type { MemberRowState } from './member-row.ts';
import { resendAllowedAt } from './resend-cooldown.ts';
import { allPermissions } from './viewer-permissions.ts';

const now = Date.parse('2026-01-01T12:00:00.000Z');
const invitation = (overrides: Partial<MemberRowState> = {}): MemberRowState => ({
  userId: null,
  roles: ['member'],
  status: 'pending_invite',
  provisioning: 'invitation',
  invitedAt: new Date(now - 30_000).toISOString(),
  lastResentAt: null,
  ...overrides,
});
const context = { viewerId: 'usr_viewer', permissions: allPermissions, roles: [], now };

describe('resendAllowedAt', () => {
  it('counts the cooldown from the last sending, the first when never resent', () => {
    expect(resendAllowedAt(invitation(), 60_000)).toBe(now + 30_000);
    expect(resendAllowedAt(invitation({ lastResentAt: new Date(now).toISOString() }), 60_000)).toBe(
      now + 60_000,
    );
  });

  it('is always now (0) without a cooldown or a sending', () => {
    expect(resendAllowedAt(invitation(), null)).toBe(0);
    expect(resendAllowedAt(invitation({ invitedAt: null }), 60_000)).toBe(0);
  });
});

describe('checkResend', () => {
  it('takes the cooldown from the capabilities, not a constant', () => {
    expect(checkResend(invitation(), { ...context, resendCooldownMs: 60_000 })).toEqual({
      allowed: false,
      reason: 'resend_cooldown',
      retryAfterMs: 30_000,
    });
    expect(checkResend(invitation(), { ...context, resendCooldownMs: 10_000 })).toEqual({ allowed: true });
    expect(checkResend(invitation(), { ...context, resendCooldownMs: null })).toEqual({ allowed: true });
  });

  it('resends an invitation that has no user yet (Auth0) and an expired one', () => {
    expect(
      checkResend(invitation({ status: 'invite_expired' }), { ...context, resendCooldownMs: null }),
    ).toEqual({
      allowed: true,
    });
  });
});

describe('checkRevoke', () => {
  it('needs inviteMembers and an invitation', () => {
    expect(checkRevoke(invitation(), context)).toEqual({ allowed: true });
    expect(checkRevoke(invitation({ status: 'active' }), context)).toEqual({
      allowed: false,
      reason: 'not_an_invitation',
    });
    expect(
      checkRevoke(invitation(), { ...context, permissions: { ...allPermissions, inviteMembers: false } }),
    ).toEqual({
      allowed: false,
      reason: 'not_permitted',
    });
  });
});
