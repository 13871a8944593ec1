import type { TeamkitMessages } from '../messages.ts';

/** La tabla de miembros: columnas, estados, alta, acciones por fila, sus motivos y resultados. */
export const members: TeamkitMessages['members'] = {
  tableLabel: 'Miembros',
  loading: 'Cargando miembros…',
  you: 'Tú',
  noExternalId: 'Ninguno',
  search: {
    label: 'Buscar miembros',
    placeholder: 'Nombre, correo o ID externo',
    placeholderIdentifiers: 'Correo, ID de usuario o ID externo',
    tooShort: {
      one: 'Escribe al menos {count} carácter para buscar.',
      other: 'Escribe al menos {count} caracteres para buscar.',
    },
  },
  filters: {
    status: 'Estado',
    allStatuses: 'Todos los estados',
    role: 'Rol',
    allRoles: 'Todos los roles',
    clear: 'Borrar filtros',
  },
  count: { one: '{count} miembro', other: '{count} miembros' },
  countAtLeast: { one: '{count}+ miembro', other: '{count}+ miembros' },
  countAbout: { one: 'Unos {count} miembro', other: 'Unos {count} miembros' },
  showing: 'Se muestran {shown} de {total}',
  loadMore: 'Cargar más',
  columns: {
    member: 'Miembro',
    roles: 'Roles',
    status: 'Estado',
    provisioning: 'Alta mediante',
    date: 'Fecha',
    externalId: 'ID externo',
    actions: 'Acciones',
  },
  statuses: {
    active: 'Activo',
    pending_invite: 'Invitado',
    invite_expired: 'Invitación caducada',
    inactive: 'Inactivo',
  },
  provisioning: {
    invitation: 'Invitación',
    dashboard: 'Panel',
    jit_sso: 'SSO en el primer acceso',
    scim: 'Directorio SCIM',
    api: 'API',
    org_creator: 'Creó la organización',
    allowed_email_domain: 'Dominio de correo',
    direct: 'API o directorio',
    unknown: 'Desconocido',
  },
  dates: {
    joined: 'Se unió el {date}',
    invited: 'Invitado el {date}',
    expiresIn: 'Caduca {relative}',
    expired: 'Caducada',
  },
  actions: {
    menu: 'Acciones para {name}',
    changeRole: 'Cambiar rol',
    changeRoles: 'Cambiar roles',
    resend: 'Reenviar invitación',
    revoke: 'Revocar invitación',
    remove: 'Quitar miembro',
    resendIn: 'Podrás reenviarla en {time}',
  },
  reasons: {
    lastAdminRemove: 'No se puede quitar al último administrador',
    lastAdminDemote: 'No se puede cambiar el rol del último administrador',
    managedByDirectory: 'Gestionado por tu directorio SCIM',
  },
  confirm: {
    removeTitle: '¿Quitar a {name}?',
    removeDescription:
      '{name} pierde el acceso a esta organización de inmediato. Puedes volver a invitarle más adelante.',
    removeConfirm: 'Quitar miembro',
    revokeTitle: '¿Revocar la invitación de {email}?',
    revokeDescription:
      'El enlace de la invitación deja de funcionar. Puedes volver a invitarle más adelante.',
    revokeConfirm: 'Revocar invitación',
    demoteSelfTitle: '¿Cambiar tu propio rol a {role}?',
    demoteSelfDescription:
      'Perderás tus permisos de administrador en esta organización y solo otro administrador podrá devolvértelos.',
    demoteSelfConfirm: 'Cambiar mi rol',
    rolesTitle: '¿Cambiar los roles de {name}?',
    rolesConfirm: 'Cambiar roles',
    rolesAdd: 'Añadir {roles}.',
    rolesRemove: 'Quitar {roles}.',
    rolesKeep: 'Conserva {roles}.',
    removeSelfTitle: '¿Salir de esta organización?',
    removeSelfDescription:
      'Pierdes el acceso a esta organización de inmediato y solo un administrador puede volver a invitarte.',
    removeSelfConfirm: 'Salir de la organización',
  },
  announce: {
    removed: 'Se ha quitado a {name}.',
    removeFailed: 'No se ha quitado a {name}. {error}',
    revoked: 'Se ha revocado la invitación de {email}.',
    revokeFailed: 'No se ha revocado la invitación de {email}. {error}',
    resent: 'Se ha reenviado la invitación a {email}.',
    resendFailed: 'No se ha reenviado la invitación a {email}. {error}',
    roleChanged: '{name} tiene ahora el rol {role}.',
    rolesChanged: '{name} tiene ahora los roles {roles}.',
    roleChangeFailed: 'No se ha cambiado el rol de {name}. {error}',
    roleChangeConflict:
      'No se ha cambiado el rol de {name}: otra persona lo cambió antes. {name} tiene ahora {roles}.',
  },
  empty: {
    title: 'Todavía no hay miembros',
    description: 'Invita a tus compañeros para trabajar juntos aquí.',
  },
  noResults: {
    title: 'Ningún miembro coincide',
    description: 'Prueba otra búsqueda o borra los filtros.',
  },
  errorTitle: 'No se han podido cargar los miembros.',
  failure: {
    dismiss: 'Descartar',
  },
};
