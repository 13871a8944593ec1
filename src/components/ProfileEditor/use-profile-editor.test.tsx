import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callCount, renderTeamkitHook } from '../../../test/support/render-teamkit-hook.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import type { UseProfileEditorOptions } from './profile-editor-types.ts';
import { useProfileEditor } from './use-profile-editor.ts';

function renderEditor(options: UseProfileEditorOptions = {}, adapterOptions = {}) {
  return renderTeamkitHook((props: UseProfileEditorOptions) => useProfileEditor(props), {
    initialProps: options,
    adapterOptions,
  });
}

async function loaded(result: { current: ReturnType<typeof useProfileEditor> }) {
  await waitFor(() => expect(result.current.state).toBe('idle'));
}

function updateCalls(adapter: { calls: { method: string; args: unknown[] }[] }) {
  return adapter.calls.filter((call) => call.method === 'updateUser');
}

describe('useProfileEditor', () => {
  describe('given the viewer editing their own profile', () => {
    it('loads into idle with admin-only fields shown but not editable', async () => {
      const { result } = renderEditor();
      expect(result.current.state).toBe('loading');
      await loaded(result);
      const keys = result.current.definitions.map((definition) => definition.key);
      expect(keys).toContain('givenName');
      const employeeId = result.current.definitions.find((definition) => definition.key === 'employee_id');
      expect(employeeId && result.current.isEditable(employeeId)).toBe(false);
      expect(result.current.user?.id).toBe(memoryIds.admin);
    });

    it('leaves admin-only fields out when asked', async () => {
      const { result } = renderEditor({ hideAdminOnlyFields: true });
      await loaded(result);
      const keys = result.current.definitions.map((definition) => definition.key);
      expect(keys).toContain('givenName');
      expect(keys).not.toContain('employee_id');
    });

    it('sends exactly the changed fields with the loaded version', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const version = result.current.user?.version;
      act(() => {
        result.current.form.setValue(result.current.fieldName('givenName'), 'Grace', { shouldDirty: true });
        result.current.form.setValue(result.current.fieldName('years_experience'), '12', {
          shouldDirty: true,
        });
      });
      await waitFor(() => expect(result.current.state).toBe('dirty'));
      await act(() => result.current.submit());
      await waitFor(() => expect(result.current.state).toBe('saved'));
      const calls = updateCalls(adapter);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.args[1]).toEqual({
        profile: { givenName: 'Grace' },
        customAttributes: { years_experience: 12 },
      });
      expect(calls[0]?.args[2]).toMatchObject({ expectedVersion: version });
    });

    it('sends nothing when the edits normalise to what is stored', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const name = result.current.fieldName('givenName');
      const current = result.current.form.getValues(name);
      act(() => {
        result.current.form.setValue(name, `  ${String(current)}  `, { shouldDirty: true });
      });
      await act(() => result.current.submit());
      expect(callCount(adapter, 'updateUser')).toBe(0);
      expect(result.current.state).toBe('idle');
    });

    it('keeps invalid values and sends nothing', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const name = result.current.fieldName('phoneNumber');
      act(() => {
        result.current.form.setValue(name, '12', { shouldDirty: true });
      });
      await act(() => result.current.submit());
      expect(callCount(adapter, 'updateUser')).toBe(0);
      expect(result.current.form.getValues(name)).toBe('12');
      expect(result.current.form.getFieldState(name).error?.message).toMatch(/country code/);
    });
  });

  describe('when saving fails', () => {
    it('keeps the edits, reports the error, and a retry saves them', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const name = result.current.fieldName('familyName');
      act(() => {
        result.current.form.setValue(name, 'Hopper', { shouldDirty: true });
      });
      adapter.faults.failMethod('updateUser', 'network', { times: 1 });
      await act(() => result.current.submit());
      expect(result.current.state).toBe('error');
      expect(result.current.error?.code).toBe('network');
      expect(result.current.form.getValues(name)).toBe('Hopper');
      await act(() => result.current.retry());
      await waitFor(() => expect(result.current.state).toBe('saved'));
      expect(updateCalls(adapter).map((call) => call.args[1])).toEqual([
        { profile: { familyName: 'Hopper' } },
        { profile: { familyName: 'Hopper' } },
      ]);
    });

    it('puts server field errors on their fields', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const name = result.current.fieldName('website');
      act(() => {
        result.current.form.setValue(name, 'https://example.com', { shouldDirty: true });
      });
      adapter.faults.failMethod(
        'updateUser',
        Object.assign(new Error('refused'), {
          name: 'TeamkitError',
          code: 'validation',
          fieldErrors: { website: 'That site is blocked.' },
        }),
        { times: 1 },
      );
      await act(() => result.current.submit());
      expect(result.current.state).toBe('error');
      expect(result.current.form.getFieldState(name).error?.message).toBe('That site is blocked.');
      expect(result.current.form.getValues(name)).toBe('https://example.com');
    });
  });

  describe('when the profile changed elsewhere', () => {
    it('keeps the edits in conflict, and overwrite saves them against the new version', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const firstVersion = result.current.user?.version;
      const name = result.current.fieldName('givenName');
      act(() => {
        result.current.form.setValue(name, 'Mine', { shouldDirty: true });
      });
      adapter.simulateExternalEdit('user', memoryIds.admin, {
        profile: { givenName: 'Theirs', familyName: 'Else' },
      });
      await act(() => result.current.submit());
      expect(result.current.state).toBe('conflict');
      expect(result.current.form.getValues(name)).toBe('Mine');
      await waitFor(() => expect(result.current.conflict?.latest).not.toBeNull());
      const differences = result.current.conflict?.differences() ?? [];
      const givenName = differences.find((difference) => difference.definition.key === 'givenName');
      expect(givenName).toMatchObject({
        yours: 'Mine',
        latest: 'Theirs',
        changedHere: true,
        changedElsewhere: true,
      });
      expect(differences.find((difference) => difference.definition.key === 'familyName')).toMatchObject({
        changedHere: false,
        changedElsewhere: true,
      });
      const latestVersion = result.current.conflict?.latest?.version;
      expect(latestVersion).not.toBe(firstVersion);
      await act(() => result.current.conflict?.overwrite() ?? Promise.resolve());
      await waitFor(() => expect(result.current.state).toBe('saved'));
      const last = updateCalls(adapter).at(-1);
      expect(last?.args[1]).toEqual({ profile: { givenName: 'Mine' } });
      expect(last?.args[2]).toMatchObject({ expectedVersion: latestVersion });
      // The change made elsewhere to a field not edited here survives.
      expect(result.current.user?.profile.familyName).toBe('Else');
    });

    it('reload discards the edits and shows the latest version', async () => {
      const { result, adapter } = renderEditor();
      await loaded(result);
      const name = result.current.fieldName('givenName');
      act(() => {
        result.current.form.setValue(name, 'Mine', { shouldDirty: true });
      });
      adapter.simulateExternalEdit('user', memoryIds.admin, { profile: { givenName: 'Theirs' } });
      await act(() => result.current.submit());
      await waitFor(() => expect(result.current.conflict?.latest).not.toBeNull());
      act(() => result.current.conflict?.reload());
      expect(result.current.form.getValues(name)).toBe('Theirs');
      await waitFor(() => expect(result.current.state).toBe('idle'));
    });
  });

  describe('given an admin editing a member', () => {
    it('offers admin-only fields and saves them', async () => {
      const { result, adapter } = renderEditor({ userId: memoryIds.member, mode: 'admin' });
      await loaded(result);
      const keys = result.current.definitions.map((definition) => definition.key);
      expect(keys).toContain('employee_id');
      const name = result.current.fieldName('employee_id');
      act(() => {
        result.current.form.setValue(name, 'EMP-4321', { shouldDirty: true });
      });
      await act(() => result.current.submit());
      await waitFor(() => expect(result.current.state).toBe('saved'));
      expect(updateCalls(adapter).at(-1)?.args.slice(0, 2)).toEqual([
        memoryIds.member,
        { customAttributes: { employee_id: 'EMP-4321' } },
      ]);
    });
  });

  describe('given picked and hidden fields', () => {
    it('shows only the picked fields, minus the hidden ones, in the definitions’ order', async () => {
      const { result } = renderEditor({ fields: ['website', 'givenName', 'bio'], hiddenFields: ['bio'] });
      await loaded(result);
      expect(result.current.definitions.map((definition) => definition.key)).toEqual([
        'givenName',
        'website',
      ]);
    });
  });
});
