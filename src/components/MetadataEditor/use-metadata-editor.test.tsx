import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../../core/json.ts';
import { organizationLimits, renderEditor, rowId, stored } from './use-metadata-editor.test-support.ts';

/** The rows, the patch they make, and following the stored bag. */
describe('useMetadataEditor: rows and patch', () => {
  describe('given a stored bag', () => {
    it('shows its pairs in key order, with nothing to send', () => {
      const { result } = renderEditor();
      expect(result.current.entries.map((entry) => [entry.key, entry.value])).toEqual([
        ['billing_customer_id', 'stripe_cus_abc123'],
        ['plan_type', 'enterprise'],
      ]);
      expect(result.current.patch).toEqual({});
      expect(result.current.isDirty).toBe(false);
      expect(result.current.isValid).toBe(true);
      expect(result.current.count).toBe(2);
    });

    it('when a value is edited, sends only that key', () => {
      const { result } = renderEditor();
      act(() => result.current.update(rowId(result, 'plan_type'), { value: 'starter' }));
      expect(result.current.patch).toEqual({ plan_type: 'starter' });
      expect(result.current.isDirty).toBe(true);
    });

    it('when a row is removed, sends the key as null', () => {
      const { result } = renderEditor();
      act(() => result.current.remove(rowId(result, 'billing_customer_id')));
      expect(result.current.patch).toEqual({ billing_customer_id: null });
      expect(result.current.count).toBe(1);
    });

    it('when a key is renamed, removes the old key and sets the new one', () => {
      const { result } = renderEditor();
      act(() => result.current.update(rowId(result, 'plan_type'), { key: 'plan' }));
      expect(result.current.patch).toEqual({ plan_type: null, plan: 'enterprise' });
    });

    it('when an edit is undone by typing the stored value again, has nothing to send', () => {
      const { result } = renderEditor();
      const id = rowId(result, 'plan_type');
      act(() => result.current.update(id, { value: 'starter' }));
      act(() => result.current.update(id, { value: 'enterprise' }));
      expect(result.current.isDirty).toBe(false);
    });

    it('when reset, drops every edit', () => {
      const { result } = renderEditor();
      act(() => {
        result.current.update(rowId(result, 'plan_type'), { value: 'starter' });
        result.current.add();
      });
      act(() => result.current.reset());
      expect(result.current.entries.map((entry) => entry.key)).toEqual(['billing_customer_id', 'plan_type']);
      expect(result.current.isDirty).toBe(false);
    });
  });

  describe('when a row is added', () => {
    it('appends an empty row whose issues wait until the user leaves the field', () => {
      const { result } = renderEditor();
      let id: string | null = null;
      act(() => {
        id = result.current.add();
      });
      expect(id).not.toBeNull();
      const added = id as unknown as string;
      expect(result.current.entries.at(-1)).toMatchObject({ id: added, key: '', value: '', origin: null });
      expect(result.current.issues.map((issue) => issue.code)).toEqual(['key_empty', 'value_empty']);
      expect(result.current.visibleIssues(added, 'key')).toEqual([]);
      act(() => result.current.touch(added, 'key'));
      expect(result.current.visibleIssues(added, 'key').map((issue) => issue.code)).toEqual(['key_empty']);
      expect(result.current.visibleIssues(added, 'value')).toEqual([]);
      act(() => result.current.revealIssues());
      expect(result.current.visibleIssues(added, 'value').map((issue) => issue.code)).toEqual([
        'value_empty',
      ]);
    });

    it('and filled in, sends just the new key', () => {
      const { result } = renderEditor();
      act(() => {
        const id = result.current.add() as string;
        result.current.update(id, { key: 'region', value: 'EMEA' });
      });
      expect(result.current.patch).toEqual({ region: 'EMEA' });
      expect(result.current.isValid).toBe(true);
    });
  });

  describe('given reserved keys a backend should never have sent', () => {
    it('leaves them out and never names them in a patch', () => {
      const hostile = JSON.parse('{"__proto__": "x", "constructor": "y", "plan": "pro"}') as Metadata;
      const { result } = renderEditor({ value: hostile });
      expect(result.current.entries.map((entry) => entry.key)).toEqual(['plan']);
      act(() => result.current.update(rowId(result, 'plan'), { value: 'team' }));
      expect(Object.keys(result.current.patch)).toEqual(['plan']);
    });
  });

  describe('when the stored bag changes', () => {
    it('follows it for untouched rows and keeps what the user typed', () => {
      const { result, rerender } = renderEditor();
      act(() => result.current.update(rowId(result, 'plan_type'), { value: 'starter' }));
      rerender({
        value: { billing_customer_id: 'stripe_cus_new', plan_type: 'enterprise', region: 'EU' },
        limits: organizationLimits,
      });
      expect(result.current.entries.map((entry) => [entry.key, entry.value])).toEqual([
        ['billing_customer_id', 'stripe_cus_new'],
        ['plan_type', 'starter'],
        ['region', 'EU'],
      ]);
      expect(result.current.patch).toEqual({ plan_type: 'starter' });
    });

    it('after a save returns the edited bag, is clean again', () => {
      const { result, rerender } = renderEditor();
      act(() => {
        result.current.update(rowId(result, 'plan_type'), { value: 'starter' });
        const id = result.current.add() as string;
        result.current.update(id, { key: 'region', value: 'EU' });
        result.current.remove(rowId(result, 'billing_customer_id'));
      });
      rerender({ value: { plan_type: 'starter', region: 'EU' }, limits: organizationLimits });
      expect(result.current.isDirty).toBe(false);
      expect(result.current.entries.map((entry) => [entry.key, entry.value])).toEqual([
        ['plan_type', 'starter'],
        ['region', 'EU'],
      ]);
    });

    it('while held (a save in flight), waits, so a rollback never replaces typed rows', () => {
      const { result, rerender } = renderEditor();
      act(() => result.current.update(rowId(result, 'plan_type'), { value: 'starter' }));
      // The optimistic value arrives, then the rollback restores the stored one, all while held.
      rerender({ value: { ...stored, plan_type: 'starter' }, limits: organizationLimits, hold: true });
      rerender({ value: stored, limits: organizationLimits, hold: true });
      rerender({ value: stored, limits: organizationLimits, hold: false });
      expect(result.current.patch).toEqual({ plan_type: 'starter' });
    });

    it('after a removed key comes back in a refetch, keeps it removed', () => {
      const { result, rerender } = renderEditor();
      act(() => result.current.remove(rowId(result, 'plan_type')));
      rerender({ value: { ...stored, billing_customer_id: 'changed' }, limits: organizationLimits });
      expect(result.current.entries.map((entry) => entry.key)).toEqual(['billing_customer_id']);
      expect(result.current.patch).toEqual({ plan_type: null });
    });
  });

  describe('given messages from the backend', () => {
    it('puts them on the rows holding those keys until the row changes', () => {
      const { result } = renderEditor();
      const id = rowId(result, 'plan_type');
      act(() => result.current.setServerErrors({ plan_type: 'Not allowed.' }));
      expect(result.current.serverError(id)).toBe('Not allowed.');
      act(() => result.current.update(id, { value: 'x' }));
      expect(result.current.serverError(id)).toBeUndefined();
    });
  });
});
