/** The lookup's parts a host may give classes to through `classNames`, by their `data-part` names. */
export type ExternalIdLookupPart =
  /** The root (`data-state`, `data-kind`: organization or user). */
  | 'external-id-lookup'
  /** The ID box (the shared field). */
  | 'field'
  /** What was found (`data-kind`). */
  | 'result'
  /** Says nothing has that ID. */
  | 'not-found';

/** The lookup's other parts: styleable by `data-part`, with no class of their own. */
export type ExternalIdLookupInnerPart =
  /** The search landmark around the box and its button. */
  | 'search'
  /** The box and the Search button on one line. */
  | 'search-row'
  /** The ID input. */
  | 'input'
  /** Where the answer shows (announced). */
  | 'outcome'
  /** Shown while the lookup runs. */
  | 'searching'
  /** The not-found heading. */
  | 'not-found-title'
  /** What to check when nothing was found. */
  | 'not-found-hint'
  /** The result's name. */
  | 'result-title'
  /** The result's IDs and metadata summary. */
  | 'result-fields'
  /** One name and value in the result. */
  | 'item';

/**
 * Where a lookup stands, as `data-state` on the root: `idle` (nothing asked yet), `searching`,
 * `found`, `not-found` (a normal answer), `error` (the lookup failed; retry offered).
 */
export type ExternalIdLookupState = 'idle' | 'searching' | 'found' | 'not-found' | 'error';
