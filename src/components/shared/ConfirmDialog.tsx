'use client';
import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';

// The Radix dialog loads the first time a confirmation opens, not with the page.
const ConfirmDialogLayer = lazy(() =>
  import('./ConfirmDialogLayer.tsx').then((module) => ({ default: module.ConfirmDialogLayer })),
);

/** Props of ConfirmDialog: a yes/no question before an action that cannot be undone. */
export interface ConfirmDialogProps {
  /** Whether the dialog is shown (always controlled: the host decides what is being confirmed). */
  open: boolean;
  /** Called with `false` when the person cancels, presses Escape or the action finishes and the host closes it. */
  onOpenChange: (open: boolean) => void;
  /** The question, as the dialog's accessible name ("Remove Ada Lovelace?"). */
  title: ReactNode;
  /** What will happen, as the dialog's accessible description. */
  description: ReactNode;
  /** The confirm button's text ("Remove member"): a verb, never "OK". */
  confirmLabel: ReactNode;
  /** The cancel button's text; the catalogue's "Cancel" by default. */
  cancelLabel?: ReactNode;
  /** `danger` for destructive actions (the default), `primary` otherwise. */
  tone?: 'danger' | 'primary';
  /** While true the confirm button shows busy and the dialog cannot be dismissed (the request is in flight). */
  busy?: boolean;
  /** Runs the action. The host closes the dialog (via `open`) when it is done, or keeps it open to show an error. */
  onConfirm: () => void;
  /** Extra content under the description (an error notice after a failed attempt, a list of what is affected). */
  children?: ReactNode;
  /** Extra classes for the dialog's content element. */
  className?: string;
}

/**
 * A modal confirmation (WAI-ARIA alertdialog): focus starts on Cancel, so an accidental Enter never
 * destroys anything; Escape cancels; clicking outside does nothing (an alert dialog must be answered);
 * on close, focus returns to the element that had it when the dialog opened, if it still exists.
 * Parts: `dialog-overlay`, `dialog-content` (`data-variant="confirm"`, `data-busy`), `dialog-title`,
 * `dialog-description`, `dialog-footer`; buttons are the shared `button` part.
 * The dialog itself is loaded the first time `open` becomes true, then kept.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [opened, setOpened] = useState(props.open);
  const [wasOpen, setWasOpen] = useState(props.open);
  const opener = useRef<HTMLElement | null>(null);
  // Adjusting state while rendering (React's pattern for state derived from a prop change): on each
  // opening, note what has focus now, before a first open's download gives focus time to wander.
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) {
      setOpened(true);
      const active = typeof document === 'undefined' ? null : document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
  }
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogLayer {...props} opener={opener} />
    </Suspense>
  );
}
