import type { TeamkitMessages } from '../messages.ts';

/** Palabras de ExternalIdLookup: el cuadro de búsqueda donde el equipo de soporte pega un ID externo. */
export const lookup: TeamkitMessages['lookup'] = {
  organizationLabel: 'ID externo de la organización',
  userLabel: 'ID externo del miembro',
  organizationHelp:
    'Pega el ID que usan tu sistema de facturación, tu CRM o un webhook para la organización.',
  userHelp:
    'Pega el ID que usan tu CRM, tu sistema de RR. HH. o de facturación para la persona. Se busca entre los miembros de esta organización.',
  submit: 'Buscar',
  searching: 'Buscando…',
  enterId: 'Pega o escribe un ID externo para buscarlo.',
  organizationNotFound: 'Ninguna organización tiene el ID externo «{value}».',
  userNotFound: 'Ningún miembro de esta organización tiene el ID externo «{value}».',
  notFoundHint: 'Revisa si hay erratas o caracteres de más, o pregunta a quien te dio el ID.',
  found: 'Se encontró {name}.',
  idLabel: 'ID',
  externalIdLabel: 'ID externo',
  emailLabel: 'Correo electrónico',
  metadataLabel: 'Metadatos',
  metadataSummary: { one: '{count} par: {keys}', other: '{count} pares: {keys}' },
  metadataMore: '{keys} y {more} más',
  noMetadata: 'Ninguno',
  open: 'Abrir',
  openLabel: 'Abrir {name}',
};
