import type { TeamkitMessages } from '../messages.ts';

/** Wörter des OrganizationSwitcher. */
export const switcher: TeamkitMessages['switcher'] = {
  trigger: 'Organisation: {organization}',
  triggerLoading: 'Organisation',
  title: 'Organisation wechseln',
  search: 'Organisation suchen',
  noSearch: 'Diese Liste kann hier nicht durchsucht werden.',
  list: 'Ihre Organisationen',
  current: 'Aktuell',
  loading: 'Ihre Organisationen werden geladen …',
  loadingMore: 'Weitere werden geladen …',
  noResults: 'Keine Organisation passt zu „{search}“.',
  none: 'Sie gehören noch keiner Organisation an.',
  resultCount: { one: '{count} Organisation', other: '{count} Organisationen' },
  single: 'Sie gehören nur dieser Organisation an.',
  invitations: 'Einladungen',
  accept: 'Annehmen',
  acceptLabel: 'Einladung zu {organization} annehmen',
  accepting: 'Wird angenommen …',
  acceptElsewhere: 'Nehmen Sie sie über die Einladungs-E-Mail an.',
  accepted: 'Sie sind {organization} beigetreten.',
  switched: 'Jetzt in {organization}.',
  unsupported: 'Ein Wechsel der Organisation ist hier nicht möglich.',
  failed: 'Ihre Organisationen konnten nicht geladen werden.',
  acceptFailed: 'Die Einladung zu {organization} konnte nicht angenommen werden.',
};
