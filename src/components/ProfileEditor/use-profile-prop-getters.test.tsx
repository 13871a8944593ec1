import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTeamkitHook } from '../../../test/support/render-teamkit-hook.tsx';
import { useProfileEditor } from './use-profile-editor.ts';

function renderEditor() {
  return renderTeamkitHook(() => useProfileEditor());
}

async function loaded(result: { current: ReturnType<typeof useProfileEditor> }) {
  await waitFor(() => expect(result.current.state).toBe('idle'));
}

describe('useProfileEditor prop getters', () => {
  describe('given a loaded profile', () => {
    it('gives an editable field its value, ids and handlers, and re-renders the caller as it changes', async () => {
      const { result } = renderEditor();
      await loaded(result);
      const field = result.current.getFieldProps('familyName');
      expect(field.editable).toBe(true);
      expect(field.readOnlyReason).toBeNull();
      expect(field.labelProps.htmlFor).toBe(field.inputProps.id);
      expect(field.inputProps.value).toBe(field.value);
      act(() => field.inputProps.onChange({ target: { value: 'Hopper' } }));
      await waitFor(() => expect(result.current.getFieldProps('familyName').value).toBe('Hopper'));
      expect(result.current.isDirty).toBe(true);
    });

    it('gives a read-only field its shown text, readOnly and the reason, and ignores changes', async () => {
      const { result } = renderEditor();
      await loaded(result);
      const field = result.current.getFieldProps('employee_id');
      expect(field.editable).toBe(false);
      expect(field.readOnlyReason).toBe('Set by your administrator');
      expect(field.inputProps.readOnly).toBe(true);
      expect(field.inputProps['aria-describedby']).toBe(field.descriptionProps.id);
      act(() => field.inputProps.onChange({ target: { value: 'EMP-1' } }));
      expect(result.current.isDirty).toBe(false);
    });

    it('shows a validation error once the field was left, with aria-invalid and the error id', async () => {
      const { result } = renderEditor();
      await loaded(result);
      act(() => result.current.getFieldProps('website').setValue('not a site'));
      act(() => result.current.getFieldProps('website').inputProps.onBlur());
      await waitFor(() => expect(result.current.getFieldProps('website').error).toMatch(/\S/));
      const field = result.current.getFieldProps('website');
      expect(field.inputProps['aria-invalid']).toBe(true);
      expect(field.inputProps['aria-describedby']).toContain(field.errorProps.id);
    });

    it('reads a checkbox by its checked state', async () => {
      const { result } = renderEditor();
      await loaded(result);
      const before = result.current.getFieldProps('newsletter').inputProps.checked;
      act(() =>
        result.current
          .getFieldProps('newsletter')
          .inputProps.onChange({ target: { value: 'on', type: 'checkbox', checked: !before } }),
      );
      await waitFor(() =>
        expect(result.current.getFieldProps('newsletter').inputProps.checked).toBe(!before),
      );
    });

    it('throws a clear error for a key the editor does not show', async () => {
      const { result } = renderEditor();
      await loaded(result);
      expect(() => result.current.getFieldProps('no_such_field')).toThrow(
        'Teamkit: the profile editor shows no field "no_such_field".',
      );
    });

    it('gives form props that submit through the editor', async () => {
      const { result } = renderEditor();
      await loaded(result);
      const form = result.current.getFormProps();
      expect(form.noValidate).toBe(true);
      expect(form['aria-label']).toBe('Profile');
      let prevented = false;
      await act(async () => {
        form.onSubmit({ preventDefault: () => (prevented = true) } as never);
      });
      expect(prevented).toBe(true);
    });
  });
});
