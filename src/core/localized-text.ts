/**
 * Text a host gives in several languages, by BCP 47 locale (`{ en: 'First name', ar: 'الاسم الأول' }`),
 * or one string for every language.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** What a host's `translate` is asked to translate: a text from a definition or a role, and where it is from. */
export interface TextToTranslate {
  /** The text, already picked for the locale when it was given per locale. */
  text: string;
  /** The locale in force (`ar`, `es-MX`). */
  locale: string;
  /** Which text it is. */
  kind:
    | 'label'
    | 'helpText'
    | 'placeholder'
    | 'patternMessage'
    | 'readOnlyReason'
    | 'group'
    | 'option'
    | 'roleName'
    | 'roleDescription';
  /** The attribute key, or the role's name. */
  key: string;
  /** For an option: its stored value. */
  value?: string;
}

/**
 * A host's translation of definition and role texts (for example through its own i18n library):
 * returns the translation, or null/undefined to keep the text as it is.
 */
export type TranslateText = (request: TextToTranslate) => string | null | undefined;

/** A BCP 47 language tag, roughly: a language of two or three letters and optional subtags. */
const localeTag = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The text of `value` for `locale`: a string as it is; from a map, the exact tag (`es-MX`), then its
 * language (`es`), then English, then the first usable entry. Null when nothing usable is there
 * (the value comes from a host or a backend and is not trusted to be either shape).
 */
export function pickLocalizedText(value: unknown, locale: string): string | null {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = value as Record<string, unknown>;
  const usable = (tag: string): string | null => {
    const text = Object.hasOwn(entries, tag) ? entries[tag] : undefined;
    return typeof text === 'string' && text.trim() !== '' ? text : null;
  };
  const language = locale.split('-')[0] ?? locale;
  const found = usable(locale) ?? usable(language) ?? usable('en');
  if (found !== null) return found;
  for (const tag of Object.keys(entries)) {
    // Only locale-like keys: `{ html: '<b>x</b>' }` is a malformed label, not a language.
    if (!localeTag.test(tag)) continue;
    const text = usable(tag);
    if (text !== null) return text;
  }
  return null;
}

/**
 * The text to show: picked for the locale, then offered to the host's `translate` (whose answer wins
 * when it is a non-empty string; a throwing translate keeps the text). Null when there is no text.
 */
export function localizeText(
  value: unknown,
  request: Omit<TextToTranslate, 'text'>,
  translate: TranslateText | undefined,
): string | null {
  const text = pickLocalizedText(value, request.locale);
  if (text === null || !translate) return text;
  try {
    const translated = translate({ ...request, text });
    return typeof translated === 'string' && translated.trim() !== '' ? translated : text;
  } catch {
    return text;
  }
}
