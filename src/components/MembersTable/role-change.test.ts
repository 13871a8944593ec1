import { describe, expect, it } from 'vitest';
import { isNoRoleChange, roleChangeOf, toggledRoles } from './role-change.ts';

describe('roleChangeOf', () => {
  it('names what is added, removed and kept', () => {
    expect(roleChangeOf(['member', 'billing_manager'], ['billing_manager', 'admin'])).toEqual({
      added: ['admin'],
      removed: ['member'],
      kept: ['billing_manager'],
    });
  });

  it('sees the same roles in another order as no change', () => {
    expect(isNoRoleChange(roleChangeOf(['a', 'b'], ['b', 'a']))).toBe(true);
    expect(isNoRoleChange(roleChangeOf(['a'], ['a', 'b']))).toBe(false);
  });
});

describe('toggledRoles', () => {
  it('adds a role after those held', () => {
    expect(toggledRoles(['billing_manager'], 'member')).toEqual(['billing_manager', 'member']);
  });

  it('takes a held role away, but never the last one', () => {
    expect(toggledRoles(['member', 'billing_manager'], 'member')).toEqual(['billing_manager']);
    expect(toggledRoles(['member'], 'member')).toBeNull();
  });
});
