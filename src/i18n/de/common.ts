import type { TeamkitMessages } from '../messages.ts';

/** Wörter, die alle Komponenten gemeinsam nutzen. */
export const common: TeamkitMessages['common'] = {
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  saved: 'Gespeichert',
  cancel: 'Abbrechen',
  close: 'Schließen',
  retry: 'Erneut versuchen',
  remove: 'Entfernen',
  edit: 'Bearbeiten',
  loading: 'Wird geladen…',
  optional: 'optional',
  required: 'erforderlich',
  readOnly: 'Schreibgeschützt',
  copy: 'Kopieren',
  copied: 'Kopiert',
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
  errors: {
    validation:
      'Einige Felder brauchen Ihre Aufmerksamkeit. Prüfen Sie die markierten Felder und versuchen Sie es erneut.',
    not_found:
      'Das wurde nicht gefunden. Es wurde vielleicht entfernt; laden Sie neu, um die aktuelle Liste zu sehen.',
    conflict:
      'Dies wurde an anderer Stelle geändert, seit Sie es geöffnet haben. Prüfen Sie die neueste Fassung und speichern Sie erneut.',
    permission_denied:
      'Dafür fehlt Ihnen die Berechtigung. Wenden Sie sich an eine Administratorin oder einen Administrator Ihrer Organisation.',
    already_member: 'Diese Person ist bereits Mitglied der Organisation oder hat eine offene Einladung.',
    rate_limited: 'Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
    not_supported:
      'Dieser Identitätsdienst kann das nicht. Fragen Sie Ihre Administration, wenn Sie es brauchen.',
    misconfigured:
      'Der Server konnte sich nicht beim Identitätsdienst anmelden. Das ist ein Einrichtungsproblem auf unserer Seite, nicht Ihre Sitzung; wenden Sie sich an den Support.',
    cancelled: 'Es wurde nichts gesendet: Diese Anwendung hat die Änderung gestoppt.',
    unknown:
      'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Support.',
  },
  validation: {
    required: 'Geben Sie {label} ein.',
    tooShort: '{label} muss mindestens {min} Zeichen lang sein.',
    tooLong: '{label} darf höchstens {max} Zeichen lang sein.',
    patternMismatch: '{label} hat nicht das erwartete Format.',
    notANumber: '{label} muss eine Zahl sein, etwa 42 oder 3,5.',
    numberTooSmall: '{label} muss mindestens {min} sein.',
    numberTooLarge: '{label} darf höchstens {max} sein.',
    invalidOption: 'Wählen Sie eine der Optionen für {label}.',
    tooFewChoices: 'Wählen Sie mindestens {min} bei {label}.',
    tooManyChoices: 'Wählen Sie höchstens {max} bei {label}.',
    invalidDate: '{label} muss ein Datum sein, etwa 2024-03-31.',
    dateTooEarly: '{label} darf nicht vor dem {earliest} liegen.',
    dateTooLate: '{label} darf nicht nach dem {latest} liegen.',
    invalidUrl: '{label} muss eine Webadresse sein, die mit https:// beginnt, etwa https://example.com.',
    invalidEmail: '{label} muss eine E-Mail-Adresse sein, etwa name@example.com.',
    invalidPhone: 'Geben Sie eine Telefonnummer mit Ländervorwahl ein, etwa +14155552671.',
    invalidLocale: '{label} muss eine Sprache sein, etwa de-DE.',
  },
};
