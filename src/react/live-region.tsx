'use client';
import { useCallback, useRef, useState } from 'react';

/** A pair of visually hidden live regions and the function that speaks through them. */
export function useLiveRegion() {
  const [messages, setMessages] = useState({ polite: '', assertive: '' });
  const flip = useRef(false);
  const announce = useCallback((message: string, politeness: 'polite' | 'assertive' = 'polite') => {
    // Screen readers ignore a region whose text does not change; a trailing no-break space alternates
    // so the same words ("Saved") are announced again.
    flip.current = !flip.current;
    const text = flip.current ? message : `${message}\u00a0`;
    setMessages((current) => ({ ...current, [politeness]: text }));
  }, []);
  const regions = (
    <div data-part="live-regions">
      <div data-part="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {messages.polite}
      </div>
      <div data-part="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">
        {messages.assertive}
      </div>
    </div>
  );
  return { announce, regions };
}
