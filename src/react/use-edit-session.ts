'use client';
import { useCallback, useEffect, useReducer, useRef } from 'react';
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
  // The latest session, for `save` to decide synchronously whether a save starts.
  const sessionRef = useRef(session);
  sessionRef.current = session;

  // Compared by value: a base rebuilt with the same values on a render is no news.
  const seenBase = useRef(base);
  useEffect(() => {
    if (sameValues(seenBase.current, base, optionsRef.current.equals)) return;
    seenBase.current = base;
    dispatch({ type: 'rebase', base });
  }, [base]);

  const save = useCallback(async (write: (draft: V, changed: readonly string[]) => Promise<V>) => {
    const current = sessionRef.current;
    const changed = changedFields(current, optionsRef.current.equals);
    const busy = current.status === 'saving' || current.status === 'conflict';
    if (changed.length === 0 || busy) return { status: 'skipped' } as const;
    // Marked at once, so a second submit in the same tick is skipped too.
    sessionRef.current = { ...current, status: 'saving' };
    dispatch({ type: 'submit' });
    try {
      const stored = await write(current.draft, changed);
      dispatch({ type: 'saved', base: stored });
      return { status: 'saved' } as const;
    } catch (caught) {
      const error = toTeamkitError(caught);
      dispatch({ type: 'failed', error });
      return { status: 'failed', error } as const;
    }
  }, []);

  return {
    session,
    changed: changedFields(session, options.equals),
    edit: useCallback((field, value) => dispatch({ type: 'edit', field, value }), []),
    save,
    discard: useCallback(() => dispatch({ type: 'discard' }), []),
    keepMine: useCallback(
      async (write?: (draft: V, changed: readonly string[]) => Promise<V>) => {
        const event: EditEvent<V> = { type: 'keep-mine' };
        // Applied here too, so the save below sends the merged draft without waiting for a render.
        sessionRef.current = reduceEditSession(sessionRef.current, event, optionsRef.current);
        dispatch(event);
        return write ? save(write) : ({ status: 'skipped' } as const);
      },
      [save],
    ),
    takeTheirs: useCallback(() => dispatch({ type: 'take-theirs' }), []),
  };
}
