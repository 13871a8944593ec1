import { isPlainObject } from './json.ts';
import { localizeText, type TextToTranslate, type TranslateText } from './localized-text.ts';

/** The locale and the host's translate function that definition texts are shown in. */
export interface LocalizeOptions {
  /** The locale in force. */
  locale: string;
  /** The host's translation of texts, if any. */
  translate?: TranslateText | undefined;
}

/**
 * The group's heading: the label given for it, else the host's translation of the group's name, else
 * null (so a field that names no label leaves the heading to one that does).
 */
function groupLabel(
  item: Record<string, unknown>,
  text: (value: unknown, kind: TextToTranslate['kind']) => string | null,
): string | null {
  const given = item.groupLabel == null ? null : text(item.groupLabel, 'group');
  if (given !== null) return given;
  const translated = typeof item.group === 'string' ? text(item.group, 'group') : null;
  return translated === item.group ? null : translated;
}

/**
 * Turns every text of raw definitions (label, help, placeholder, pattern message, read-only reason,
 * group heading, option labels) into the string for `options.locale`: per-locale maps are picked
 * from, then the host's `translate` is asked. The group's name stays as it is (it is a stable key);
 * its heading goes to `groupLabel`. Items that are not objects are passed on for the sanitizer to drop.
 */
export function localizeDefinitions(raw: readonly unknown[], options: LocalizeOptions): unknown[] {
  return raw.map((item) => {
    if (!isPlainObject(item)) return item;
    const key = typeof item.key === 'string' ? item.key : '';
    const text = (value: unknown, kind: TextToTranslate['kind'], extra: { value?: string } = {}) =>
      localizeText(value, { locale: options.locale, kind, key, ...extra }, options.translate);
    const localized: Record<string, unknown> = {
      ...item,
      label: text(item.label, 'label'),
      helpText: text(item.helpText, 'helpText'),
      placeholder: text(item.placeholder, 'placeholder'),
      patternMessage: text(item.patternMessage, 'patternMessage'),
      groupLabel: groupLabel(item, text),
    };
    if (Array.isArray(item.options)) {
      localized.options = item.options.map((option: unknown) =>
        isPlainObject(option) && typeof option.value === 'string'
          ? { ...option, label: text(option.label, 'option', { value: option.value }) ?? option.value }
          : option,
      );
    }
    if (isPlainObject(item.policy) && item.policy.readOnlyReason != null) {
      localized.policy = {
        ...item.policy,
        readOnlyReason: text(item.policy.readOnlyReason, 'readOnlyReason'),
      };
    }
    return localized;
  });
}
