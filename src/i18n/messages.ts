import type { ValidationMessages } from '../core/validation-messages.ts';
import type { en } from './en/index.ts';
import { formatMessage } from './format.ts';

/** Widens string literals so translations type-check against the English shape. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** Every string the kit shows, by area; the English catalogue defines the shape. */
export type TeamkitMessages = Widen<typeof en>;

/** The areas whose English strings come with the components that show them, not with the provider. */
export type OnDemandArea = 'lookup' | 'memberDetails' | 'metadata' | 'organization' | 'switcher';

/**
 * The catalogue a provider holds: every area the default (English) carries, and the on-demand areas
 * when the host passed a whole catalogue. Read an on-demand area with `useAreaMessages`.
 */
export type ProvidedMessages = Omit<TeamkitMessages, OnDemandArea> &
  Partial<Pick<TeamkitMessages, OnDemandArea>>;

/** Any subset of the messages: what a host passes to change single strings. */
export type MessageOverrides = { [K in keyof TeamkitMessages]?: DeepPartial<TeamkitMessages[K]> };

type DeepPartial<T> = T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> };

/** `override`'s strings laid over `base`, keeping only keys `base` has. */
export function mergeDeep(base: unknown, override: unknown): unknown {
  if (typeof override === 'string') return override;
  if (typeof base !== 'object' || base === null || typeof override !== 'object' || override === null)
    return base;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (Object.hasOwn(result, key)) result[key] = mergeDeep(result[key], value);
  }
  return result;
}

/** A catalogue with a host's overrides applied; keys the catalogue does not know are ignored. */
export function mergeMessages<M extends ProvidedMessages>(
  base: M,
  overrides: MessageOverrides | undefined,
): M {
  return overrides ? (mergeDeep(base, overrides) as M) : base;
}

/** The core's validation messages, worded by a catalogue (labels kept as the definition gives them). */
export function validationMessagesFrom(messages: ProvidedMessages): ValidationMessages {
  const v = messages.common.validation;
  return {
    required: (label) => formatMessage(v.required, { label }),
    tooShort: (label, min) => formatMessage(v.tooShort, { label, min }),
    tooLong: (label, max) => formatMessage(v.tooLong, { label, max }),
    patternMismatch: (label) => formatMessage(v.patternMismatch, { label }),
    notANumber: (label) => formatMessage(v.notANumber, { label }),
    numberTooSmall: (label, min) => formatMessage(v.numberTooSmall, { label, min }),
    numberTooLarge: (label, max) => formatMessage(v.numberTooLarge, { label, max }),
    invalidOption: (label) => formatMessage(v.invalidOption, { label }),
    tooFewChoices: (label, min) => formatMessage(v.tooFewChoices, { label, min }),
    tooManyChoices: (label, max) => formatMessage(v.tooManyChoices, { label, max }),
    invalidDate: (label) => formatMessage(v.invalidDate, { label }),
    dateTooEarly: (label, earliest) => formatMessage(v.dateTooEarly, { label, earliest }),
    dateTooLate: (label, latest) => formatMessage(v.dateTooLate, { label, latest }),
    invalidUrl: (label) => formatMessage(v.invalidUrl, { label }),
    invalidEmail: (label) => formatMessage(v.invalidEmail, { label }),
    invalidPhone: (label) => formatMessage(v.invalidPhone, { label }),
    invalidLocale: (label) => formatMessage(v.invalidLocale, { label }),
  };
}
