import { describe, expect, it } from 'vitest';
import { isTeamkitError } from '../errors.ts';
import type { MemberAction, PolicyDeniedReason } from './policy-decision.ts';
import { toActionPermission, toMemberActions } from './policy-decision.ts';
import { enforcePolicy, policyError } from './policy-error.ts';

const actions: MemberAction[] = ['changeRoles', 'remove', 'resendInvitation', 'revokeInvitation'];
const reasons: PolicyDeniedReason[] = [
  'not_permitted',
  'last_admin',
  'managed_by_directory',
  'not_an_invitation',
  'invitation_not_pending',
  'resend_cooldown',
  'self_removal',
  'self_demotion',
];

describe('policyError', () => {
  it.each(actions.flatMap((action) => reasons.map((reason) => ({ action, reason }))))(
    'refusing $action for $reason gives a typed error with a sentence',
    ({ action, reason }) => {
      const error = policyError(action, { allowed: false, reason });
      expect(isTeamkitError(error)).toBe(true);
      expect(error.message.length).toBeGreaterThan(10);
      const code =
        reason === 'resend_cooldown'
          ? 'rate_limited'
          : reason === 'not_an_invitation' || reason === 'invitation_not_pending'
            ? 'conflict'
            : 'permission_denied';
      expect(error.code).toBe(code);
    },
  );

  it('says where to act for a directory-managed member, and puts a role change’s reason on the roles field', () => {
    expect(policyError('changeRoles', { allowed: false, reason: 'managed_by_directory' })).toMatchObject({
      message: 'This member is managed by your directory; change their roles there.',
      fieldErrors: { roles: 'Managed by your directory.' },
    });
    expect(policyError('remove', { allowed: false, reason: 'managed_by_directory' })).toMatchObject({
      message: 'This member is managed by your directory; remove them there.',
      fieldErrors: {},
    });
    expect(policyError('changeRoles', { allowed: false, reason: 'last_admin' }).fieldErrors).toEqual({
      roles: 'The last admin must keep an admin role.',
    });
  });

  it('carries the wait of a resend cooldown', () => {
    expect(
      policyError('resendInvitation', { allowed: false, reason: 'resend_cooldown', retryAfterMs: 1234 }),
    ).toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 1234,
    });
  });
});

describe('enforcePolicy', () => {
  it('returns an allowed decision, with its self marker, and throws a refused one', () => {
    expect(enforcePolicy('remove', { allowed: true, selfAction: 'self_removal' })).toEqual({
      allowed: true,
      selfAction: 'self_removal',
    });
    expect(() => enforcePolicy('remove', { allowed: false, reason: 'last_admin' })).toThrowError(
      /at least one admin/,
    );
  });
});

describe('toMemberActions', () => {
  it('gives today’s Member.actions shape: no self marker, no wait, self refusals as not_permitted', () => {
    expect(toActionPermission({ allowed: true, selfAction: 'self_demotion' })).toEqual({ allowed: true });
    expect(toActionPermission({ allowed: false, reason: 'resend_cooldown', retryAfterMs: 5 })).toEqual({
      allowed: false,
      reason: 'resend_cooldown',
    });
    expect(
      toMemberActions({
        changeRoles: { allowed: false, reason: 'self_demotion' },
        remove: { allowed: false, reason: 'self_removal' },
        resendInvitation: { allowed: false, reason: 'not_an_invitation' },
        revokeInvitation: { allowed: true },
      }),
    ).toEqual({
      changeRoles: { allowed: false, reason: 'not_permitted' },
      remove: { allowed: false, reason: 'not_permitted' },
      resendInvitation: { allowed: false, reason: 'not_an_invitation' },
      revokeInvitation: { allowed: true },
    });
  });
});
