/** The words of every validation failure; components pass a localized set, the core defaults to English. */
export interface ValidationMessages {
  /** A required field is empty. */
  required: (label: string) => string;
  /** Too few characters. */
  tooShort: (label: string, min: number) => string;
  /** Too many characters. */
  tooLong: (label: string, max: number) => string;
  /** The value does not match the definition's pattern and it gave no message of its own. */
  patternMismatch: (label: string) => string;
  /** Not a number. */
  notANumber: (label: string) => string;
  /** A number below the minimum. */
  numberTooSmall: (label: string, min: number) => string;
  /** A number above the maximum. */
  numberTooLarge: (label: string, max: number) => string;
  /** A choice that is not among the options. */
  invalidOption: (label: string) => string;
  /** Too few choices in a multi select. */
  tooFewChoices: (label: string, min: number) => string;
  /** Too many choices in a multi select. */
  tooManyChoices: (label: string, max: number) => string;
  /** Not a calendar date. */
  invalidDate: (label: string) => string;
  /** A date before the earliest allowed. */
  dateTooEarly: (label: string, earliest: string) => string;
  /** A date after the latest allowed. */
  dateTooLate: (label: string, latest: string) => string;
  /** Not a web address. */
  invalidUrl: (label: string) => string;
  /** Not an email address. */
  invalidEmail: (label: string) => string;
  /** Not a phone number in international form. */
  invalidPhone: (label: string) => string;
  /** Not a language tag. */
  invalidLocale: (label: string) => string;
}

/** English validation messages: specific, and saying what to type. */
export const englishValidationMessages: ValidationMessages = {
  required: (label) => `Enter your ${label.toLowerCase()}.`,
  tooShort: (label, min) => `${label} must be at least ${min} characters.`,
  tooLong: (label, max) => `${label} must be at most ${max} characters.`,
  patternMismatch: (label) => `${label} is not in the expected format.`,
  notANumber: (label) => `${label} must be a number, like 42 or 3.5.`,
  numberTooSmall: (label, min) => `${label} must be ${min} or more.`,
  numberTooLarge: (label, max) => `${label} must be ${max} or less.`,
  invalidOption: (label) => `Choose one of the listed options for ${label.toLowerCase()}.`,
  tooFewChoices: (label, min) => `Choose at least ${min} for ${label.toLowerCase()}.`,
  tooManyChoices: (label, max) => `Choose at most ${max} for ${label.toLowerCase()}.`,
  invalidDate: (label) => `${label} must be a date, like 2024-03-31.`,
  dateTooEarly: (label, earliest) => `${label} must be on or after ${earliest}.`,
  dateTooLate: (label, latest) => `${label} must be on or before ${latest}.`,
  invalidUrl: (label) => `${label} must be a web address starting with https://, like https://example.com.`,
  invalidEmail: (label) => `${label} must be an email address, like name@example.com.`,
  invalidPhone: () => 'Enter a phone number with its country code, like +14155552671.',
  invalidLocale: (label) => `${label} must be a language, like en-US.`,
};
