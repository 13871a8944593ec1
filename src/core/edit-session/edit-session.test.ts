import { describe, expect, it } from 'vitest';
import { TeamkitError, validationError } from '../errors.ts';
import {
  changedFields,
  type EditEvent,
  type EditSession,
  type EditStatus,
  reduceEditSession,
  startEditSession,
} from './edit-session.ts';

type Values = { a: number | string; b: number };
const stored: Values = { a: 1, b: 1 };

function run(session: EditSession<Values>, ...events: EditEvent<Values>[]): EditSession<Values> {
  return events.reduce((current, event) => reduceEditSession(current, event), session);
}

/** One session in each state, reached through real events (not built by hand). */
function sessions() {
  const idle = startEditSession(stored);
  const dirty = run(idle, { type: 'edit', field: 'a', value: 2 });
  const saving = run(dirty, { type: 'submit' });
  return {
    idle,
    dirty,
    saving,
    saved: run(saving, { type: 'saved', base: { a: 2, b: 1 } }),
    error: run(saving, { type: 'failed', error: new TeamkitError('network') }),
    errorOnField: run(saving, { type: 'failed', error: validationError({ a: 'Too big.' }) }),
    conflict: run(saving, { type: 'failed', error: new TeamkitError('conflict') }),
    conflictReviewed: run(
      saving,
      { type: 'failed', error: new TeamkitError('conflict') },
      { type: 'latest', latest: { a: 3, b: 4 } },
    ),
  };
}

/** For every state, the status each event leads to. */
const transitions: Record<string, Record<string, EditStatus>> = {
  idle: {
    editOther: 'dirty',
    editBack: 'idle',
    rebaseOther: 'idle',
    rebaseSame: 'idle',
    submit: 'idle',
    saved: 'idle',
    failed: 'idle',
    latest: 'idle',
    keepMine: 'idle',
    takeTheirs: 'idle',
    discard: 'idle',
    reset: 'idle',
  },
  dirty: {
    editOther: 'dirty',
    editBack: 'idle',
    rebaseOther: 'dirty',
    rebaseSame: 'conflict',
    submit: 'saving',
    saved: 'dirty',
    failed: 'dirty',
    latest: 'dirty',
    keepMine: 'dirty',
    takeTheirs: 'dirty',
    discard: 'idle',
    reset: 'idle',
  },
  saving: {
    editOther: 'saving',
    editBack: 'saving',
    rebaseOther: 'saving',
    rebaseSame: 'saving',
    submit: 'saving',
    saved: 'saved',
    failed: 'error',
    latest: 'saving',
    keepMine: 'saving',
    takeTheirs: 'saving',
    discard: 'saving',
    reset: 'idle',
  },
  saved: {
    editOther: 'dirty',
    editBack: 'saved',
    rebaseOther: 'saved',
    rebaseSame: 'saved',
    submit: 'saved',
    saved: 'saved',
    failed: 'saved',
    latest: 'saved',
    keepMine: 'saved',
    takeTheirs: 'saved',
    discard: 'idle',
    reset: 'idle',
  },
  error: {
    editOther: 'error',
    editBack: 'error',
    rebaseOther: 'error',
    rebaseSame: 'conflict',
    submit: 'saving',
    saved: 'error',
    failed: 'error',
    latest: 'error',
    keepMine: 'error',
    takeTheirs: 'error',
    discard: 'idle',
    reset: 'idle',
  },
  errorOnField: {
    editOther: 'error',
    editBack: 'idle',
    rebaseOther: 'error',
    rebaseSame: 'conflict',
    submit: 'saving',
    saved: 'error',
    failed: 'error',
    latest: 'error',
    keepMine: 'error',
    takeTheirs: 'error',
    discard: 'idle',
    reset: 'idle',
  },
  conflict: {
    editOther: 'conflict',
    editBack: 'conflict',
    rebaseOther: 'conflict',
    rebaseSame: 'conflict',
    submit: 'conflict',
    saved: 'conflict',
    failed: 'conflict',
    latest: 'conflict',
    keepMine: 'conflict',
    takeTheirs: 'conflict',
    discard: 'idle',
    reset: 'idle',
  },
  conflictReviewed: {
    editOther: 'conflict',
    editBack: 'conflict',
    rebaseOther: 'conflict',
    rebaseSame: 'conflict',
    submit: 'conflict',
    saved: 'conflict',
    failed: 'conflict',
    latest: 'conflict',
    keepMine: 'dirty',
    takeTheirs: 'idle',
    discard: 'idle',
    reset: 'idle',
  },
};

/** The events of the table, each built against the session it is sent to. */
const events: Record<string, (session: EditSession<Values>) => EditEvent<Values>> = {
  editOther: () => ({ type: 'edit', field: 'b', value: 5 }),
  editBack: (session) => ({ type: 'edit', field: 'a', value: session.base.a }),
  rebaseOther: (session) => ({ type: 'rebase', base: { ...session.base, b: 9 } }),
  rebaseSame: (session) => ({ type: 'rebase', base: { ...session.base, a: 7 } }),
  submit: () => ({ type: 'submit' }),
  saved: () => ({ type: 'saved', base: { a: 2, b: 1 } }),
  failed: () => ({ type: 'failed', error: new TeamkitError('unavailable') }),
  latest: () => ({ type: 'latest', latest: { a: 8, b: 1 } }),
  keepMine: () => ({ type: 'keep-mine' }),
  takeTheirs: () => ({ type: 'take-theirs' }),
  discard: () => ({ type: 'discard' }),
  reset: () => ({ type: 'reset', base: { a: 6, b: 6 } }),
};

describe('edit session: every event from every state', () => {
  const all = sessions();
  for (const [state, row] of Object.entries(transitions)) {
    for (const [event, expected] of Object.entries(row)) {
      it(`${state} + ${event} -> ${expected}`, () => {
        const session = all[state as keyof typeof all];
        const next = reduceEditSession(session, events[event]!(session));
        expect(next.status).toBe(expected);
      });
    }
  }

  it('the table names every state and every event', () => {
    expect(Object.keys(transitions).sort()).toEqual(Object.keys(sessions()).sort());
    for (const row of Object.values(transitions)) {
      expect(Object.keys(row).sort()).toEqual(Object.keys(events).sort());
    }
  });
});

describe('edit session: what each transition keeps', () => {
  it('an edit typed while a save is in flight survives the save', () => {
    const saving = run(startEditSession(stored), { type: 'edit', field: 'a', value: 2 }, { type: 'submit' });
    const typed = run(saving, { type: 'edit', field: 'b', value: 5 });
    const saved = run(typed, { type: 'saved', base: { a: 2, b: 1 } });
    expect(saved.draft).toEqual({ a: 2, b: 5 });
    expect(saved.status).toBe('dirty');
    expect(changedFields(saved)).toEqual(['b']);
  });

  it('a saved value the backend normalised replaces what was sent', () => {
    const saving = run(
      startEditSession(stored),
      { type: 'edit', field: 'a', value: ' 2 ' },
      { type: 'submit' },
    );
    const saved = run(saving, { type: 'saved', base: { a: '2', b: 1 } });
    expect(saved.draft).toEqual({ a: '2', b: 1 });
    expect(saved.status).toBe('saved');
  });

  it('a failed save keeps every typed value and puts field messages on their fields', () => {
    const saving = run(startEditSession(stored), { type: 'edit', field: 'a', value: 2 }, { type: 'submit' });
    const failed = reduceEditSession(
      saving,
      { type: 'failed', error: validationError({ a: 'Too big.', 'metadata.plan': 'Unknown plan.' }) },
      { fieldOfPath: (path) => (path === 'a' || path === 'b' ? path : null) },
    );
    expect(failed.draft).toEqual({ a: 2, b: 1 });
    expect(failed.fieldErrors).toEqual({ a: 'Too big.' });
    expect(failed.unplacedErrors).toEqual([{ path: 'metadata.plan', message: 'Unknown plan.' }]);
    const answered = run(failed, { type: 'edit', field: 'a', value: 3 });
    expect(answered.fieldErrors).toEqual({});
    expect(answered.status).toBe('dirty');
    expect(answered.error).toBeNull();
  });

  it('a refetch under the edits brings the other fields and keeps the typed ones', () => {
    const dirty = run(startEditSession(stored), { type: 'edit', field: 'a', value: 2 });
    const rebased = run(dirty, { type: 'rebase', base: { a: 1, b: 9 } });
    expect(rebased.draft).toEqual({ a: 2, b: 9 });
    expect(rebased.base).toEqual({ a: 1, b: 9 });
    expect(changedFields(rebased)).toEqual(['a']);
  });

  it('another save of the same field is a conflict, never a silent overwrite', () => {
    const dirty = run(startEditSession(stored), { type: 'edit', field: 'a', value: 2 });
    const clashed = run(dirty, { type: 'rebase', base: { a: 7, b: 1 } });
    expect(clashed.status).toBe('conflict');
    expect(clashed.conflict).toEqual({ latest: { a: 7, b: 1 }, fields: ['a'] });
    expect(clashed.draft).toEqual({ a: 2, b: 1 });
    expect(clashed.base).toEqual(stored);
  });

  it('a conflict names the clashing fields once the latest version arrives', () => {
    const conflict = sessions().conflict;
    expect(conflict.conflict).toEqual({ latest: null, fields: [] });
    const reviewed = run(conflict, { type: 'rebase', base: { a: 3, b: 4 } });
    expect(reviewed.conflict).toEqual({ latest: { a: 3, b: 4 }, fields: ['a'] });
    expect(reviewed.draft).toEqual({ a: 2, b: 1 });
  });

  it('keeping mine lays the edits over the latest version, to be saved against it', () => {
    const kept = run(sessions().conflictReviewed, { type: 'keep-mine' });
    expect(kept.base).toEqual({ a: 3, b: 4 });
    expect(kept.draft).toEqual({ a: 2, b: 4 });
    expect(changedFields(kept)).toEqual(['a']);
    expect(run(kept, { type: 'submit' }).status).toBe('saving');
  });

  it('taking theirs drops the edits and shows the latest version', () => {
    const taken = run(sessions().conflictReviewed, { type: 'take-theirs' });
    expect(taken.draft).toEqual({ a: 3, b: 4 });
    expect(taken.conflict).toBeNull();
  });

  it('a conflict error that names a field (a unique value taken) is a field message, not a review', () => {
    const saving = sessions().saving;
    const taken = reduceEditSession(saving, {
      type: 'failed',
      error: new TeamkitError('conflict', 'Taken.', { fieldErrors: { a: 'That ID is taken.' } }),
    });
    expect(taken.status).toBe('error');
    expect(taken.fieldErrors).toEqual({ a: 'That ID is taken.' });
  });

  it('empty, null and missing are one value by default; a custom equality decides otherwise', () => {
    const session = startEditSession<Record<string, unknown>>({ name: null });
    expect(changedFields(reduceEditSession(session, { type: 'edit', field: 'name', value: '' }))).toEqual([]);
    const strict = (_field: string, a: unknown, b: unknown) => a === b;
    const edited = reduceEditSession(session, { type: 'edit', field: 'name', value: '' }, { equals: strict });
    expect(changedFields(edited, strict)).toEqual(['name']);
  });
});
