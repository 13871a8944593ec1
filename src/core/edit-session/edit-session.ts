import type { TeamkitError } from '../errors.ts';
import { type FieldEquality, mergeFields, sameFieldValue } from './merge-fields.ts';
import { type PlacedFieldErrors, placeFieldErrors } from './place-field-errors.ts';

/** The values an edit session holds, by field name. */
export type SessionValues = Readonly<Record<string, unknown>>;

/**
 * Where an edit session stands; each editable component writes it as `data-state` on its root.
 * `idle`: nothing typed. `dirty`: edits not saved. `saving`: a save is in flight. `saved`: the last
 * save went through and nothing was typed since. `error`: the last save failed (the edits are kept).
 * `conflict`: someone else saved the same fields first; the person chooses what wins.
 */
export type EditStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

/** After a conflict: the other version, once fetched, and the fields both sides changed. */
export interface SessionConflict<V extends SessionValues> {
  /** The latest saved values, or null until they arrive (`latest` event). */
  latest: V | null;
  /** Fields the person changed that the latest version also changed to something else. */
  fields: readonly string[];
}

/** The whole state of one form's editing: what it was loaded from, what the person sees, and the outcome. */
export interface EditSession<V extends SessionValues> {
  /** Where the session stands. */
  status: EditStatus;
  /** The saved values the draft is compared with (what a save's patch is computed against). */
  base: V;
  /** What the person sees and types into. */
  draft: V;
  /** While saving: the draft as it was sent (edits typed meanwhile are kept after the save). */
  sending: V | null;
  /** The server's messages that belong to a field the form shows, by field. */
  fieldErrors: Readonly<Record<string, string>>;
  /** The server's messages naming a field the form does not show (said in the failure notice). */
  unplacedErrors: PlacedFieldErrors['unplaced'];
  /** The failed save's error, in `error` and `conflict`. */
  error: TeamkitError | null;
  /** In `conflict`: the other version and the clashing fields; otherwise null. */
  conflict: SessionConflict<V> | null;
}

/** Everything that moves a session from one state to another. */
export type EditEvent<V extends SessionValues> =
  /** The person changed one field. */
  | { type: 'edit'; field: string; value: unknown }
  /** Newer saved values arrived from the backend (a refetch, another tab): merged under the edits. */
  | { type: 'rebase'; base: V }
  /** A save started with the current draft. */
  | { type: 'submit' }
  /** The save went through; `base` is what the backend now holds. */
  | { type: 'saved'; base: V }
  /** The save failed; a `conflict` error opens the conflict review. */
  | { type: 'failed'; error: TeamkitError }
  /** The latest version, fetched for the conflict review. */
  | { type: 'latest'; latest: V }
  /** Conflict resolved by keeping the person's edits on top of the latest version (then saved again). */
  | { type: 'keep-mine' }
  /** Conflict resolved by taking the latest version and dropping the person's edits. */
  | { type: 'take-theirs' }
  /** The person threw the edits away. */
  | { type: 'discard' }
  /** Load afresh from these values (another record, or after an outside reset). */
  | { type: 'reset'; base: V };

/** How a session compares values and finds the field a server error names. */
export interface EditSessionOptions {
  /** Whether two values of a field are the same (structural equality of plain values by default). */
  equals?: FieldEquality;
  /** The field a server error path belongs to, or null when the form does not show it. */
  fieldOfPath?: (path: string) => string | null;
}

/** A fresh session over saved values: nothing typed. */
export function startEditSession<V extends SessionValues>(base: V): EditSession<V> {
  return {
    status: 'idle',
    base,
    draft: base,
    sending: null,
    fieldErrors: {},
    unplacedErrors: [],
    error: null,
    conflict: null,
  };
}

/** The fields whose draft differs from the base: what a save sends. */
export function changedFields<V extends SessionValues>(
  session: EditSession<V>,
  equals: FieldEquality = sameFieldValue,
): string[] {
  // Until the first edit the draft is the base itself: nothing to compare, field by field, per render.
  if (session.draft === session.base) return [];
  const fields = new Set([...Object.keys(session.base), ...Object.keys(session.draft)]);
  return [...fields].filter((field) => !equals(field, session.draft[field], session.base[field]));
}

/** Whether the draft holds edits that are not saved. */
export function isSessionDirty<V extends SessionValues>(
  session: EditSession<V>,
  equals: FieldEquality = sameFieldValue,
): boolean {
  return changedFields(session, equals).length > 0;
}

/** The status a session rests in when nothing is in flight: dirty, or what the last save left. */
function restingStatus<V extends SessionValues>(
  session: EditSession<V>,
  equals: FieldEquality,
  clean: 'idle' | 'saved',
): EditStatus {
  return isSessionDirty(session, equals) ? 'dirty' : clean;
}

const noErrors: Readonly<Record<string, string>> = {};

/**
 * The edit-session state machine, as a pure reducer: `(session, event) -> session`. Every editable
 * form runs on it, so each behaves the same: typed values are never lost (not by a refetch, a failed
 * save, nor a save that returns while the person keeps typing), a conflict is never resolved silently,
 * and the server's field messages land on their fields.
 */
export function reduceEditSession<V extends SessionValues>(
  session: EditSession<V>,
  event: EditEvent<V>,
  options: EditSessionOptions = {},
): EditSession<V> {
  const equals = options.equals ?? sameFieldValue;
  switch (event.type) {
    case 'edit': {
      const draft = { ...session.draft, [event.field]: event.value } as V;
      const { [event.field]: _answered, ...fieldErrors } = session.fieldErrors;
      const next = { ...session, draft, fieldErrors };
      // Saving and a conflict review stay as they are: typing does not end either.
      if (session.status === 'saving' || session.status === 'conflict') return next;
      // A failure that named fields ends when the person has answered every one of them; any other
      // failure stays said until the next save or a discard.
      if (session.status === 'error') {
        const namedFields = Object.keys(session.fieldErrors).length > 0;
        if (!namedFields || Object.keys(fieldErrors).length > 0) return next;
      }
      const clean = session.status === 'saved' ? 'saved' : 'idle';
      return { ...next, status: restingStatus(next, equals, clean), error: null, unplacedErrors: [] };
    }
    case 'rebase': {
      // While a save is in flight, its own answer brings the new base.
      if (session.status === 'saving') return session;
      // In a conflict review the newer version is what the review compares with; the person decides.
      if (session.status === 'conflict') {
        return reduceEditSession(session, { type: 'latest', latest: event.base }, options);
      }
      const merged = mergeFields(session.base, session.draft, event.base, equals);
      if (merged.clashes.length > 0) {
        return {
          ...session,
          status: 'conflict',
          conflict: { latest: event.base, fields: merged.clashes },
        };
      }
      const next = { ...session, base: event.base, draft: merged.draft as V };
      if (session.status === 'error') return next;
      const clean = session.status === 'saved' ? 'saved' : 'idle';
      return { ...next, status: restingStatus(next, equals, clean) };
    }
    case 'submit': {
      // Nothing to send, or a save (or a conflict review) is already under way: nothing starts.
      const idle = !isSessionDirty(session, equals);
      if (idle || session.status === 'saving' || session.status === 'conflict') return session;
      return {
        ...session,
        status: 'saving',
        sending: session.draft,
        fieldErrors: noErrors,
        unplacedErrors: [],
        error: null,
      };
    }
    case 'saved': {
      if (session.status !== 'saving' || !session.sending) return session;
      // Fields typed into while the save was in flight keep what the person typed; the rest show
      // what the backend now holds (it may have normalised a value).
      const sent = session.sending;
      const draft = { ...event.base } as Record<string, unknown>;
      for (const field of Object.keys(session.draft)) {
        if (!equals(field, session.draft[field], sent[field])) draft[field] = session.draft[field];
      }
      const next = { ...session, base: event.base, draft: draft as V, sending: null };
      return { ...next, status: restingStatus(next, equals, 'saved') };
    }
    case 'failed': {
      if (session.status !== 'saving') return session;
      const settled = { ...session, sending: null, error: event.error };
      if (isStaleVersion(event.error)) {
        // The fields that clash are known once the latest version arrives.
        return { ...settled, status: 'conflict', conflict: { latest: null, fields: [] } };
      }
      const placed = placeFieldErrors(event.error, options.fieldOfPath);
      return { ...settled, status: 'error', fieldErrors: placed.placed, unplacedErrors: placed.unplaced };
    }
    case 'latest': {
      if (session.status !== 'conflict') return session;
      const merged = mergeFields(session.base, session.draft, event.latest, equals);
      return { ...session, conflict: { latest: event.latest, fields: merged.clashes } };
    }
    case 'keep-mine': {
      const latest = session.conflict?.latest;
      if (session.status !== 'conflict' || !latest) return session;
      // The person's edits win where both changed a field; what only the other side changed is kept.
      const merged = mergeFields(session.base, session.draft, latest, equals, 'mine');
      const next = { ...session, base: latest, draft: merged.draft as V, conflict: null, error: null };
      return { ...next, status: restingStatus(next, equals, 'idle') };
    }
    case 'take-theirs': {
      const latest = session.conflict?.latest;
      if (session.status !== 'conflict' || !latest) return session;
      return startEditSession(latest);
    }
    case 'discard': {
      if (session.status === 'saving') return session;
      return startEditSession(session.base);
    }
    case 'reset':
      return startEditSession(event.base);
  }
}

/** A refusal because the stored version moved on (someone saved first), not a value refused on a field. */
export function isStaleVersion(error: TeamkitError): boolean {
  return error.code === 'conflict' && Object.keys(error.fieldErrors).length === 0;
}
