'use client';
import { useCallback, useReducer, useRef, useState } from 'react';
import {
  changedFields,
  type EditEvent,
  type EditSession,
  type EditSessionOptions,
  reduceEditSession,
  type SessionValues,
  startEditSession,
} from '../core/edit-session/edit-session.ts';
import { sameValues } from '../core/edit-session/merge-fields.ts';
import { type TeamkitError, toTeamkitError } from '../core/errors.ts';

/** How a save went: stored, failed (with why), or not started (nothing to send, or busy). */
export type SaveOutcome =
  | { status: 'saved' }
  | { status: 'failed'; error: TeamkitError }
  | { status: 'skipped' };

/** What useEditSession returns: the session and the person's ways to move it. */
export interface UseEditSessionResult<V extends SessionValues> {
  /** The whole session: status, base, draft, field errors, conflict. */
  session: EditSession<V>;
  /** The fields whose draft differs from the base: what a save sends. */
  changed: readonly string[];
  /** Changes one field of the draft. */
  edit: (field: keyof V & string, value: unknown) => void;
  /**
   * Saves the draft with `write`, which gets the draft and the changed fields and resolves with what
   * the backend now holds (as values). Skipped when nothing changed or a save or conflict review is open.
   */
  save: (write: (draft: V, changed: readonly string[]) => Promise<V>) => Promise<SaveOutcome>;
  /** Throws the edits away. */
  discard: () => void;
  /**
   * In a conflict: keeps the person's edits over the latest version; with `write`, saves them at once
   * against it (as `save` does).
   */
  keepMine: (write?: (draft: V, changed: readonly string[]) => Promise<V>) => Promise<SaveOutcome>;
  /** In a conflict: takes the latest version and drops the edits. */
  takeTheirs: () => void;
  /**
   * In a conflict: the latest version, fetched for the review; returns the fields both sides changed
   * (none: the edits can go again over it with `keepMine(write)` and lose nobody's change).
   */
  review: (latest: V) => readonly string[];
}

/**
 * One form's edit session (see `src/core/edit-session`) over `base`, the values the backend holds.
 * When `base` changes (a refetch, another tab's save), the change is laid under the person's edits, or
 * opens the conflict review where both changed one field.
 */
export function useEditSession<V extends SessionValues>(
  base: V,
  options: EditSessionOptions = {},
): UseEditSessionResult<V> {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [session, dispatch] = useReducer(
    (current: EditSession<V>, event: EditEvent<V>) => reduceEditSession(current, event, optionsRef.current),
    base,
    startEditSession,
  );
  // The latest session, events included that no render has shown yet: `save`, `review` and `keepMine`
  // decide on it synchronously (a second submit in the same tick is skipped; a review right after a
  // failed save sees the conflict).
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const send = useCallback((event: EditEvent<V>) => {
    sessionRef.current = reduceEditSession(sessionRef.current, event, optionsRef.current);
    dispatch(event);
  }, []);

  // A new base is laid under the edits in the render that brings it (React renders again at once,
  // before committing), not in an effect: an effect committed every form a second time right after its
  // first paint, and after every refetch. Each new base object is looked at once; compared by value
  // with the last one taken, a base rebuilt with the same values is no news.
  const [looked, setLooked] = useState(base);
  const [taken, setTaken] = useState(base);
  if (looked !== base) {
    setLooked(base);
    // While saving, a changed base is the save's own optimistic value or its rollback: not news. The
    // save's answer brings the stored values.
    if (session.status !== 'saving' && !sameValues(taken, base, options.equals)) {
      setTaken(base);
      dispatch({ type: 'rebase', base });
    }
  }

  const save = useCallback(
    async (write: (draft: V, changed: readonly string[]) => Promise<V>) => {
      const current = sessionRef.current;
      const changed = changedFields(current, optionsRef.current.equals);
      const busy = current.status === 'saving' || current.status === 'conflict';
      if (changed.length === 0 || busy) return { status: 'skipped' } as const;
      send({ type: 'submit' });
      try {
        const stored = await write(current.draft, changed);
        send({ type: 'saved', base: stored });
        return { status: 'saved' } as const;
      } catch (caught) {
        const error = toTeamkitError(caught);
        send({ type: 'failed', error });
        return { status: 'failed', error } as const;
      }
    },
    [send],
  );

  return {
    session,
    changed: changedFields(session, options.equals),
    edit: useCallback((field, value) => send({ type: 'edit', field, value }), [send]),
    save,
    discard: useCallback(() => send({ type: 'discard' }), [send]),
    keepMine: useCallback(
      async (write?: (draft: V, changed: readonly string[]) => Promise<V>) => {
        // Applied at once, so the save below sends the merged draft without waiting for a render.
        send({ type: 'keep-mine' });
        return write ? save(write) : ({ status: 'skipped' } as const);
      },
      [send, save],
    ),
    takeTheirs: useCallback(() => send({ type: 'take-theirs' }), [send]),
    review: useCallback(
      (latest: V) => {
        send({ type: 'latest', latest });
        return sessionRef.current.conflict?.fields ?? [];
      },
      [send],
    ),
  };
}
