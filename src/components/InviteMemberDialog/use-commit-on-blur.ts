'use client';
import { useCallback, useEffect, useRef } from 'react';

const capture = { capture: true } as const;

/**
 * A blur handler that runs `commit` (typed text becomes chips) without moving what the person is
 * clicking. Focus leaves on the press of a button, before its release: a commit then grows the dialog,
 * the button moves away from the pointer and the release misses it, so the click is lost. When a
 * pointer press took focus away, the commit waits for the pointer's release (by then the browser has
 * chosen what was clicked); when Tab did, it runs at once.
 */
export function useCommitOnBlur(commit: () => void): () => void {
  const pressing = useRef(false);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;

  useEffect(() => {
    // Capture on the document: pointerdown reaches it before the press moves focus (and fires blur).
    const down = () => {
      pressing.current = true;
    };
    const up = () => {
      pressing.current = false;
    };
    document.addEventListener('pointerdown', down, capture);
    document.addEventListener('pointerup', up, capture);
    document.addEventListener('pointercancel', up, capture);
    return () => {
      document.removeEventListener('pointerdown', down, capture);
      document.removeEventListener('pointerup', up, capture);
      document.removeEventListener('pointercancel', up, capture);
    };
  }, []);

  return useCallback(() => {
    if (!pressing.current) {
      latestCommit.current();
      return;
    }
    const release = () => {
      document.removeEventListener('pointerup', release, capture);
      document.removeEventListener('pointercancel', release, capture);
      latestCommit.current();
    };
    document.addEventListener('pointerup', release, capture);
    document.addEventListener('pointercancel', release, capture);
  }, []);
}
