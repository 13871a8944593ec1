'use client';
import { useEffect, useRef } from 'react';

/** Options of useUnsavedChangesGuard. */
export interface UnsavedChangesGuardOptions {
  /** Called whenever `dirty` changes (not on mount while clean): hand it to any router's blocker. */
  onDirtyChange?: ((dirty: boolean) => void) | undefined;
  /** Adds a `beforeunload` listener while dirty, so closing or reloading the tab asks first. */
  guardUnload?: boolean | undefined;
}

/**
 * Guards unsaved edits without tying the kit to a router: reports dirtiness through a callback (a host
 * wires it to React Router's `useBlocker`, Next's router events …) and, when asked, lets the browser
 * warn before the page unloads.
 */
export function useUnsavedChangesGuard(
  dirty: boolean,
  { onDirtyChange, guardUnload = false }: UnsavedChangesGuardOptions,
) {
  // The latest callback, so a host passing an inline function does not re-run the effect.
  const callback = useRef(onDirtyChange);
  callback.current = onDirtyChange;
  const reported = useRef(false);

  useEffect(() => {
    if (reported.current === dirty) return;
    reported.current = dirty;
    callback.current?.(dirty);
  }, [dirty]);

  useEffect(() => {
    if (!dirty || !guardUnload) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, guardUnload]);
}
