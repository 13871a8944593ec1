'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type RefObject, useRef } from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from './Button.tsx';
import type { ConfirmDialogProps } from './ConfirmDialog.tsx';
import { cx } from './class-names.ts';

// Loaded lazily by ConfirmDialog the first time it opens: Radix matters only after a click.

/** Props of ConfirmDialogLayer: ConfirmDialog's, plus the element that had focus when it opened. */
export interface ConfirmDialogLayerProps extends ConfirmDialogProps {
  /** Noted by the wrapper when `open` became true; focus goes back there on close. */
  opener: RefObject<HTMLElement | null>;
}

/**
 * A modal confirmation (WAI-ARIA alertdialog): focus starts on Cancel, so an accidental Enter never
 * destroys anything; Escape cancels; clicking outside does nothing (an alert dialog must be answered);
 * on close, focus returns to the element that had it when the dialog opened, if it still exists.
 * Parts: `dialog-overlay`, `dialog-content` (`data-variant="confirm"`, `data-busy`), `dialog-title`,
 * `dialog-description`, `dialog-footer`; buttons are the shared `button` part.
 */
export function ConfirmDialogLayer(props: ConfirmDialogLayerProps) {
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
            // What had focus when `open` became true (the wrapper noted it: the first time, this
            // module was still loading); else focus has not moved yet and it is the active element.
            returnFocus.current =
              props.opener.current ??
              (document.activeElement instanceof HTMLElement ? document.activeElement : null);
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
