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
  const order = ['admin', 'member', 'billing_manager'];

  it('adds a role in the organization’s order and keeps the others', () => {
    expect(toggledRoles(['billing_manager'], 'member', order)).toEqual(['member', 'billing_manager']);
  });

  it('takes a held role away, but never the last one', () => {
    expect(toggledRoles(['member', 'billing_manager'], 'member', order)).toEqual(['billing_manager']);
    expect(toggledRoles(['member'], 'member', order)).toBeNull();
  });
});
