import type { TeamkitMessages } from '../messages.ts';

/** Die Mitgliedertabelle: Spalten, Status, Herkunft, Zeilenaktionen, ihre Gründe und Ergebnisse. */
export const members: TeamkitMessages['members'] = {
  tableLabel: 'Mitglieder',
  loading: 'Mitglieder werden geladen …',
  you: 'Du',
  noExternalId: 'Keine',
  search: {
    label: 'Mitglieder suchen',
    placeholder: 'Name, E-Mail oder externe ID',
    placeholderIdentifiers: 'E-Mail, Benutzer-ID oder externe ID',
    tooShort: {
      one: 'Gib mindestens {count} Zeichen ein, um zu suchen.',
      other: 'Gib mindestens {count} Zeichen ein, um zu suchen.',
    },
  },
  filters: {
    status: 'Status',
    allStatuses: 'Alle Status',
    role: 'Rolle',
    allRoles: 'Alle Rollen',
    clear: 'Filter zurücksetzen',
  },
  count: { one: '{count} Mitglied', other: '{count} Mitglieder' },
  countAtLeast: { one: '{count}+ Mitglied', other: '{count}+ Mitglieder' },
  countAbout: { one: 'Etwa {count} Mitglied', other: 'Etwa {count} Mitglieder' },
  showing: '{shown} von {total} angezeigt',
  loadMore: 'Mehr laden',
  columns: {
    member: 'Mitglied',
    roles: 'Rollen',
    status: 'Status',
    provisioning: 'Hinzugefügt über',
    date: 'Datum',
    externalId: 'Externe ID',
    actions: 'Aktionen',
  },
  statuses: {
    active: 'Aktiv',
    pending_invite: 'Eingeladen',
    invite_expired: 'Einladung abgelaufen',
    inactive: 'Inaktiv',
  },
  provisioning: {
    invitation: 'Einladung',
    dashboard: 'Dashboard',
    jit_sso: 'SSO beim ersten Anmelden',
    scim: 'SCIM-Verzeichnis',
    api: 'API',
    org_creator: 'Hat die Organisation erstellt',
    allowed_email_domain: 'E-Mail-Domain',
    direct: 'API oder Verzeichnis',
    unknown: 'Unbekannt',
  },
  dates: {
    joined: 'Beigetreten am {date}',
    invited: 'Eingeladen am {date}',
    expiresIn: 'Läuft ab {relative}',
    expired: 'Abgelaufen',
  },
  actions: {
    menu: 'Aktionen für {name}',
    changeRole: 'Rolle ändern',
    changeRoles: 'Rollen ändern',
    resend: 'Einladung erneut senden',
    revoke: 'Einladung zurückziehen',
    remove: 'Mitglied entfernen',
    resendIn: 'Erneut senden möglich in {time}',
  },
  reasons: {
    lastAdminRemove: 'Der letzte Admin kann nicht entfernt werden',
    lastAdminDemote: 'Die Rolle des letzten Admins kann nicht geändert werden',
    managedByDirectory: 'Wird von deinem SCIM-Verzeichnis verwaltet',
  },
  confirm: {
    removeTitle: '{name} entfernen?',
    removeDescription:
      '{name} verliert sofort den Zugriff auf diese Organisation. Du kannst die Person später wieder einladen.',
    removeConfirm: 'Mitglied entfernen',
    revokeTitle: 'Einladung für {email} zurückziehen?',
    revokeDescription:
      'Der Einladungslink funktioniert dann nicht mehr. Du kannst die Person später wieder einladen.',
    revokeConfirm: 'Einladung zurückziehen',
    demoteSelfTitle: 'Deine eigene Rolle in {role} ändern?',
    demoteSelfDescription:
      'Du verlierst deine Admin-Rechte in dieser Organisation, und nur ein anderer Admin kann sie dir zurückgeben.',
    demoteSelfConfirm: 'Meine Rolle ändern',
    rolesTitle: 'Rollen von {name} ändern?',
    rolesConfirm: 'Rollen ändern',
    rolesAdd: '{roles} hinzufügen.',
    rolesRemove: '{roles} entfernen.',
    rolesKeep: 'Behält {roles}.',
    removeSelfTitle: 'Dich selbst aus dieser Organisation entfernen?',
    removeSelfDescription:
      'Du verlierst sofort den Zugriff auf diese Organisation, und nur ein Admin kann dich wieder einladen.',
    removeSelfConfirm: 'Mich entfernen',
  },
  announce: {
    removed: '{name} wurde entfernt.',
    removeFailed: '{name} wurde nicht entfernt. {error}',
    revoked: 'Die Einladung für {email} wurde zurückgezogen.',
    revokeFailed: 'Die Einladung für {email} wurde nicht zurückgezogen. {error}',
    resent: 'Die Einladung wurde erneut an {email} gesendet.',
    resendFailed: 'Die Einladung an {email} wurde nicht erneut gesendet. {error}',
    roleChanged: '{name} hat jetzt die Rolle {role}.',
    rolesChanged: '{name} hat jetzt die Rollen {roles}.',
    roleChangeFailed: 'Die Rolle von {name} wurde nicht geändert. {error}',
    roleChangeConflict:
      'Die Rolle von {name} wurde nicht geändert: Jemand anderes hat sie zuerst geändert. {name} hat jetzt {roles}.',
  },
  empty: {
    title: 'Noch keine Mitglieder',
    description: 'Lade deine Teammitglieder ein, um hier zusammenzuarbeiten.',
  },
  noResults: {
    title: 'Keine passenden Mitglieder',
    description: 'Versuche eine andere Suche oder setze die Filter zurück.',
  },
  errorTitle: 'Die Mitglieder konnten nicht geladen werden.',
  failure: {
    dismiss: 'Ausblenden',
  },
};
