'use client';
import { e164PhoneNormalizer, type PhoneNormalizer } from '../../core/validate-attribute.ts';

// Loaded once per page and shared: every editor with a phone field waits on the same import.
let loading: Promise<PhoneNormalizer> | null = null;
let loaded: PhoneNormalizer | null = null;

/**
 * Imports libphonenumber-js (its small `min` metadata) and wraps it as the core's normaliser: a number
 * in international form becomes E.164 when the library finds it valid for its country. A failed import
 * (offline, blocked chunk) falls back to the core's E.164 check instead of failing the form.
 */
export function loadPhoneNormalizer(): Promise<PhoneNormalizer> {
  loading ??= import('libphonenumber-js/min')
    .then(({ parsePhoneNumberFromString }): PhoneNormalizer => {
      const normalizer: PhoneNormalizer = (input) => {
        try {
          const phone = parsePhoneNumberFromString(input.trim());
          return phone?.isValid() ? phone.number : null;
        } catch {
          return null;
        }
      };
      loaded = normalizer;
      return normalizer;
    })
    .catch(() => {
      loading = null; // Let a later editor try again.
      return e164PhoneNormalizer;
    });
  return loading;
}

/**
 * The phone normaliser every form uses: libphonenumber-js once it has loaded, the core's E.164 check
 * until then (or when it cannot load). One function for the page's life, so nothing re-renders or
 * rebuilds a schema when the library arrives.
 */
export const normalizePhone: PhoneNormalizer = (input) => (loaded ?? e164PhoneNormalizer)(input);
