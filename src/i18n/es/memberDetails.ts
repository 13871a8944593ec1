import type { TeamkitMessages } from '../messages.ts';

/** Palabras de MemberDetails: el perfil, el ID externo, los metadatos, las identidades y el registro de un miembro. */
export const memberDetails: TeamkitMessages['memberDetails'] = {
  title: 'Detalles del miembro',
  closeLabel: 'Cerrar los detalles de {name}',
  membershipTitle: 'Membresía',
  statusLabel: 'Estado',
  provisioningLabel: 'Añadido mediante',
  rolesLabel: 'Roles',
  noRoles: 'Sin roles',
  membershipUnavailable: 'Esta persona no es miembro de esta organización.',
  externalIdTitle: 'ID externo',
  externalIdLabel: 'ID externo',
  externalIdHelp:
    'Tu propio ID para esta persona, como su registro en tu CRM o en tu sistema de RR. HH. o de facturación. Debe ser único.',
  externalIdSave: 'Guardar ID externo',
  externalIdSaved: 'ID externo guardado.',
  externalIdTaken: 'Otro usuario ya usa el ID externo «{value}». Escribe uno diferente.',
  externalIdTooLong: {
    one: 'El ID externo puede tener como máximo {count} carácter.',
    other: 'El ID externo puede tener como máximo {count} caracteres.',
  },
  notSet: 'Sin definir',
  userMetadataTitle: 'Metadatos del usuario',
  userMetadataHelp: 'Preferencias y datos que gestiona el propio miembro. Puede ver y cambiar estos valores.',
  appMetadataTitle: 'Metadatos de administración',
  appMetadataHelp:
    'Datos que solo los administradores y tus propios sistemas pueden ver y cambiar, como el plan, los permisos o los ID del CRM. El miembro no puede cambiarlos.',
  membershipMetadataTitle: 'Metadatos de la membresía',
  membershipMetadataHelp: 'Datos sobre la membresía de esta persona solo en esta organización.',
  membershipMetadataUnsupported: 'Este backend no guarda metadatos en las membresías.',
  sharedUserMetadataHelp:
    'Este backend guarda los metadatos de usuario y de la aplicación en un mapa de {max} pares; el otro ocupa {other}.',
  identitiesTitle: 'Atributos del proveedor de identidad',
  identitiesHelp:
    'Los envía el proveedor de identidad cuando el miembro inicia sesión. Aquí son de solo lectura: cámbialos en el proveedor.',
  noIdentities: 'Este miembro no inicia sesión mediante un proveedor de identidad.',
  providerUserIdLabel: 'ID en el proveedor',
  lastSyncedLabel: 'Última sincronización',
  never: 'Nunca',
  noAttributes: 'No se recibieron atributos.',
  profileTitle: 'Perfil',
  rawJsonTitle: 'JSON sin procesar',
  rawJsonHelp: 'El registro del usuario exactamente como lo devolvió el backend.',
};
