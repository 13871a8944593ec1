import type { TeamkitMessages } from '../messages.ts';

/** Texte des Profil-Editors (ProfileEditor und seine Teile). */
export const profile: TeamkitMessages['profile'] = {
  formLabel: 'Profil',
  loading: 'Profil wird geladen…',
  loadError: 'Das Profil konnte nicht geladen werden.',
  empty: 'Es gibt keine Profilfelder zum Anzeigen.',
  fieldsLeftOut: 'Einige Profilfelder können nicht angezeigt werden.',
  save: 'Änderungen speichern',
  discard: 'Änderungen verwerfen',
  states: {
    idle: 'Keine ungespeicherten Änderungen',
    dirty: 'Sie haben ungespeicherte Änderungen',
    saving: 'Ihre Änderungen werden gespeichert…',
    saved: 'Alle Änderungen gespeichert',
    error: 'Ihre Änderungen wurden nicht gespeichert',
    conflict: 'Nicht gespeichert: Dieses Profil wurde an anderer Stelle geändert',
  },
  announcements: {
    saved: 'Profil gespeichert.',
    noChanges: 'Es gibt keine Änderungen zum Speichern.',
    invalid: 'Einige Felder müssen korrigiert werden. Das erste hat den Fokus.',
    reloaded: 'Die neueste Version des Profils wird angezeigt. Ihre Änderungen wurden verworfen.',
    discarded: 'Ihre Änderungen wurden verworfen.',
  },
  saveFailed: 'Ihre Änderungen wurden nicht gespeichert. Alles, was Sie eingegeben haben, ist noch da.',
  conflict: {
    title: 'Dieses Profil wurde an anderer Stelle geändert',
    description:
      'Jemand hat dieses Profil geändert, nachdem Sie es geöffnet haben. Ihre Änderungen sind noch da: Prüfen Sie die Unterschiede, laden Sie die neueste Version oder speichern Sie Ihre Änderungen darüber.',
    review: 'Unterschiede prüfen',
    hideReview: 'Unterschiede ausblenden',
    reload: 'Neueste Version laden',
    overwrite: 'Meine Änderungen trotzdem speichern',
    loadingLatest: 'Die neueste Version wird geladen…',
    noDifferences: 'Kein Feld weicht von der neuesten Version ab.',
    caption: 'Felder, die von der neuesten Version abweichen',
    field: 'Feld',
    yours: 'Ihre Änderung',
    notChangedHere: 'Nicht von Ihnen geändert',
    latest: 'Neueste Version',
  },
  email: {
    verified: 'Bestätigt',
    unverified: 'Nicht bestätigt',
  },
  readOnly: {
    identityProvider: 'Verwaltet von {provider}',
    admin: 'Von Ihrer Administration festgelegt.',
    system: 'Wird automatisch gesetzt und kann hier nicht geändert werden.',
    degraded: 'Schreibgeschützt angezeigt, weil die Felddefinition ungültig ist: {reason}',
  },
  override: {
    providerFallback: 'Ihrem Identitätsanbieter',
    providerValue: 'Wert von {provider}: {value}',
    providerValueEmpty: 'Kein Wert von {provider} für dieses Feld.',
    useOwn: 'Einen anderen Wert verwenden',
    useProvider: 'Den Wert von {provider} verwenden',
    ownValue: 'Ihr eigener Wert, der anstelle des Werts von {provider} verwendet wird.',
  },
  values: {
    yes: 'Ja',
    no: 'Nein',
    empty: 'Nicht festgelegt',
  },
  select: {
    placeholder: 'Auswählen…',
  },
  locale: {
    search: 'Sprachen für {label} durchsuchen',
    searchPlaceholder: 'Suchen…',
    noMatches: 'Keine Sprache passt',
    choose: 'Sprache auswählen',
  },
  rawJson: {
    summary: 'Rohes JSON',
    label: 'Rohes JSON dieses Benutzers',
  },
};
