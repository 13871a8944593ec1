import type { TeamkitMessages } from '../messages.ts';

/** Wörter der OrganizationSettings: Name, externe ID und Metadaten der Organisation. */
export const organization: TeamkitMessages['organization'] = {
  title: 'Organisationseinstellungen',
  idLabel: 'Organisations-ID',
  displayNameLabel: 'Anzeigename',
  displayNameHelp: 'Der Name, den Mitglieder für diese Organisation sehen.',
  externalIdLabel: 'Externe ID',
  externalIdHelp:
    'Ihre eigene ID für diese Organisation, etwa die Kundennummer in Ihrem Abrechnungssystem oder CRM. Sie muss eindeutig sein.',
  metadataLabel: 'Metadaten',
  metadataHelp: 'Geschäftsdaten zur Organisation, etwa ihr Tarif oder ihre Kundennummer in der Abrechnung.',
  notSet: 'Nicht festgelegt',
  readOnlyNotice: 'Sie können diese Einstellungen ansehen. Nur Administratoren können sie ändern.',
  discard: 'Änderungen verwerfen',
  saved: 'Organisationseinstellungen gespeichert.',
  nothingToSave: 'Keine Änderungen zum Speichern.',
  fixIssues: 'Einige Felder müssen vor dem Speichern korrigiert werden.',
  displayNameRequired: 'Geben Sie einen Anzeigenamen ein.',
  displayNameTooLong: {
    one: 'Der Anzeigename darf höchstens {count} Zeichen lang sein.',
    other: 'Der Anzeigename darf höchstens {count} Zeichen lang sein.',
  },
  externalIdTooLong: {
    one: 'Die externe ID darf höchstens {count} Zeichen lang sein.',
    other: 'Die externe ID darf höchstens {count} Zeichen lang sein.',
  },
  externalIdTaken:
    'Eine andere Organisation verwendet bereits die externe ID „{value}“. Geben Sie eine andere ein.',
  conflictTitle: 'Nicht gespeichert: Jemand anderes hat diese Einstellungen zuerst geändert',
};
