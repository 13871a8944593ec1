import type { TeamkitMessages } from '../messages.ts';

/** Textos de InviteMemberDialog. */
export const invite: TeamkitMessages['invite'] = {
  trigger: 'Invitar a un compañero',
  notPermitted: 'Tu rol no permite invitar a personas. Pídeselo a un administrador.',
  title: 'Invitar a compañeros',
  description:
    'Añade una o varias direcciones de correo. Cada persona recibe una invitación para unirse a tu organización con el rol que elijas.',
  close: 'Cerrar',
  recipients: {
    label: 'Direcciones de correo',
    description:
      'Separa las direcciones con comas, espacios o saltos de línea, o pega una columna de una hoja de cálculo.',
    listLabel: 'Direcciones que se invitarán',
    remove: 'Quitar {email}',
    removed: 'Se quitó {email}.',
    count: { one: '{count} dirección', other: '{count} direcciones' },
    invalidCount: { one: '{count} no válida', other: '{count} no válidas' },
    existingCount: {
      one: '{count} ya es miembro o está invitada',
      other: '{count} ya son miembros o están invitadas',
    },
    duplicates: {
      one: 'Se omitió {count} dirección repetida: {emails}.',
      other: 'Se omitieron {count} direcciones repetidas: {emails}.',
    },
    checking: 'Comprobando…',
    member: 'Ya es miembro',
    pending: 'Invitación pendiente',
    invalid: 'No válida',
    required: 'Introduce al menos una dirección de correo válida.',
    nothingToSend: 'Todas las personas de la lista ya son miembros o tienen una invitación pendiente.',
    tooMany: {
      one: 'Puedes invitar como máximo a {count} persona a la vez. Quita {excess}.',
      other: 'Puedes invitar como máximo a {count} personas a la vez. Quita {excess}.',
    },
  },
  addressProblems: {
    missing_at: 'Añade una @ y un dominio, por ejemplo nombre@ejemplo.com.',
    missing_local: 'Añade el nombre antes de la @, por ejemplo nombre@ejemplo.com.',
    invalid_local:
      'La parte anterior a la @ tiene espacios o caracteres que una dirección no puede contener.',
    missing_domain: 'Añade el dominio después de la @, por ejemplo ejemplo.com.',
    invalid_domain: 'La parte posterior a la @ debe ser un dominio, por ejemplo ejemplo.com.',
    too_long: 'Las direcciones pueden tener como máximo 254 caracteres.',
  },
  role: {
    label: 'Rol',
    description: 'Lo que podrán hacer las personas invitadas cuando se unan.',
    perPerson: 'Elegir el rol de cada persona',
    perPersonLabel: 'Rol de {email}',
    defaultRole: 'Predeterminado de la organización',
    loadError:
      'No se pudieron cargar los roles. Las invitaciones usarán el rol predeterminado de la organización.',
  },
  names: {
    legend: 'Nombre',
    description: 'Opcional. Se muestra a tu equipo hasta que la persona complete su perfil.',
    givenName: 'Nombre',
    familyName: 'Apellidos',
    displayName: 'Nombre visible',
  },
  sendEmail: {
    label: 'Enviar correo de invitación',
    description:
      'Desactívalo para añadir a las personas como invitadas sin enviarles correo, por ejemplo si compartes tú el enlace.',
  },
  admin: {
    legend: 'Opciones de administrador',
    externalId: 'ID externo',
    externalIdDescription: 'El ID de esta persona en tu sistema, por ejemplo SALESFORCE-003921.',
    externalIdTooLong: {
      one: 'Usa como máximo {count} carácter.',
      other: 'Usa como máximo {count} caracteres.',
    },
    metadata: 'Metadatos',
    metadataDescription:
      'Pares clave/valor que se guardan con cada usuario invitado, como departamento o número de empleado.',
  },
  submit: { one: 'Enviar invitación', other: 'Enviar {count} invitaciones' },
  fixProblems: 'Algunos campos necesitan atención antes de enviar.',
  sending: 'Enviando {done} de {total}…',
  results: {
    heading: 'Resultados',
    waiting: 'Enviando…',
    invited: 'Invitada',
    already_member: 'Ya es miembro o está invitada',
    invalid: 'No válida: {reason}',
    failed: 'Error: {reason}',
    notSent: 'No enviada: {reason}',
    summaryInvited: { one: '{count} invitada', other: '{count} invitadas' },
    summaryAlreadyMember: {
      one: '{count} ya es miembro o está invitada',
      other: '{count} ya son miembros o están invitadas',
    },
    summaryInvalid: { one: '{count} no válida', other: '{count} no válidas' },
    summaryFailed: { one: '{count} con error', other: '{count} con error' },
    retryFailed: { one: 'Reintentar la fallida', other: 'Reintentar las {count} fallidas' },
    editAgain: 'Editar y volver a enviar',
    inviteMore: 'Invitar a más personas',
    done: 'Listo',
  },
};
