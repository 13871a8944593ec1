import type { TeamkitMessages } from '../messages.ts';

/** Texte von InviteMemberDialog. */
export const invite: TeamkitMessages['invite'] = {
  trigger: 'Teammitglied einladen',
  notPermitted:
    'Deine Rolle darf keine Personen einladen. Frag eine Administratorin oder einen Administrator.',
  title: 'Teammitglieder einladen',
  description:
    'Füge eine oder mehrere E-Mail-Adressen hinzu. Jede Person erhält eine Einladung, deiner Organisation mit der gewählten Rolle beizutreten.',
  close: 'Schließen',
  recipients: {
    label: 'E-Mail-Adressen',
    description:
      'Trenne Adressen durch Kommas, Leerzeichen oder Zeilenumbrüche, oder füge eine Spalte aus einer Tabelle ein.',
    listLabel: 'Einzuladende Adressen',
    remove: '{email} entfernen',
    removed: '{email} entfernt.',
    count: { one: '{count} Adresse', other: '{count} Adressen' },
    invalidCount: { one: '{count} ungültig', other: '{count} ungültig' },
    existingCount: {
      one: '{count} bereits Mitglied oder eingeladen',
      other: '{count} bereits Mitglieder oder eingeladen',
    },
    duplicates: {
      one: '{count} doppelt aufgeführte Adresse übersprungen: {emails}.',
      other: '{count} doppelt aufgeführte Adressen übersprungen: {emails}.',
    },
    checking: 'Wird geprüft…',
    member: 'Bereits Mitglied',
    pending: 'Einladung ausstehend',
    invalid: 'Ungültig',
    required: 'Gib mindestens eine gültige E-Mail-Adresse ein.',
    nothingToSend:
      'Alle aufgeführten Personen sind bereits Mitglieder oder haben eine ausstehende Einladung.',
    tooMany: {
      one: 'Du kannst höchstens {count} Person auf einmal einladen. Entferne {excess}.',
      other: 'Du kannst höchstens {count} Personen auf einmal einladen. Entferne {excess}.',
    },
  },
  addressProblems: {
    missing_at: 'Füge ein @ und eine Domain hinzu, zum Beispiel name@beispiel.de.',
    missing_local: 'Füge den Namen vor dem @ hinzu, zum Beispiel name@beispiel.de.',
    invalid_local:
      'Der Teil vor dem @ enthält Leerzeichen oder Zeichen, die in einer Adresse nicht erlaubt sind.',
    missing_domain: 'Füge die Domain nach dem @ hinzu, zum Beispiel beispiel.de.',
    invalid_domain: 'Der Teil nach dem @ muss eine Domain sein, zum Beispiel beispiel.de.',
    too_long: 'Adressen dürfen höchstens 254 Zeichen lang sein.',
  },
  role: {
    label: 'Rolle',
    description: 'Was die eingeladenen Personen nach dem Beitritt tun dürfen.',
    perPerson: 'Rolle pro Person festlegen',
    perPersonLabel: 'Rolle für {email}',
    defaultRole: 'Standard der Organisation',
    loadError:
      'Die Rollen konnten nicht geladen werden. Einladungen erhalten die Standardrolle der Organisation.',
  },
  names: {
    legend: 'Name',
    description: 'Optional. Wird deinem Team angezeigt, bis die Person ihr Profil vervollständigt.',
    givenName: 'Vorname',
    familyName: 'Nachname',
    displayName: 'Anzeigename',
  },
  sendEmail: {
    label: 'Einladungs-E-Mail senden',
    description:
      'Schalte dies aus, um die Personen ohne E-Mail als eingeladen hinzuzufügen, etwa wenn du selbst einen Link teilst.',
  },
  admin: {
    legend: 'Optionen für Administratoren',
    externalId: 'Externe ID',
    externalIdDescription: 'Die ID dieser Person in deinem System, zum Beispiel SALESFORCE-003921.',
    externalIdTooLong: {
      one: 'Verwende höchstens {count} Zeichen.',
      other: 'Verwende höchstens {count} Zeichen.',
    },
    metadata: 'Metadaten',
    metadataDescription:
      'Schlüssel/Wert-Paare, die bei jeder eingeladenen Person gespeichert werden, etwa Abteilung oder Personalnummer.',
  },
  submit: { one: 'Einladung senden', other: '{count} Einladungen senden' },
  fixProblems: 'Einige Felder müssen vor dem Senden korrigiert werden.',
  sending: 'Sende {done} von {total}…',
  results: {
    heading: 'Ergebnisse',
    waiting: 'Wird gesendet…',
    invited: 'Eingeladen',
    already_member: 'Bereits Mitglied oder eingeladen',
    invalid: 'Ungültig: {reason}',
    failed: 'Fehlgeschlagen: {reason}',
    notSent: 'Nicht gesendet: {reason}',
    summaryInvited: { one: '{count} eingeladen', other: '{count} eingeladen' },
    summaryAlreadyMember: {
      one: '{count} bereits Mitglied oder eingeladen',
      other: '{count} bereits Mitglieder oder eingeladen',
    },
    summaryInvalid: { one: '{count} ungültig', other: '{count} ungültig' },
    summaryFailed: { one: '{count} fehlgeschlagen', other: '{count} fehlgeschlagen' },
    retryFailed: { one: 'Fehlgeschlagene erneut senden', other: '{count} fehlgeschlagene erneut senden' },
    editAgain: 'Bearbeiten und erneut senden',
    inviteMore: 'Weitere Personen einladen',
    done: 'Fertig',
  },
};
