'use client';
import { useEffect } from 'react';

/**
 * While `active`, a click on a link to another page of the demo asks `question` first and stays when
 * the person says no. The demo routes by hash, so its links are the way out; closing or reloading the
 * tab is the editor's own `guardUnsavedChanges`. Captured before the link's default action.
 */
export function useLeaveGuard(active: boolean, question: string) {
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest('a[href^="#"]');
      if (!link || link.getAttribute('href') === window.location.hash) return;
      if (!window.confirm(question)) event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [active, question]);
}
