import type { TeamkitMessages } from '../messages.ts';

/** Textos del editor de perfil (ProfileEditor y sus partes). */
export const profile: TeamkitMessages['profile'] = {
  formLabel: 'Perfil',
  loading: 'Cargando el perfil…',
  loadError: 'No se pudo cargar el perfil.',
  empty: 'No hay campos de perfil que mostrar.',
  fieldsLeftOut: 'Algunos campos del perfil no se pueden mostrar.',
  save: 'Guardar cambios',
  discard: 'Descartar cambios',
  states: {
    idle: 'No hay cambios sin guardar',
    dirty: 'Tienes cambios sin guardar',
    saving: 'Guardando tus cambios…',
    saved: 'Todos los cambios guardados',
    error: 'Tus cambios no se guardaron',
    conflict: 'No guardado: este perfil cambió en otro lugar',
  },
  announcements: {
    saved: 'Perfil guardado.',
    noChanges: 'No hay cambios que guardar.',
    invalid: 'Algunos campos necesitan atención. El primero tiene el foco.',
    reloaded: 'Se muestra la versión más reciente del perfil. Tus cambios se descartaron.',
    discarded: 'Se descartaron tus cambios.',
  },
  saveFailed: 'Tus cambios no se guardaron. Todo lo que escribiste sigue aquí.',
  conflict: {
    title: 'Este perfil cambió en otro lugar',
    description:
      'Alguien cambió este perfil después de que lo abrieras. Tus cambios siguen aquí: revisa las diferencias, vuelve a cargar la versión más reciente o guarda tus cambios sobre ella.',
    review: 'Revisar diferencias',
    hideReview: 'Ocultar diferencias',
    reload: 'Cargar la versión más reciente',
    overwrite: 'Guardar mis cambios de todos modos',
    loadingLatest: 'Cargando la versión más reciente…',
    noDifferences: 'Ningún campo difiere de la versión más reciente.',
    caption: 'Campos que difieren de la versión más reciente',
    field: 'Campo',
    yours: 'Tu cambio',
    notChangedHere: 'No lo cambiaste',
    latest: 'Versión más reciente',
  },
  email: {
    verified: 'Verificado',
    unverified: 'Sin verificar',
  },
  readOnly: {
    identityProvider: 'Gestionado por {provider}',
    admin: 'Lo establece tu administrador.',
    system: 'Se establece automáticamente; no se puede cambiar aquí.',
    degraded: 'Se muestra como solo lectura porque la definición del campo no es válida: {reason}',
  },
  override: {
    providerFallback: 'tu proveedor de identidad',
    providerValue: 'Valor de {provider}: {value}',
    providerValueEmpty: 'No hay un valor de {provider} para este campo.',
    useOwn: 'Usar otro valor',
    useProvider: 'Usar el valor de {provider}',
    ownValue: 'Tu propio valor, que se usa en lugar del de {provider}.',
  },
  values: {
    yes: 'Sí',
    no: 'No',
    empty: 'Sin valor',
  },
  select: {
    placeholder: 'Elige…',
  },
  locale: {
    search: 'Buscar idiomas para {label}',
    searchPlaceholder: 'Buscar…',
    noMatches: 'Ningún idioma coincide',
    choose: 'Elige un idioma',
  },
  rawJson: {
    summary: 'JSON sin procesar',
    label: 'JSON sin procesar de este usuario',
  },
};
