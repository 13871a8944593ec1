import type { TeamkitMessages } from '../messages.ts';

/** Wörter des MetadataEditor: Zeilen aus Schlüsseln und Werten, die Anzahl der Paare und warum eine Zeile abgelehnt wird. */
export const metadata: TeamkitMessages['metadata'] = {
  legend: 'Metadaten',
  keyColumn: 'Schlüssel',
  valueColumn: 'Wert',
  keyLabel: 'Schlüssel, Zeile {row}',
  valueLabel: 'Wert von {key}',
  valueLabelUnnamed: 'Wert, Zeile {row}',
  add: 'Paar hinzufügen',
  removeLabel: '{key} entfernen',
  removeLabelUnnamed: 'Zeile {row} entfernen',
  count: { one: '{used} von {max} Paar', other: '{used} von {max} Paaren' },
  atLimit: {
    one: 'Die Grenze von {max} Paar ist erreicht. Entfernen Sie ein Paar, um ein neues hinzuzufügen.',
    other: 'Die Grenze von {max} Paaren ist erreicht. Entfernen Sie ein Paar, um ein neues hinzuzufügen.',
  },
  empty: 'Noch keine Metadaten.',
  readOnlyValue: 'Von einem anderen System gesetzt',
  valueShortened: 'Hier gekürzt: {count} Zeichen insgesamt, unverändert gespeichert.',
  pairsShortened: 'Die ersten {shown} von {total} Paaren werden gezeigt. Die anderen bleiben unverändert.',
  readOnlyValueHelp:
    'Werte, die kein Text sind (Listen, Objekte, Zahlen), werden so angezeigt, wie sie gespeichert sind, und hier nie geändert.',
  keyLocked:
    'Dieses Backend kann keine Schlüssel löschen: Ein gespeicherter Schlüssel bleibt, nur sein Wert lässt sich ändern.',
  conflictTitle:
    'Jemand anderes hat einen anderen Wert für einen Schlüssel gespeichert, den Sie geändert haben',
  discard: 'Änderungen verwerfen',
  saved: 'Metadaten gespeichert.',
  nothingToSave: 'Keine Änderungen zum Speichern.',
  fixIssues: 'Einige Paare müssen vor dem Speichern korrigiert werden.',
  issues: {
    key_empty: 'Geben Sie einen Schlüssel ein.',
    key_too_short: {
      one: 'Der Schlüssel muss mindestens {count} Zeichen lang sein.',
      other: 'Der Schlüssel muss mindestens {count} Zeichen lang sein.',
    },
    key_too_long: {
      one: 'Der Schlüssel darf höchstens {count} Zeichen lang sein.',
      other: 'Der Schlüssel darf höchstens {count} Zeichen lang sein.',
    },
    key_reserved: '„{key}“ ist reserviert. Wählen Sie einen anderen Schlüssel.',
    key_duplicate: 'Der Schlüssel „{key}“ kommt mehrfach vor. Schlüssel müssen eindeutig sein.',
    key_forbidden_character:
      'Schlüssel dürfen „{character}“ nicht enthalten. Verwenden Sie ein anderes Zeichen, etwa „_“.',
    key_not_deletable:
      '„{key}“ kann nicht entfernt werden: Dieses Backend kann keine Schlüssel löschen. Ändern Sie stattdessen den Wert.',
    too_many_shared_pairs: {
      one: 'Benutzer- und App-Metadaten teilen sich eine Zuordnung mit höchstens {count} Paar; zusammen sind es {used}. Entfernen Sie {excess}.',
      other:
        'Benutzer- und App-Metadaten teilen sich eine Zuordnung mit höchstens {count} Paaren; zusammen sind es {used}. Entfernen Sie {excess}.',
    },
    too_many_bytes: {
      one: 'Die Metadaten dürfen höchstens {count} Byte belegen; es sind {size}. Kürzen oder entfernen Sie einige Werte.',
      other:
        'Die Metadaten dürfen höchstens {count} Byte belegen; es sind {size}. Kürzen oder entfernen Sie einige Werte.',
    },
    value_empty: 'Geben Sie einen Wert ein oder entfernen Sie die Zeile.',
    value_too_long: {
      one: 'Der Wert darf höchstens {count} Zeichen lang sein.',
      other: 'Der Wert darf höchstens {count} Zeichen lang sein.',
    },
    too_many_pairs: {
      one: 'Höchstens {count} Paar ist erlaubt; es sind {used}. Entfernen Sie {excess}.',
      other: 'Höchstens {count} Paare sind erlaubt; es sind {used}. Entfernen Sie {excess}.',
    },
  },
};
