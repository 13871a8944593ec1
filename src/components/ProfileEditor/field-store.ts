import type { UseFormReturn } from 'react-hook-form';
import type { FormInputValue, ProfileFormValues } from './form-values.ts';

/** One field's value and error as its control shows them: a new object only when either changes. */
export interface FieldSnapshot {
  /** The control's value. */
  value: FormInputValue;
  /** The error shown under the field, or undefined. */
  error: string | undefined;
}

/** What a control calls: stable for the editor's life, whatever the form was reset to since. */
export interface FieldHandlers {
  /** Reports a new value; validates as the form's mode says (after a first blur, or once submitted). */
  onChange: (value: FormInputValue) => void;
  /** Reports that the control lost focus (see `isPressingSubmit` for the one blur that is ignored). */
  onBlur: () => void;
  /** Attach to the focusable element: focus moves there when the field is the first invalid one. */
  ref: (element: HTMLElement | null) => void;
}

/**
 * Every field of one editor over a single subscription to the form, instead of a value watcher, a
 * form-state watcher and registration effects per field (react-hook-form's `useController`): mounting
 * 200 fields then costs 200 map entries, and a keystroke wakes the one field it changed.
 */
export interface FieldStore {
  /** The field's current snapshot (stable while nothing about it changed). */
  snapshot: (name: string) => FieldSnapshot;
  /** Subscribes to one field's snapshot; returns the unsubscriber (stable per name, for useSyncExternalStore). */
  subscriber: (name: string) => (listener: () => void) => () => void;
  /** The field's handlers, the same object on every call. */
  handlers: (name: string) => FieldHandlers;
  /** Moves focus to a field's control; false when it has none on screen. */
  focus: (name: string) => boolean;
  /** Subscribes to a change of any field read so far (for a component that shows many at once). */
  onAnyChange: (listener: () => void) => () => void;
  /** Counts those changes: a snapshot for `onAnyChange`. */
  version: () => number;
}

type Form = UseFormReturn<ProfileFormValues, unknown, unknown>;

/** True when focus has gone to, or the pointer is pressing, a submit button of `form`. */
function isPressingSubmit(form: HTMLFormElement | null): boolean {
  if (typeof document === 'undefined') return false;
  const focused = document.activeElement;
  if (focused instanceof HTMLButtonElement && focused.type === 'submit' && (!form || focused.form === form)) {
    return true;
  }
  // Safari does not focus a button it presses; `:active` says it is being pressed all the same.
  return (form ?? document).querySelector('button[type="submit"]:active') !== null;
}

/** The field store of one form (see FieldStore). Subscribes to the form at once; lives as long as it. */
export function createFieldStore(form: Form): FieldStore {
  const { control } = form;
  const listeners = new Map<string, Set<() => void>>();
  const anyListeners = new Set<() => void>();
  let version = 0;
  const snapshots = new Map<string, FieldSnapshot>();
  const subscribers = new Map<string, (listener: () => void) => () => void>();
  const handlers = new Map<string, FieldHandlers>();
  const elements = new Map<string, HTMLElement>();

  const read = (name: string): FieldSnapshot => ({
    value: form.getValues(name),
    // getFieldState reads the state itself, not the render proxy: no component subscribes by it.
    error: form.getFieldState(name).error?.message,
  });
  const snapshot = (name: string) => {
    let current = snapshots.get(name);
    if (!current) {
      current = read(name);
      snapshots.set(name, current);
    }
    return current;
  };
  /** Re-reads the named fields (every watched one when no name) and wakes those that changed. */
  const refresh = (name: string | undefined) => {
    let changed = false;
    for (const key of name === undefined ? [...snapshots.keys()] : [name]) {
      const before = snapshots.get(key);
      if (!before) continue;
      const after = read(key);
      if (after.value === before.value && after.error === before.error) continue;
      changed = true;
      snapshots.set(key, after);
      for (const listener of listeners.get(key) ?? []) listener();
    }
    if (!changed) return;
    version += 1;
    for (const listener of anyListeners) listener();
  };
  // Subscribed while anything listens (from effects, never during a render).
  let listening = 0;
  let unsubscribe: (() => void) | null = null;
  const listen = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    listening += 1;
    if (!unsubscribe) {
      unsubscribe = form.subscribe({
        formState: { values: true, errors: true },
        // A change names its field; validating the whole form, a reset and server errors may not.
        callback: ({ name }) => refresh(name && snapshots.has(name) ? name : undefined),
      });
      refresh(undefined); // What changed before anything listened.
    }
    return () => {
      if (!set.delete(listener)) return;
      listening -= 1;
      if (listening === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  };

  /**
   * Registers the field (again after a reset, which forgets every field) and points it at its element,
   * so the form can focus it; returns the form's handlers.
   */
  const ensure = (name: string) => {
    const registered = control.register(name);
    const field = (control._fields as Record<string, { _f?: { ref: unknown } } | undefined>)[name]?._f;
    const element = elements.get(name);
    if (field && element) field.ref = { name, focus: () => element.focus() };
    return registered;
  };

  return {
    snapshot,
    subscriber: (name) => {
      let subscribe = subscribers.get(name);
      if (!subscribe) {
        subscribe = (listener) => {
          const set = listeners.get(name) ?? new Set();
          listeners.set(name, set);
          return listen(set, listener);
        };
        subscribers.set(name, subscribe);
      }
      return subscribe;
    },
    handlers: (name) => {
      let bound = handlers.get(name);
      if (bound) return bound;
      bound = {
        onChange: (value) => {
          void ensure(name).onChange({ target: { name, value }, type: 'change' });
        },
        onBlur: () => {
          // Blurring marks the field touched, which may show an error under it; when the blur starts a
          // click on Save, that error would move Save between press and release and the click would
          // never happen. The submit validates every field anyway. Focus has landed after a task.
          setTimeout(() => {
            if (isPressingSubmit(elements.get(name)?.closest('form') ?? null)) return;
            void ensure(name).onBlur({
              target: { name, value: form.getValues(name) },
              type: 'blur',
            });
          }, 0);
        },
        ref: (element) => {
          if (element) elements.set(name, element);
          else elements.delete(name);
        },
      };
      handlers.set(name, bound);
      return bound;
    },
    focus: (name) => {
      const element = elements.get(name);
      element?.focus();
      return element !== undefined;
    },
    onAnyChange: (listener) => listen(anyListeners, listener),
    version: () => version,
  };
}
