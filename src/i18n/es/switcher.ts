import type { TeamkitMessages } from '../messages.ts';

/** Palabras de OrganizationSwitcher. */
export const switcher: TeamkitMessages['switcher'] = {
  trigger: 'Organización: {organization}',
  triggerLoading: 'Organización',
  title: 'Cambiar de organización',
  search: 'Buscar una organización',
  noSearch: 'Esta lista no se puede buscar aquí.',
  list: 'Tus organizaciones',
  current: 'Actual',
  loading: 'Cargando tus organizaciones…',
  loadingMore: 'Cargando más…',
  noResults: 'Ninguna organización coincide con «{search}».',
  none: 'Todavía no perteneces a ninguna organización.',
  resultCount: { one: '{count} organización', other: '{count} organizaciones' },
  single: 'Solo perteneces a esta organización.',
  invitations: 'Invitaciones',
  accept: 'Aceptar',
  acceptLabel: 'Aceptar la invitación a {organization}',
  accepting: 'Aceptando…',
  acceptElsewhere: 'Acéptala desde el correo de invitación.',
  accepted: 'Te has unido a {organization}.',
  switched: 'Ahora en {organization}.',
  unsupported: 'Aquí no se puede cambiar de organización.',
  failed: 'No se pudieron cargar tus organizaciones.',
  acceptFailed: 'No se pudo aceptar la invitación a {organization}.',
};
