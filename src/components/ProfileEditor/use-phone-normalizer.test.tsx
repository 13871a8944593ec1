import { describe, expect, it, vi } from 'vitest';

// A number E.164 accepts but libphonenumber-js refuses (no US area code starts with 1): which of the
// two normalised it shows whether the library had loaded.
const e164Only = '+11234567890';

/** A fresh copy of the module: the library's loading state is per page, so per test here. */
async function freshModule() {
  vi.resetModules();
  return import('./use-phone-normalizer.ts');
}

describe('the phone normaliser', () => {
  it('checks E.164 until the library has loaded, then the library', async () => {
    const phone = await freshModule();
    expect(phone.normalizePhone(e164Only)).toBe(e164Only);
    expect(phone.normalizePhone('+1 415 555 0132')).toBe('+14155550132');
    await phone.loadPhoneNormalizer();
    expect(phone.normalizePhone(e164Only)).toBeNull();
    expect(phone.normalizePhone('+1 415 555 0132')).toBe('+14155550132');
  });
});

describe('a profile form with a phone field', () => {
  it('does not import the library when it mounts; its first validation waits for it', async () => {
    const phone = await freshModule();
    const { useProfileEditor } = await import('./use-profile-editor.ts');
    const { renderTeamkitHook } = await import('../../../test/support/render-teamkit-hook.tsx');
    const { act, waitFor } = await import('@testing-library/react');
    const { result } = renderTeamkitHook(() => useProfileEditor());
    await waitFor(() => expect(result.current.state).toBe('idle'));
    expect(result.current.definitions.some((definition) => definition.type === 'phone')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(phone.normalizePhone(e164Only)).toBe(e164Only);
    await act(() => result.current.form.trigger());
    expect(phone.normalizePhone(e164Only)).toBeNull();
  });
});
