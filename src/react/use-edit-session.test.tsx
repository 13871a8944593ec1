import { act, render, renderHook } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { useEditSession } from './use-edit-session.ts';

type Values = { name: string; team: string };

type Session = ReturnType<typeof useEditSession<Values>>;

/** A form with nothing but the hook; hands each render's result out. */
function Form({ base, onRender }: { base: Values; onRender: (session: Session) => void }) {
  onRender(useEditSession(base));
  return null;
}

/** The hook under a Profiler, counting React's commits of it. */
function renderSession(initial: Values) {
  const commits: string[] = [];
  let latest: Session | null = null;
  const ui = (base: Values) => (
    <Profiler id="form" onRender={(_id, phase) => commits.push(phase)}>
      <Form base={base} onRender={(session) => (latest = session)} />
    </Profiler>
  );
  const view = render(ui(initial));
  return {
    commits,
    session: () => {
      if (!latest) throw new Error('not rendered');
      return latest;
    },
    rebase: (base: Values) => view.rerender(ui(base)),
  };
}

describe('useEditSession', () => {
  it('given a new base, lays it under the edits in the same commit that brings it', () => {
    const form = renderSession({ name: 'Ada', team: 'Core' });
    act(() => form.session().edit('name', 'Ada L.'));
    form.commits.length = 0;

    form.rebase({ name: 'Ada', team: 'Platform' });

    expect(form.commits).toEqual(['update']); // not a second commit from an effect after it
    expect(form.session().session.base).toEqual({ name: 'Ada', team: 'Platform' });
    expect(form.session().session.draft).toEqual({ name: 'Ada L.', team: 'Platform' });
    expect(form.session().changed).toEqual(['name']);
  });

  it('given a base rebuilt with the same values, keeps the session as it is', () => {
    const form = renderSession({ name: 'Ada', team: 'Core' });
    const before = form.session().session;

    form.rebase({ name: 'Ada', team: 'Core' });

    expect(form.session().session).toBe(before);
  });

  it('given the first values after loading, starts from them with nothing changed', () => {
    const form = renderSession({ name: '', team: '' });
    form.commits.length = 0;

    form.rebase({ name: 'Ada', team: 'Core' });

    expect(form.commits).toEqual(['update']);
    expect(form.session().session.status).toBe('idle');
    expect(form.session().changed).toEqual([]);
  });

  it('given a base that changes while saving, leaves it to the save’s answer', async () => {
    const form = renderSession({ name: 'Ada', team: 'Core' });
    act(() => form.session().edit('name', 'Ada L.'));
    let answer: (stored: Values) => void = () => {};
    let saving: Promise<unknown> = Promise.resolve();
    act(() => {
      saving = form.session().save(() => new Promise<Values>((resolve) => (answer = resolve)));
    });
    expect(form.session().session.status).toBe('saving');

    form.rebase({ name: 'Ada L.', team: 'Core' }); // the save's own optimistic value
    expect(form.session().session.base).toEqual({ name: 'Ada', team: 'Core' });

    await act(async () => {
      answer({ name: 'Ada L.', team: 'Core' });
      await saving;
    });
    expect(form.session().session.status).toBe('saved');
    expect(form.session().session.base).toEqual({ name: 'Ada L.', team: 'Core' });
    expect(form.session().changed).toEqual([]);
  });

  it('given new bases one after another, lays each under the edits, and an edit the base now holds is no change', () => {
    const { result, rerender } = renderHook(({ base }: { base: Values }) => useEditSession(base), {
      initialProps: { base: { name: 'Ada', team: 'Core' } },
    });
    act(() => result.current.edit('team', 'Platform'));
    rerender({ base: { name: 'Ada Lovelace', team: 'Core' } });
    expect(result.current.session.draft).toEqual({ name: 'Ada Lovelace', team: 'Platform' });
    rerender({ base: { name: 'Ada Lovelace', team: 'Platform' } });
    expect(result.current.changed).toEqual([]);
  });
});
