import { formatNumber } from './intl.ts';

/** Values a message template may interpolate. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message whose wording depends on a count, by Intl.PluralRules category (`other` is required). */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * Fills `{name}` placeholders in a template. Values are inserted as text; the result is always
 * rendered by React as text, never as HTML. Unknown placeholders are left visible so a missing value
 * shows up in review instead of silently vanishing.
 */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();

/** Picks the plural form for `count` in `locale` and fills it (`{count}` is formatted for the locale). */
export function formatPlural(
  message: PluralMessage,
  count: number,
  locale: string,
  values: MessageValues = {},
): string {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  const template = message[rules.select(count)] ?? message.other;
  // The cached formatter: building one per call cost a quarter of a millisecond, on every render.
  return formatMessage(template, { count: formatNumber(count, locale), ...values });
}
