import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { formatDate, formatNumber } from '../../i18n/intl.ts';
import type { ProvidedMessages } from '../../i18n/messages.ts';
import { textOf } from './form-values.ts';
import { localeName } from './locale-options.ts';

function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function optionLabel(definition: AttributeDefinition, value: string): string {
  return definition.options?.find((option) => option.value === value)?.label ?? value;
}

/**
 * A value as words for a person to read (read-only fields, the conflict review): option labels,
 * yes/no, language names, dates and numbers in the viewer's locale. Never throws: a value of an
 * unexpected shape (an object in a text field) is shown as its JSON text.
 */
export function displayValue(
  definition: AttributeDefinition,
  value: unknown,
  messages: ProvidedMessages,
  locale: string,
): string {
  const empty = messages.profile.values.empty;
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    if (definition.type === 'multi_select' && value.every((item) => typeof item === 'string')) {
      return listOf(
        value.map((item: string) => optionLabel(definition, item)),
        locale,
      );
    }
    return textOf(value);
  }
  switch (definition.type) {
    case 'boolean':
      if (value === true || value === 'true') return messages.profile.values.yes;
      if (value === false || value === 'false') return messages.profile.values.no;
      return textOf(value);
    case 'single_select':
      return typeof value === 'string' ? optionLabel(definition, value) : textOf(value);
    case 'locale':
      return typeof value === 'string' ? `${localeName(value, locale)} (${value})` : textOf(value);
    case 'date':
      return (typeof value === 'string' && formatDate(value, locale)) || textOf(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? formatNumber(value, locale)
        : textOf(value);
    default:
      return textOf(value);
  }
}
