import type { AttributeDefinition } from './attribute-definition.ts';
import type { AttributeValue } from './attribute-value.ts';
import { patternBacktrackingRisk, patternInputLimit } from './regex-safety.ts';
import { englishValidationMessages, type ValidationMessages } from './validation-messages.ts';

/** Checks and normalises a phone number; the kit's default accepts E.164, a host may pass a fuller one. */
export type PhoneNormalizer = (input: string) => string | null;

/** Options for validating attribute values. */
export interface ValidateAttributeOptions {
  /** The words of each failure. */
  messages?: ValidationMessages;
  /** Turns a typed phone number into E.164, or null when it is not one (libphonenumber-js in the kit's UI). */
  normalizePhone?: PhoneNormalizer;
}

/** The outcome of validating one value: the normalised value, or a message for the user. */
export type AttributeValidation = { ok: true; value: AttributeValue } | { ok: false; message: string };

/** Accepts `+` and 8 to 15 digits, ignoring spaces, dots, dashes and brackets. */
export const e164PhoneNormalizer: PhoneNormalizer = (input) => {
  const compact = input.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
};

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function canonicalLocale(value: string): string | null {
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates one value typed for an attribute and returns it normalised (trimmed text, numbers from
 * strings, E.164 phones, canonical locales). Empty values are `null` (or `[]` for multi select).
 */
export function validateAttributeValue(
  definition: AttributeDefinition,
  input: unknown,
  options: ValidateAttributeOptions = {},
): AttributeValidation {
  const m = options.messages ?? englishValidationMessages;
  const label = definition.label;
  const fail = (message: string): AttributeValidation => ({ ok: false, message });

  if (definition.type === 'boolean') {
    if (typeof input === 'boolean') return { ok: true, value: input };
    if (input === null || input === undefined || input === '')
      return definition.required ? fail(m.required(label)) : { ok: true, value: null };
    return fail(m.required(label));
  }

  if (definition.type === 'multi_select') {
    const list = Array.isArray(input) ? input.filter((item): item is string => typeof item === 'string') : [];
    if (list.length === 0 && definition.required) return fail(m.required(label));
    const allowed = new Set((definition.options ?? []).map((option) => option.value));
    if (list.some((item) => !allowed.has(item))) return fail(m.invalidOption(label));
    if (list.length > 0 && definition.min != null && list.length < definition.min)
      return fail(m.tooFewChoices(label, definition.min));
    if (definition.max != null && list.length > definition.max)
      return fail(m.tooManyChoices(label, definition.max));
    return { ok: true, value: list };
  }

  if (definition.type === 'number' && typeof input === 'number') {
    input = Number.isFinite(input) ? String(input) : '';
  }
  const text = typeof input === 'string' ? input.trim() : input == null ? '' : null;
  if (text === null) return fail(m.required(label));
  if (text === '') return definition.required ? fail(m.required(label)) : { ok: true, value: null };

  switch (definition.type) {
    case 'number': {
      const number = Number(text.replace(',', '.'));
      if (!/^[-+]?\d*[.,]?\d+(e[-+]?\d+)?$/i.test(text) || !Number.isFinite(number))
        return fail(m.notANumber(label));
      if (definition.min != null && number < definition.min)
        return fail(m.numberTooSmall(label, definition.min));
      if (definition.max != null && number > definition.max)
        return fail(m.numberTooLarge(label, definition.max));
      return { ok: true, value: number };
    }
    case 'single_select':
      return (definition.options ?? []).some((option) => option.value === text)
        ? { ok: true, value: text }
        : fail(m.invalidOption(label));
    case 'date':
      if (!isCalendarDate(text)) return fail(m.invalidDate(label));
      if (definition.earliest && text < definition.earliest)
        return fail(m.dateTooEarly(label, definition.earliest));
      if (definition.latest && text > definition.latest) return fail(m.dateTooLate(label, definition.latest));
      return { ok: true, value: text };
    case 'url':
      return isWebAddress(text) ? { ok: true, value: text } : fail(m.invalidUrl(label));
    case 'email':
      return emailPattern.test(text) ? { ok: true, value: text } : fail(m.invalidEmail(label));
    case 'phone': {
      const normalized = (options.normalizePhone ?? e164PhoneNormalizer)(text);
      return normalized ? { ok: true, value: normalized } : fail(m.invalidPhone(label));
    }
    case 'locale': {
      const locale = canonicalLocale(text);
      return locale ? { ok: true, value: locale } : fail(m.invalidLocale(label));
    }
    default: {
      if (definition.minLength != null && text.length < definition.minLength)
        return fail(m.tooShort(label, definition.minLength));
      if (definition.maxLength != null && text.length > definition.maxLength)
        return fail(m.tooLong(label, definition.maxLength));
      // A pattern that could backtrack catastrophically is never run (sanitizing degrades its field;
      // this guards definitions that skipped it), and values tested against one are bounded in length.
      if (definition.pattern && patternBacktrackingRisk(definition.pattern) === null) {
        if (text.length > patternInputLimit) return fail(m.tooLong(label, patternInputLimit));
        let matches = false;
        try {
          matches = new RegExp(`^(?:${definition.pattern})$`, 'u').test(text);
        } catch {
          matches = true; // A broken pattern is the backend's fault, not the user's: sanitizing degrades it.
        }
        if (!matches) return fail(definition.patternMessage ?? m.patternMismatch(label));
      }
      return { ok: true, value: text };
    }
  }
}
