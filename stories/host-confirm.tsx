/**
 * A host's own confirmation dialog, as a `before` hook would open it: `ask(question)` shows it and
 * resolves with the person's answer. Built on Radix Dialog (what shadcn's AlertDialog wraps), so it
 * stacks over the kit's own modal dialogs. Shared by the host-hooks stories and their browser test.
 */
import * as Dialog from '@radix-ui/react-dialog';
import { type CSSProperties, type ReactNode, useCallback, useState } from 'react';

// The host's own look, drawn over the kit's dialogs (which sit at --tk-z-overlay).
const overlayStyle: CSSProperties = {
  position: 'fixed',
  inset: 0,
  background: 'rgb(0 0 0 / 0.4)',
  zIndex: 'calc(var(--tk-z-overlay, 1200) + 10)' as unknown as number,
};
const contentStyle: CSSProperties = {
  ...overlayStyle,
  inset: '30% 1rem auto',
  maxWidth: '26rem',
  marginInline: 'auto',
  padding: '1.25rem',
  borderRadius: '0.5rem',
  background: 'Canvas',
  color: 'CanvasText',
};

/** What useHostConfirm returns. */
export interface HostConfirm {
  /** Shows the question; resolves true for "Yes", false for "No" or Escape. */
  ask: (question: string) => Promise<boolean>;
  /** The dialog, to render anywhere in the host's page. */
  dialog: ReactNode;
}

/** The host's confirmation dialog and the function that opens it. */
export function useHostConfirm(yes: string): HostConfirm {
  const [pending, setPending] = useState<{ question: string; answer: (yes: boolean) => void } | null>(null);
  const ask = useCallback(
    (question: string) => new Promise<boolean>((answer) => setPending({ question, answer })),
    [],
  );
  const close = (answer: boolean) => {
    pending?.answer(answer);
    setPending(null);
  };
  const dialog = (
    <Dialog.Root open={pending !== null} onOpenChange={(open) => (open ? undefined : close(false))}>
      <Dialog.Portal>
        <Dialog.Overlay style={overlayStyle} />
        <Dialog.Content role="alertdialog" aria-describedby={undefined} style={contentStyle}>
          <Dialog.Title style={{ fontSize: '1rem', margin: '0 0 1rem' }}>{pending?.question}</Dialog.Title>
          <div style={{ display: 'flex', gap: '0.5rem', justifyContent: 'flex-end' }}>
            <button type="button" onClick={() => close(false)}>
              No
            </button>
            <button type="button" onClick={() => close(true)}>
              {yes}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
  return { ask, dialog };
}
