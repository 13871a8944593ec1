import type { TeamkitMessages } from '../messages.ts';

/** Palabras de OrganizationSettings: el nombre, el ID externo y los metadatos de la organización. */
export const organization: TeamkitMessages['organization'] = {
  title: 'Configuración de la organización',
  idLabel: 'ID de la organización',
  displayNameLabel: 'Nombre visible',
  displayNameHelp: 'El nombre que ven los miembros para esta organización.',
  externalIdLabel: 'ID externo',
  externalIdHelp:
    'Tu propio ID para esta organización, como su ID de cliente en tu sistema de facturación o CRM. Debe ser único.',
  metadataLabel: 'Metadatos',
  metadataHelp:
    'Datos de negocio guardados con la organización, como su plan o su ID de cliente de facturación.',
  notSet: 'Sin definir',
  readOnlyNotice: 'Puedes ver esta configuración. Solo los administradores pueden cambiarla.',
  discard: 'Descartar cambios',
  saved: 'Configuración de la organización guardada.',
  nothingToSave: 'No hay cambios que guardar.',
  fixIssues: 'Algunos campos necesitan atención antes de guardar.',
  displayNameRequired: 'Escribe un nombre visible.',
  displayNameTooLong: {
    one: 'El nombre visible puede tener como máximo {count} carácter.',
    other: 'El nombre visible puede tener como máximo {count} caracteres.',
  },
  externalIdTooLong: {
    one: 'El ID externo puede tener como máximo {count} carácter.',
    other: 'El ID externo puede tener como máximo {count} caracteres.',
  },
  externalIdTaken: 'Otra organización ya usa el ID externo «{value}». Escribe uno diferente.',
  conflictTitle: 'No se ha guardado: otra persona cambió antes esta configuración',
};
