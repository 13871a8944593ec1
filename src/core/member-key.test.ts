import { describe, expect, it } from 'vitest';
import { memberKey } from './member-key.ts';

describe('memberKey', () => {
  it('is the user ID of a row with a user, the invitation ID (prefixed) of one without', () => {
    expect(memberKey({ userId: 'usr_1', invitationId: 'inv_1' })).toBe('usr_1');
    expect(memberKey({ userId: null, invitationId: 'uinv_1' })).toBe('invitation:uinv_1');
  });

  it('never lets an invitation collide with a user whose ID looks like one', () => {
    expect(memberKey({ userId: 'uinv_1', invitationId: null })).not.toBe(
      memberKey({ userId: null, invitationId: 'uinv_1' }),
    );
  });
});
