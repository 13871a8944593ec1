'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useRef } from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from './Button.tsx';
import { cx } from './class-names.ts';

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
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    onOpenChange,
    title,
    description,
    confirmLabel,
    cancelLabel,
    tone = 'danger',
    busy = false,
  } = props;
  const { messages, dir } = useTeamkit();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // It has no Radix Trigger (the host opens it), so it remembers what had focus to give it back.
  const returnFocus = useRef<HTMLElement | null>(null);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        // Dismissing mid-request would hide the outcome of an action already sent.
        if (!next && busy) return;
        onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay data-part="dialog-overlay" data-teamkit="" />
        <Dialog.Content
          role="alertdialog"
          data-part="dialog-content"
          data-variant="confirm"
          data-teamkit=""
          data-busy={busy || undefined}
          dir={dir}
          aria-busy={busy || undefined}
          className={cx(props.className)}
          onOpenAutoFocus={(event) => {
            // Focus has not moved yet: this is the element that opened the dialog.
            returnFocus.current =
              document.activeElement instanceof HTMLElement ? document.activeElement : null;
            event.preventDefault();
            cancelRef.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            // A removed row's button is gone: then the host decides (Radix leaves focus alone).
            const target = returnFocus.current;
            if (target?.isConnected && target !== document.body) {
              event.preventDefault();
              target.focus();
            }
          }}
          onPointerDownOutside={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title data-part="dialog-title">{title}</Dialog.Title>
          <Dialog.Description data-part="dialog-description">{description}</Dialog.Description>
          {props.children}
          <div data-part="dialog-footer">
            <Dialog.Close asChild>
              <Button ref={cancelRef} variant="secondary" disabled={busy}>
                {cancelLabel ?? messages.common.cancel}
              </Button>
            </Dialog.Close>
            <Button variant={tone} busy={busy} onClick={props.onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
