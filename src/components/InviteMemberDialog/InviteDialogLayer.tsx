'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useEffect, useRef } from 'react';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import type { InviteMemberDialogContentProps } from './InviteMemberDialog.tsx';
import { AdminFields, NameFields, SendEmailField } from './InviteOptionFields.tsx';
import { InviteResults } from './InviteResults.tsx';
import { InviteDialogContext, useInviteDialogContext } from './invite-dialog-context.ts';
import { type InviteDialogShell, useInviteDialogShell } from './invite-dialog-shell.ts';
import { summaryText } from './invite-text.ts';
import { RecipientField } from './RecipientField.tsx';
import { RoleField } from './RoleField.tsx';
import { type UseInviteMemberDialogReturn, useInviteMemberDialog } from './use-invite-member-dialog.ts';

// Loaded lazily by InviteMemberDialog.Content (see invite-dialog-shell.ts): everything here, Radix
// included, matters only once the dialog opens.

/** Props of InviteDialogPanel: Content's props plus the id the trigger points at. */
interface InviteDialogPanelProps extends InviteMemberDialogContentProps {
  /** The panel's id (the trigger's `aria-controls`). */
  contentId: string;
}

/**
 * The dialog itself (portaled, modal): title, description, the form or the results, a progress live
 * region and a close button. Focus goes to the address input on open (or to the results while they
 * show), is trapped inside, and returns to whatever opened it on close.
 * Parts: `dialog-overlay`, `dialog-content` (`data-variant="invite"`, `data-state` open | closed,
 * `data-phase` editing | sending | results), `dialog-title`, `dialog-description`, `invite-form`,
 * `dialog-footer`, `invite-progress`, `dialog-close`; see RecipientField, RoleField and InviteResults.
 */
function InviteDialogPanel({ className, classNames = {}, contentId }: InviteDialogPanelProps) {
  const dialog = useInviteDialogContext();
  const { messages, locale, dir, announce } = useTeamkit();
  const m = messages.invite;
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const { draft, progress } = dialog;
  const phase = draft.phase;

  // Sending replaces the form: move focus to the results heading so it is not lost on <body>.
  const previousPhase = useRef(phase);
  useEffect(() => {
    const from = previousPhase.current;
    previousPhase.current = phase;
    if (phase === 'sending' && from === 'editing') headingRef.current?.focus();
    const active = typeof document === 'undefined' ? null : document.activeElement;
    if (phase === 'results' && (!active || active === document.body)) headingRef.current?.focus();
  }, [phase]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase !== 'editing') return;
    const form = event.currentTarget;
    const outcomes = await dialog.send();
    if (outcomes === null) {
      announce(m.fixProblems, 'assertive');
      // After the render that marks the problems: focus the first field that has one.
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  };

  const sendableCount = dialog.sendableCount;
  const statusText = progress
    ? formatMessage(m.sending, { done: progress.done, total: progress.total })
    : phase === 'results'
      ? summaryText(dialog.counts, messages, locale)
      : '';

  return (
    <Dialog.Portal>
      <Dialog.Overlay
        data-part="dialog-overlay"
        data-teamkit=""
        className={cx(classNames['dialog-overlay'])}
      />
      <Dialog.Content
        id={contentId}
        data-part="dialog-content"
        data-variant="invite"
        data-phase={phase}
        data-teamkit=""
        dir={dir}
        className={cx(classNames['dialog-content'], className)}
        onOpenAutoFocus={(event) => {
          // Still the element that opened the dialog: focus has not moved yet.
          returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          event.preventDefault();
          if (phase === 'editing') inputRef.current?.focus();
          else headingRef.current?.focus();
        }}
        onCloseAutoFocus={(event) => {
          // Radix returns focus to its own Trigger only; a host's button elsewhere (open/onOpenChange)
          // gets it back too, because it had focus when the dialog opened.
          const target = returnFocus.current;
          if (target?.isConnected && target !== document.body) {
            event.preventDefault();
            target.focus();
          }
        }}
      >
        <Dialog.Title data-part="dialog-title">{m.title}</Dialog.Title>
        <Dialog.Description data-part="dialog-description">{m.description}</Dialog.Description>
        {/* Progress, then the summary. In the dialog, not the provider's live region: a modal hides
            everything outside it from screen readers. Always rendered, so changes are announced. */}
        <p data-part="invite-progress" role="status" data-phase={phase}>
          {statusText}
        </p>
        {progress ? (
          <progress
            data-part="invite-progress-bar"
            value={progress.done}
            max={progress.total}
            aria-hidden="true"
          />
        ) : null}
        {phase === 'editing' ? (
          <form
            data-part="invite-form"
            className={cx(classNames['invite-form'])}
            noValidate
            onSubmit={(event) => void onSubmit(event)}
          >
            <RecipientField inputRef={inputRef} />
            <RoleField />
            <NameFields />
            <SendEmailField />
            <AdminFields />
            <div data-part="dialog-footer" className={cx(classNames['dialog-footer'])}>
              <Dialog.Close asChild>
                <Button variant="secondary">{messages.common.cancel}</Button>
              </Dialog.Close>
              <Button type="submit" variant="primary" data-action="send">
                {formatPlural(m.submit, Math.max(sendableCount, 1), locale)}
              </Button>
            </div>
          </form>
        ) : (
          <InviteResults
            headingRef={headingRef}
            onEdit={() => requestAnimationFrame(() => inputRef.current?.focus())}
            classNames={{ results: classNames['invite-results'], footer: classNames['dialog-footer'] }}
          />
        )}
        <Dialog.Close
          data-part="dialog-close"
          aria-label={m.close}
          className={cx(classNames['dialog-close'])}
        >
          <span aria-hidden="true">×</span>
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  );
}

/** Props of the layers below: Content's props. */
type InviteDialogLayerProps = InviteMemberDialogContentProps;

/** Puts `value` in scope for the panel and mounts Radix's Root; tells the shell it is ready. */
function InviteDialogWithState({
  value,
  shell,
  ...props
}: InviteDialogLayerProps & { value: UseInviteMemberDialogReturn; shell: InviteDialogShell }) {
  const { setReady } = shell;
  useEffect(() => setReady(true), [setReady]);
  return (
    <InviteDialogContext.Provider value={value}>
      <Dialog.Root open={value.open} onOpenChange={value.setOpen}>
        <InviteDialogPanel {...props} contentId={shell.contentId} />
      </Dialog.Root>
    </InviteDialogContext.Provider>
  );
}

/** Keeps the draft: mounted on first open and kept, so closing and reopening keeps what was typed. */
function InviteDialogWithOwnState({
  shell,
  ...props
}: InviteDialogLayerProps & { shell: InviteDialogShell }) {
  const value = useInviteMemberDialog({ ...shell.options, open: shell.open, onOpenChange: shell.setOpen });
  return <InviteDialogWithState {...props} value={value} shell={shell} />;
}

/** The dialog, with state from the host (RootProvider) or its own. */
export function InviteDialogLayer(props: InviteDialogLayerProps) {
  const shell = useInviteDialogShell();
  return shell.value ? (
    <InviteDialogWithState {...props} value={shell.value} shell={shell} />
  ) : (
    <InviteDialogWithOwnState {...props} shell={shell} />
  );
}
