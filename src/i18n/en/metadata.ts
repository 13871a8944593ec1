import type { PluralMessage } from '../format.ts';

/** Words of MetadataEditor: rows of keys and values, the pair count, and why a row is refused. */
export const metadata = {
  legend: 'Metadata',
  keyColumn: 'Key',
  valueColumn: 'Value',
  keyLabel: 'Key, row {row}',
  valueLabel: 'Value of {key}',
  valueLabelUnnamed: 'Value, row {row}',
  add: 'Add pair',
  removeLabel: 'Remove {key}',
  removeLabelUnnamed: 'Remove row {row}',
  count: { one: '{used} of {max} pair', other: '{used} of {max} pairs' } as PluralMessage,
  atLimit: {
    one: 'The limit of {max} pair is reached. Remove a pair to add another.',
    other: 'The limit of {max} pairs is reached. Remove a pair to add another.',
  } as PluralMessage,
  empty: 'No metadata yet.',
  readOnlyValue: 'Set by another system',
  valueShortened: 'Shortened here: {count} characters in all, kept as stored.',
  pairsShortened: 'Showing the first {shown} of {total} pairs. The others are kept as stored.',
  readOnlyValueHelp:
    'Values that are not text (lists, objects, numbers) are shown as stored and never changed here.',
  keyLocked: 'This backend cannot delete keys: a stored key stays, and only its value can change.',
  conflictTitle: 'Someone else saved another value for a key you changed',
  discard: 'Discard changes',
  saved: 'Metadata saved.',
  nothingToSave: 'No changes to save.',
  fixIssues: 'Some pairs need attention before saving.',
  issues: {
    key_empty: 'Enter a key.',
    key_too_short: {
      one: 'Use at least {count} character for the key.',
      other: 'Use at least {count} characters for the key.',
    } as PluralMessage,
    key_too_long: {
      one: 'Use at most {count} character for the key.',
      other: 'Use at most {count} characters for the key.',
    } as PluralMessage,
    key_reserved: '“{key}” is reserved. Choose another key.',
    key_duplicate: 'The key “{key}” is used more than once. Keys must be unique.',
    key_forbidden_character: 'Keys cannot contain “{character}”. Use another character, such as “_”.',
    key_not_deletable:
      '“{key}” cannot be removed: this backend cannot delete keys. Change its value instead.',
    too_many_shared_pairs: {
      one: 'User and app metadata share one map of at most {count} pair; together they hold {used}. Remove {excess}.',
      other:
        'User and app metadata share one map of at most {count} pairs; together they hold {used}. Remove {excess}.',
    } as PluralMessage,
    too_many_bytes: {
      one: 'The metadata may take at most {count} byte; it takes {size}. Shorten or remove some values.',
      other: 'The metadata may take at most {count} bytes; it takes {size}. Shorten or remove some values.',
    } as PluralMessage,
    value_empty: 'Enter a value, or remove the row.',
    value_too_long: {
      one: 'Use at most {count} character for the value.',
      other: 'Use at most {count} characters for the value.',
    } as PluralMessage,
    too_many_pairs: {
      one: 'At most {count} pair is allowed; there are {used}. Remove {excess}.',
      other: 'At most {count} pairs are allowed; there are {used}. Remove {excess}.',
    } as PluralMessage,
  },
};
