import type { MetadataIssue } from '../../core/metadata.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/intl.ts';
import type { TeamkitMessages } from '../../i18n/messages.ts';

/** The localized wording of a metadata issue (the catalogue's version of `describeMetadataIssue`). */
export function metadataIssueText(
  issue: MetadataIssue,
  messages: TeamkitMessages['metadata'],
  locale: string,
): string {
  const words = messages.issues;
  const number = (value: number) => formatNumber(value, locale);
  switch (issue.code) {
    case 'key_empty':
      return words.key_empty;
    case 'key_too_short':
      return formatPlural(words.key_too_short, issue.min, locale);
    case 'key_too_long':
      return formatPlural(words.key_too_long, issue.max, locale);
    case 'key_reserved':
      return formatMessage(words.key_reserved, { key: issue.key });
    case 'key_duplicate':
      return formatMessage(words.key_duplicate, { key: issue.key });
    case 'key_forbidden_character':
      return formatMessage(words.key_forbidden_character, { character: issue.character });
    case 'key_not_deletable':
      return formatMessage(words.key_not_deletable, { key: issue.key });
    case 'value_empty':
      return words.value_empty;
    case 'value_too_long':
      return formatPlural(words.value_too_long, issue.max, locale);
    case 'too_many_pairs':
      return formatPlural(words.too_many_pairs, issue.max, locale, {
        used: number(issue.count),
        excess: number(issue.count - issue.max),
      });
    case 'too_many_shared_pairs':
      return formatPlural(words.too_many_shared_pairs, issue.max, locale, {
        used: number(issue.count),
        excess: number(issue.count - issue.max),
      });
    case 'too_many_bytes':
      return formatPlural(words.too_many_bytes, issue.max, locale, { size: number(issue.size) });
  }
}
