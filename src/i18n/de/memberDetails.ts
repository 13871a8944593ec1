import type { TeamkitMessages } from '../messages.ts';

/** Wörter von MemberDetails: Profil, externe ID, Metadaten, Identitäten und Rohdaten eines Mitglieds. */
export const memberDetails: TeamkitMessages['memberDetails'] = {
  title: 'Mitgliedsdetails',
  closeLabel: 'Details von {name} schließen',
  membershipTitle: 'Mitgliedschaft',
  statusLabel: 'Status',
  provisioningLabel: 'Hinzugefügt über',
  rolesLabel: 'Rollen',
  noRoles: 'Keine Rollen',
  membershipUnavailable: 'Diese Person ist kein Mitglied dieser Organisation.',
  externalIdTitle: 'Externe ID',
  externalIdLabel: 'Externe ID',
  externalIdHelp:
    'Ihre eigene ID für diese Person, etwa ihr Datensatz in Ihrem CRM-, HR- oder Abrechnungssystem. Sie muss eindeutig sein.',
  externalIdSave: 'Externe ID speichern',
  externalIdSaved: 'Externe ID gespeichert.',
  externalIdTaken:
    'Ein anderer Benutzer verwendet bereits die externe ID „{value}“. Geben Sie eine andere ein.',
  externalIdTooLong: {
    one: 'Die externe ID darf höchstens {count} Zeichen lang sein.',
    other: 'Die externe ID darf höchstens {count} Zeichen lang sein.',
  },
  notSet: 'Nicht festgelegt',
  userMetadataTitle: 'Benutzer-Metadaten',
  userMetadataHelp:
    'Einstellungen und Angaben, die das Mitglied selbst verwaltet. Es kann diese Werte sehen und ändern.',
  appMetadataTitle: 'Admin-Metadaten',
  appMetadataHelp:
    'Daten, die nur Administratoren und Ihre eigenen Systeme sehen und ändern können, etwa Tarif, Berechtigungen oder CRM-IDs. Das Mitglied kann sie nicht ändern.',
  membershipMetadataTitle: 'Metadaten der Mitgliedschaft',
  membershipMetadataHelp: 'Daten nur zur Mitgliedschaft dieser Person in dieser Organisation.',
  membershipMetadataUnsupported: 'Dieses Backend speichert keine Metadaten zu Mitgliedschaften.',
  sharedUserMetadataHelp:
    'Dieses Backend speichert Benutzer- und App-Metadaten in einer Zuordnung mit {max} Paaren; die andere belegt {other}.',
  identitiesTitle: 'Attribute des Identitätsanbieters',
  identitiesHelp:
    'Vom Identitätsanbieter bei der Anmeldung übermittelt. Hier schreibgeschützt: Ändern Sie sie beim Anbieter.',
  noIdentities: 'Dieses Mitglied meldet sich nicht über einen Identitätsanbieter an.',
  providerUserIdLabel: 'ID beim Anbieter',
  lastSyncedLabel: 'Zuletzt synchronisiert',
  never: 'Nie',
  noAttributes: 'Keine Attribute empfangen.',
  profileTitle: 'Profil',
  rawJsonTitle: 'Roh-JSON',
  rawJsonHelp: 'Der Benutzerdatensatz genau so, wie das Backend ihn geliefert hat.',
};
