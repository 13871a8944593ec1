'use client';
import { useEffect, useState } from 'react';
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
 * The phone normaliser for a form: the core's E.164 check at once, then libphonenumber-js once it has
 * loaded. The library is imported only when `hasPhoneField` is true, so hosts without phone fields never
 * download it.
 */
export function usePhoneNormalizer(hasPhoneField: boolean): PhoneNormalizer {
  const [normalizer, setNormalizer] = useState<PhoneNormalizer>(() => loaded ?? e164PhoneNormalizer);
  useEffect(() => {
    if (!hasPhoneField || loaded) {
      if (loaded) setNormalizer(() => loaded as PhoneNormalizer);
      return;
    }
    let active = true;
    void loadPhoneNormalizer().then((next) => {
      if (active) setNormalizer(() => next);
    });
    return () => {
      active = false;
    };
  }, [hasPhoneField]);
  return normalizer;
}
