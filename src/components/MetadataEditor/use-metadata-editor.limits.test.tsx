import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../../core/json.ts';
import { scalekitLimits } from '../../core/limits.ts';
import { organizationLimits, renderEditor, rowId, stored } from './use-metadata-editor.test-support.ts';
import { useMetadataEditor } from './use-metadata-editor.ts';

/** What the rows may hold: the backend's rules and limits, read-only values, locked keys. */
describe('useMetadataEditor: rules and limits', () => {
  describe('given keys that break the rules', () => {
    function withNewRow(key: string, value: string) {
      const rendered = renderEditor();
      act(() => {
        const id = rendered.result.current.add() as string;
        rendered.result.current.update(id, { key, value });
      });
      const id = rendered.result.current.entries.at(-1)?.id as string;
      return { ...rendered, id };
    }

    it('blames the added row for a duplicate key, never the stored one, and shows it while typing', () => {
      const { result, id } = withNewRow('plan_type', 'starter');
      expect(result.current.issues).toEqual([{ code: 'key_duplicate', index: 2, key: 'plan_type' }]);
      expect(result.current.visibleIssues(id, 'key').map((issue) => issue.code)).toEqual(['key_duplicate']);
      expect(result.current.visibleIssues(rowId(result, 'plan_type'), 'key')).toEqual([]);
    });

    it('blames an edited stored row when it is renamed onto another stored key', () => {
      const { result } = renderEditor();
      const id = rowId(result, 'billing_customer_id');
      act(() => result.current.update(id, { key: 'plan_type' }));
      expect(result.current.issues).toEqual([{ code: 'key_duplicate', index: 0, key: 'plan_type' }]);
    });

    it.each(['__proto__', 'constructor', 'prototype'])('refuses the reserved key %s', (key) => {
      const { result, id } = withNewRow(key, 'x');
      expect(result.current.visibleIssues(id, 'key')).toEqual([{ code: 'key_reserved', index: 2, key }]);
      expect(result.current.isValid).toBe(false);
    });

    it('refuses a key shorter than the limit once the user leaves it', () => {
      const { result, id } = withNewRow('ab', 'x');
      expect(result.current.issues).toEqual([{ code: 'key_too_short', index: 2, min: 3 }]);
      expect(result.current.visibleIssues(id, 'key')).toEqual([]);
      act(() => result.current.touch(id, 'key'));
      expect(result.current.visibleIssues(id, 'key')).toHaveLength(1);
    });

    it('refuses a key longer than the limit at once', () => {
      const { result, id } = withNewRow('k'.repeat(26), 'x');
      expect(result.current.visibleIssues(id, 'key')).toEqual([{ code: 'key_too_long', index: 2, max: 25 }]);
    });

    it('refuses a value longer than the limit at once', () => {
      const { result, id } = withNewRow('notes', 'v'.repeat(257));
      expect(result.current.visibleIssues(id, 'value')).toEqual([
        { code: 'value_too_long', index: 2, max: 256 },
      ]);
    });

    it('keeps every typed character whatever the issue', () => {
      const { result } = withNewRow('k'.repeat(30), 'v'.repeat(300));
      expect(result.current.entries.at(-1)).toMatchObject({ key: 'k'.repeat(30), value: 'v'.repeat(300) });
    });
  });

  describe('given the pair limit', () => {
    const full: Metadata = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`key_${i}`, `value ${i}`]),
    );

    it('when the bag is full, refuses to add and says so', () => {
      const { result } = renderEditor({ value: full });
      expect(result.current.atLimit).toBe(true);
      let id: string | null = 'unset';
      act(() => {
        id = result.current.add();
      });
      expect(id).toBeNull();
      expect(result.current.count).toBe(10);
    });

    it('when the backend holds more pairs than the limit, reports the count on the whole editor', () => {
      const over = { ...full, key_10: 'a', key_11: 'b' };
      const { result } = renderEditor({ value: over });
      expect(result.current.countIssue).toEqual({ code: 'too_many_pairs', max: 10, count: 12 });
      act(() => result.current.remove(rowId(result, 'key_0')));
      act(() => result.current.remove(rowId(result, 'key_1')));
      expect(result.current.countIssue).toBeNull();
      expect(result.current.patch).toEqual({ key_0: null, key_1: null });
    });
  });

  describe('given values of other JSON types (an Auth0 bag)', () => {
    const auth0: Metadata = {
      preferences: { theme: 'dark', beta: ['search', 'ai'] },
      quota: 150000,
      vip: true,
      nickname: 'kj',
      ab: 'stored keys shorter than the limit are not re-judged',
    };

    it('shows them read-only, never sends them, and never judges stored rows', () => {
      const { result } = renderEditor({ value: auth0, limits: scalekitLimits.userMetadata });
      const preferences = result.current.entries.find((entry) => entry.key === 'preferences');
      expect(preferences).toMatchObject({
        editable: false,
        value: { theme: 'dark', beta: ['search', 'ai'] },
      });
      expect(result.current.entries.filter((entry) => !entry.editable).map((entry) => entry.key)).toEqual([
        'preferences',
        'quota',
        'vip',
      ]);
      expect(result.current.isValid).toBe(true);
      act(() => result.current.update(rowId(result, 'nickname'), { value: 'kenji' }));
      expect(result.current.patch).toEqual({ nickname: 'kenji' });
    });

    it('will not edit or remove a read-only row', () => {
      const { result } = renderEditor({ value: auth0, limits: scalekitLimits.userMetadata });
      const id = rowId(result, 'quota');
      act(() => {
        result.current.update(id, { value: '1' });
        result.current.remove(id);
      });
      expect(result.current.entries.find((entry) => entry.id === id)?.value).toBe(150000);
      expect(result.current.patch).toEqual({});
    });
  });

  describe('without a provider or limits', () => {
    it('uses Scalekit’s limits for the scope', () => {
      const { result } = renderHook(() => useMetadataEditor({ value: {}, scope: 'organization' }));
      expect(result.current.limits.maxPairs).toBe(10);
      const user = renderHook(() => useMetadataEditor({ value: {} }));
      expect(user.result.current.limits.maxPairs).toBe(20);
    });
  });

  describe('given a backend that cannot delete keys', () => {
    it('locks stored keys: removing or renaming one does nothing, its value still changes', () => {
      const { result } = renderEditor({ keyDeletion: false });
      const id = rowId(result, 'plan_type');
      expect(result.current.keyDeletion).toBe(false);
      expect(result.current.isKeyLocked(id)).toBe(true);
      act(() => result.current.remove(id));
      act(() => result.current.update(id, { key: 'plan', value: 'growth' }));
      expect(result.current.entries.map((entry) => entry.key)).toEqual(['billing_customer_id', 'plan_type']);
      expect(result.current.patch).toEqual({ plan_type: 'growth' });
    });

    it('leaves a row added in this session free until the stored bag holds its key', () => {
      const { result, rerender } = renderEditor({ keyDeletion: false });
      let added = '';
      act(() => {
        added = result.current.add() as string;
      });
      act(() => result.current.update(added, { key: 'seats', value: '5' }));
      expect(result.current.isKeyLocked(added)).toBe(false);
      rerender({ value: { ...stored, seats: '5' }, limits: organizationLimits, keyDeletion: false });
      expect(result.current.isKeyLocked(added)).toBe(true);
      act(() => result.current.remove(added));
      expect(result.current.count).toBe(3);
    });

    it('never produces a null', () => {
      const { result } = renderEditor({ keyDeletion: false });
      for (const entry of result.current.entries) act(() => result.current.remove(entry.id));
      expect(Object.values(result.current.patch)).not.toContain(null);
    });
  });

  describe('given a byte limit', () => {
    it('reports the size as a bag issue, apart from the row issues', () => {
      const { result } = renderEditor({ limits: { ...organizationLimits, maxBytes: 60 } });
      act(() => result.current.update(rowId(result, 'plan_type'), { value: 'enterprise plus' }));
      expect(result.current.bagIssues).toEqual([{ code: 'too_many_bytes', max: 60, size: 73 }]);
      expect(result.current.isValid).toBe(false);
      expect(result.current.visibleIssues(rowId(result, 'plan_type'), 'value')).toEqual([]);
    });
  });
});
