'use client';
import { useCallback, useRef } from 'react';

/** True when focus has gone to, or the pointer is pressing, a submit button of `form`. */
function isPressingSubmit(form: HTMLFormElement | null): boolean {
  if (typeof document === 'undefined') return false;
  const focused = document.activeElement;
  if (focused instanceof HTMLButtonElement && focused.type === 'submit' && (!form || focused.form === form)) {
    return true;
  }
  // Safari does not focus a button it presses; `:active` says it is being pressed all the same.
  const scope: ParentNode = form ?? document;
  return scope.querySelector('button[type="submit"]:active') !== null;
}

/**
 * The blur handler and element ref a field hands its control. Blurring marks the field touched, which
 * validates it and may show an error under it; when the blur is the start of a click on Save, that
 * error would move Save down between the press and the release, and the click would never happen
 * (focus stayed on Save and nothing was saved or focused). So a blur towards a submit button leaves
 * the field alone: the submit validates every field and moves focus to the first invalid one.
 */
export function useFieldBlur(onBlur: () => void, ref: (element: HTMLElement | null) => void) {
  const element = useRef<HTMLElement | null>(null);
  const latestBlur = useRef(onBlur);
  latestBlur.current = onBlur;
  const inputRef = useCallback(
    (node: HTMLElement | null) => {
      element.current = node;
      ref(node);
    },
    [ref],
  );
  const handleBlur = useCallback(() => {
    // Focus lands on the next element after this blur: look once it has.
    setTimeout(() => {
      const form = element.current?.closest('form') ?? null;
      if (!isPressingSubmit(form)) latestBlur.current();
    }, 0);
  }, []);
  return { onBlur: handleBlur, inputRef };
}
