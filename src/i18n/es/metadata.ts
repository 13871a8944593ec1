import type { TeamkitMessages } from '../messages.ts';

/** Palabras de MetadataEditor: filas de claves y valores, el recuento de pares y por qué se rechaza una fila. */
export const metadata: TeamkitMessages['metadata'] = {
  legend: 'Metadatos',
  keyColumn: 'Clave',
  valueColumn: 'Valor',
  keyLabel: 'Clave, fila {row}',
  valueLabel: 'Valor de {key}',
  valueLabelUnnamed: 'Valor, fila {row}',
  add: 'Añadir par',
  removeLabel: 'Quitar {key}',
  removeLabelUnnamed: 'Quitar la fila {row}',
  count: { one: '{used} de {max} par', other: '{used} de {max} pares' },
  atLimit: {
    one: 'Se alcanzó el límite de {max} par. Quita un par para añadir otro.',
    other: 'Se alcanzó el límite de {max} pares. Quita un par para añadir otro.',
  },
  empty: 'Todavía no hay metadatos.',
  readOnlyValue: 'Definido por otro sistema',
  valueShortened: 'Acortado aquí: {count} caracteres en total, se conserva tal cual.',
  pairsShortened: 'Se muestran los primeros {shown} de {total} pares. Los demás se conservan tal cual.',
  readOnlyValueHelp:
    'Los valores que no son texto (listas, objetos, números) se muestran tal como están guardados y nunca se cambian aquí.',
  keyLocked:
    'Este backend no puede borrar claves: una clave guardada se queda y solo puede cambiar su valor.',
  conflictTitle: 'Otra persona guardó otro valor para una clave que cambiaste',
  discard: 'Descartar cambios',
  saved: 'Metadatos guardados.',
  nothingToSave: 'No hay cambios que guardar.',
  fixIssues: 'Algunos pares necesitan atención antes de guardar.',
  issues: {
    key_empty: 'Escribe una clave.',
    key_too_short: {
      one: 'La clave debe tener al menos {count} carácter.',
      other: 'La clave debe tener al menos {count} caracteres.',
    },
    key_too_long: {
      one: 'La clave puede tener como máximo {count} carácter.',
      other: 'La clave puede tener como máximo {count} caracteres.',
    },
    key_reserved: '«{key}» está reservada. Elige otra clave.',
    key_duplicate: 'La clave «{key}» se usa más de una vez. Las claves deben ser únicas.',
    key_forbidden_character: 'Las claves no pueden contener «{character}». Usa otro carácter, como «_».',
    key_not_deletable:
      'No se puede quitar «{key}»: este backend no puede borrar claves. Cambia su valor en su lugar.',
    too_many_shared_pairs: {
      one: 'Los metadatos de usuario y de la aplicación comparten un mapa de como máximo {count} par; juntos tienen {used}. Quita {excess}.',
      other:
        'Los metadatos de usuario y de la aplicación comparten un mapa de como máximo {count} pares; juntos tienen {used}. Quita {excess}.',
    },
    too_many_bytes: {
      one: 'Los metadatos pueden ocupar como máximo {count} byte; ocupan {size}. Acorta o quita algunos valores.',
      other:
        'Los metadatos pueden ocupar como máximo {count} bytes; ocupan {size}. Acorta o quita algunos valores.',
    },
    value_empty: 'Escribe un valor o quita la fila.',
    value_too_long: {
      one: 'El valor puede tener como máximo {count} carácter.',
      other: 'El valor puede tener como máximo {count} caracteres.',
    },
    too_many_pairs: {
      one: 'Se permite como máximo {count} par; hay {used}. Quita {excess}.',
      other: 'Se permiten como máximo {count} pares; hay {used}. Quita {excess}.',
    },
  },
};
