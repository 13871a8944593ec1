import type { TeamkitMessages } from '../messages.ts';

/** Palabras comunes a todos los componentes. */
export const common: TeamkitMessages['common'] = {
  save: 'Guardar',
  saving: 'Guardando…',
  saved: 'Guardado',
  cancel: 'Cancelar',
  close: 'Cerrar',
  retry: 'Reintentar',
  remove: 'Quitar',
  edit: 'Editar',
  loading: 'Cargando…',
  optional: 'opcional',
  required: 'obligatorio',
  readOnly: 'Solo lectura',
  copy: 'Copiar',
  copied: 'Copiado',
  showMore: 'Mostrar más',
  showLess: 'Mostrar menos',
  errors: {
    validation: 'Algunos campos necesitan atención. Revisa los campos marcados e inténtalo de nuevo.',
    not_found: 'No lo encontramos. Puede que se haya eliminado; actualiza para ver la lista actual.',
    conflict:
      'Esto cambió en otro lugar desde que lo abriste. Revisa la versión más reciente y vuelve a guardar.',
    permission_denied: 'No tienes permiso para hacer esto. Pide ayuda a un administrador de tu organización.',
    already_member: 'Esta persona ya es miembro de la organización o tiene una invitación pendiente.',
    rate_limited: 'Demasiadas solicitudes en poco tiempo. Espera un momento e inténtalo de nuevo.',
    network: 'No pudimos conectar con el servidor. Comprueba tu conexión e inténtalo de nuevo.',
    unavailable: 'El servicio no está disponible por ahora. Inténtalo de nuevo en unos minutos.',
    unauthenticated: 'Tu sesión ha terminado. Inicia sesión de nuevo para continuar.',
    not_supported:
      'Este servicio de identidad no permite hacer eso. Pregunta a tu administrador si lo necesitas.',
    misconfigured:
      'El servidor no pudo iniciar sesión en el servicio de identidad. Es un problema de configuración de nuestra parte, no de tu sesión; contacta con soporte.',
    cancelled: 'No se envió nada: esta aplicación detuvo el cambio.',
    unknown:
      'Algo salió mal por nuestra parte. Inténtalo de nuevo; si sigue ocurriendo, contacta con soporte.',
  },
  validation: {
    required: 'Introduce {label}.',
    tooShort: '{label} debe tener al menos {min} caracteres.',
    tooLong: '{label} debe tener como máximo {max} caracteres.',
    patternMismatch: '{label} no tiene el formato esperado.',
    notANumber: '{label} debe ser un número, como 42 o 3,5.',
    numberTooSmall: '{label} debe ser {min} o más.',
    numberTooLarge: '{label} debe ser {max} o menos.',
    invalidOption: 'Elige una de las opciones de {label}.',
    tooFewChoices: 'Elige al menos {min} en {label}.',
    tooManyChoices: 'Elige como máximo {max} en {label}.',
    invalidDate: '{label} debe ser una fecha, como 2024-03-31.',
    dateTooEarly: '{label} debe ser el {earliest} o posterior.',
    dateTooLate: '{label} debe ser el {latest} o anterior.',
    invalidUrl: '{label} debe ser una dirección web que empiece por https://, como https://example.com.',
    invalidEmail: '{label} debe ser una dirección de correo, como nombre@example.com.',
    invalidPhone: 'Introduce un número de teléfono con su prefijo de país, como +14155552671.',
    invalidLocale: '{label} debe ser un idioma, como es-ES.',
  },
};
