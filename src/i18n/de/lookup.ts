import type { TeamkitMessages } from '../messages.ts';

/** Wörter von ExternalIdLookup: das Suchfeld, in das der Support eine externe ID einfügt. */
export const lookup: TeamkitMessages['lookup'] = {
  organizationLabel: 'Externe ID der Organisation',
  userLabel: 'Externe ID des Mitglieds',
  organizationHelp:
    'Fügen Sie die ID ein, die Ihr Abrechnungssystem, CRM oder ein Webhook für die Organisation verwendet.',
  userHelp:
    'Fügen Sie die ID ein, die Ihr CRM-, HR- oder Abrechnungssystem für die Person verwendet. Gesucht wird unter den Mitgliedern dieser Organisation.',
  submit: 'Suchen',
  searching: 'Suche läuft…',
  enterId: 'Fügen Sie eine externe ID ein oder geben Sie sie ein, um danach zu suchen.',
  organizationNotFound: 'Keine Organisation hat die externe ID „{value}“.',
  userNotFound: 'Kein Mitglied dieser Organisation hat die externe ID „{value}“.',
  notFoundHint:
    'Prüfen Sie auf Tippfehler und überzählige Zeichen oder fragen Sie, wer Ihnen die ID gegeben hat.',
  found: '{name} gefunden.',
  idLabel: 'ID',
  externalIdLabel: 'Externe ID',
  emailLabel: 'E-Mail',
  metadataLabel: 'Metadaten',
  metadataSummary: { one: '{count} Paar: {keys}', other: '{count} Paare: {keys}' },
  metadataMore: '{keys} und {more} weitere',
  noMetadata: 'Keine',
  open: 'Öffnen',
  openLabel: '{name} öffnen',
};
