import { describe, expect, it } from 'vitest';
import { membersTotalOf } from './members-total.ts';

describe('membersTotalOf', () => {
  it('trusts an exact total while pages remain', () => {
    expect(membersTotalOf('exact', 120, 50, true)).toEqual({ kind: 'exact', count: 120 });
  });

  it('counts the loaded rows once the last page is in, whatever the backend said', () => {
    expect(membersTotalOf('none', null, 37, false)).toEqual({ kind: 'exact', count: 37 });
    expect(membersTotalOf('estimated', 40, 37, false)).toEqual({ kind: 'exact', count: 37 });
  });

  it('says "at least" the loaded rows when the total is unknown', () => {
    expect(membersTotalOf('none', null, 100, true)).toEqual({ kind: 'at-least', count: 100 });
    expect(membersTotalOf('none', 100, 100, true)).toEqual({ kind: 'at-least', count: 100 });
    expect(membersTotalOf('exact', null, 50, true)).toEqual({ kind: 'at-least', count: 50 });
  });

  it('calls an estimate "about", never fewer than the rows loaded', () => {
    expect(membersTotalOf('estimated', 1200, 50, true)).toEqual({ kind: 'about', count: 1200 });
    expect(membersTotalOf('estimated', 30, 50, true)).toEqual({ kind: 'about', count: 50 });
  });
});
