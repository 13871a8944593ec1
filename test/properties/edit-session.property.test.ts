// The edit session, by property: any sequence of events leaves it in a consistent state, and a merge
// under the person's edits never loses one of them nor one of the other side's changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  type EditEvent,
  reduceEditSession,
  type SessionValues,
  startEditSession,
} from '../../src/core/edit-session/edit-session.ts';
import { mergeFields, sameFieldValue } from '../../src/core/edit-session/merge-fields.ts';
import { TeamkitError, type TeamkitErrorCode, validationError } from '../../src/core/errors.ts';
import { canRebasePatch, patchClashes } from '../../src/core/rebase-patch.ts';

const fields = ['a', 'b', 'c'] as const;
const value = fc.oneof(fc.constantFrom('', 'x', 'y'), fc.constant(null), fc.integer({ min: 0, max: 2 }));
const values = fc.record({ a: value, b: value, c: value });
const code = fc.constantFrom<TeamkitErrorCode>('conflict', 'network', 'unavailable', 'permission_denied');

const event: fc.Arbitrary<EditEvent<SessionValues>> = fc.oneof(
  fc.record({ type: fc.constant('edit' as const), field: fc.constantFrom(...fields), value }),
  fc.record({ type: fc.constant('rebase' as const), base: values }),
  fc.constant({ type: 'submit' as const }),
  fc.record({ type: fc.constant('saved' as const), base: values }),
  code.map((c) => ({ type: 'failed' as const, error: new TeamkitError(c) })),
  fc
    .constantFrom(...fields)
    .map((f) => ({ type: 'failed' as const, error: validationError({ [f]: 'Bad.' }) })),
  fc.record({ type: fc.constant('latest' as const), latest: values }),
  fc.constantFrom(
    { type: 'keep-mine' as const },
    { type: 'take-theirs' as const },
    { type: 'discard' as const },
  ),
  fc.record({ type: fc.constant('reset' as const), base: values }),
);

describe('edit session properties', () => {
  it('any sequence of events leaves a consistent session', () => {
    fc.assert(
      fc.property(values, fc.array(event, { maxLength: 25 }), (base, events) => {
        let session = startEditSession<SessionValues>(base);
        for (const next of events) {
          session = reduceEditSession(session, next);
          const dirty = changedFields(session).length > 0;
          if (session.status === 'idle' || session.status === 'saved') expect(dirty).toBe(false);
          if (session.status === 'dirty') expect(dirty).toBe(true);
          expect(session.sending !== null).toBe(session.status === 'saving');
          expect(session.conflict !== null).toBe(session.status === 'conflict');
          if (session.status !== 'error' && session.status !== 'conflict') expect(session.error).toBeNull();
        }
      }),
    );
  });

  it('an edit is never lost by a refetch, a failed save or a save that returns meanwhile', () => {
    fc.assert(
      fc.property(values, fc.array(event, { maxLength: 25 }), value, (base, events, typed) => {
        fc.pre(!sameFieldValue('a', typed, base.a));
        let session = reduceEditSession(startEditSession<SessionValues>(base), {
          type: 'edit',
          field: 'a',
          value: typed,
        });
        for (const next of events) {
          // Only the person's own choices may drop what they typed, and only their own edits change it.
          if (['discard', 'take-theirs', 'reset', 'edit'].includes(next.type)) continue;
          const before = session;
          session = reduceEditSession(session, next);
          // Once saved, the edit is the stored value (perhaps normalised): later refetches may change it.
          if (next.type === 'saved' && before.status === 'saving') break;
          expect(sameFieldValue('a', session.draft.a, before.draft.a)).toBe(true);
          // Someone else saved the very same value: it is no longer an unsaved edit.
          if (sameFieldValue('a', session.draft.a, session.base.a)) break;
        }
      }),
    );
  });

  it('a three-way merge keeps every change of both sides and reports exactly the clashes', () => {
    fc.assert(
      fc.property(values, values, values, (base, draft, theirs) => {
        const merged = mergeFields(base, draft, theirs, sameFieldValue);
        for (const field of fields) {
          const mine = !sameFieldValue(field, draft[field], base[field]);
          const them = !sameFieldValue(field, theirs[field], base[field]);
          expect(merged.draft[field]).toBe(mine ? draft[field] : theirs[field]);
          const clash = mine && them && !sameFieldValue(field, draft[field], theirs[field]);
          expect(merged.clashes.includes(field)).toBe(clash);
        }
      }),
    );
  });

  it('a patch sent again over a newer version clashes exactly where the form’s merge does', () => {
    fc.assert(
      fc.property(values, values, values, (base, draft, theirs) => {
        // The patch a form would send: the fields the person changed.
        const patch = Object.fromEntries(
          fields.filter((f) => !sameFieldValue(f, draft[f], base[f])).map((f) => [f, draft[f]]),
        );
        const merged = mergeFields(base, draft, theirs, sameFieldValue);
        expect(patchClashes(patch, base, theirs).map((clash) => clash.path.join('.'))).toEqual(
          merged.clashes,
        );
        expect(canRebasePatch(patch, base, theirs)).toBe(merged.clashes.length === 0);
      }),
    );
  });
});
