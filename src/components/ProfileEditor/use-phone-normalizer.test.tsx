import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A number E.164 accepts but libphonenumber-js refuses (no US area code starts with 1): which of the
// two normalised it shows whether the library had loaded.
const e164Only = '+11234567890';

/** A fresh copy of the module: the library's loading state is per page, so per test here. */
async function freshModule() {
  vi.resetModules();
  return import('./use-phone-normalizer.ts');
}

describe('the phone normaliser', () => {
  beforeEach(() => {
    document.body.innerHTML = '<input aria-label="anything" />';
  });

  it('checks E.164 until the library has loaded, and waits for it before a validation', async () => {
    const phone = await freshModule();
    expect(phone.normalizePhone(e164Only)).toBe(e164Only);
    expect(phone.normalizePhone('+1 415 555 0132')).toBe('+14155550132');
    await phone.loadPhoneNormalizer();
    expect(phone.normalizePhone(e164Only)).toBeNull();
    expect(phone.normalizePhone('+1 415 555 0132')).toBe('+14155550132');
  });

  it('does not load the library for a form without a phone field', async () => {
    const phone = await freshModule();
    renderHook(() => phone.usePhoneLibraryOnFocus(false));
    document.querySelector('input')?.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(phone.normalizePhone(e164Only)).toBe(e164Only);
  });

  it('starts loading the library at the first focus in the page, not when the form mounts', async () => {
    const phone = await freshModule();
    renderHook(() => phone.usePhoneLibraryOnFocus(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(phone.normalizePhone(e164Only)).toBe(e164Only);
    document.querySelector('input')?.focus();
    await waitFor(() => expect(phone.normalizePhone(e164Only)).toBeNull());
  });
});
