'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { AdminFields, NameFields, SendEmailField } from './InviteOptionFields.tsx';
import { InviteResults } from './InviteResults.tsx';
import { InviteDialogContext, useInviteDialogContext } from './invite-dialog-context.ts';
import { summaryText } from './invite-text.ts';
import { RecipientField } from './RecipientField.tsx';
import { RoleField } from './RoleField.tsx';
import {
  type UseInviteMemberDialogOptions,
  type UseInviteMemberDialogReturn,
  useInviteMemberDialog,
} from './use-invite-member-dialog.ts';

/** Parts of InviteMemberDialog a host may give classes to. */
export type InviteMemberDialogPart =
  | 'trigger'
  | 'overlay'
  | 'content'
  | 'form'
  | 'footer'
  | 'results'
  | 'close';

/** Props of InviteMemberDialog.Root: the headless options, and the parts inside it. */
export interface InviteMemberDialogRootProps extends UseInviteMemberDialogOptions {
  /** The trigger and content (InviteMemberDialog.Trigger, InviteMemberDialog.Content). */
  children: ReactNode;
}

/** Props of InviteMemberDialog.RootProvider: state from your own `useInviteMemberDialog()`. */
export interface InviteMemberDialogRootProviderProps {
  /** What `useInviteMemberDialog()` returned, so you can read or drive the dialog from outside. */
  value: UseInviteMemberDialogReturn;
  /** The trigger and content. */
  children: ReactNode;
}

/** Props of InviteMemberDialog.Trigger. */
export interface InviteMemberDialogTriggerProps {
  /** Your own element to open the dialog (rendered as the trigger, Radix `asChild`); the kit's button by default. */
  children?: ReactNode;
  /** Classes for the kit's default button. */
  className?: string;
}

/** Props of InviteMemberDialog.Content. */
export interface InviteMemberDialogContentProps {
  /** Classes for the dialog panel. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<InviteMemberDialogPart, string>>;
}

/** Props of InviteMemberDialog. */
export interface InviteMemberDialogProps extends UseInviteMemberDialogOptions {
  /**
   * What opens the dialog: by default the kit's "Invite teammate" button; pass your own element
   * (it becomes the trigger, Radix `asChild`), or `null` for none, e.g. when a button elsewhere
   * opens it through `open` / `onOpenChange`. When `open` is given and `trigger` is not, no trigger
   * is rendered.
   */
  trigger?: ReactNode;
  /** Classes for the dialog panel. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<InviteMemberDialogPart, string>>;
}

/** Puts state from your own `useInviteMemberDialog()` in scope for the dialog's parts. */
function InviteMemberDialogRootProvider({ value, children }: InviteMemberDialogRootProviderProps) {
  return (
    <InviteDialogContext.Provider value={value}>
      <Dialog.Root open={value.open} onOpenChange={value.setOpen}>
        {children}
      </Dialog.Root>
    </InviteDialogContext.Provider>
  );
}

/** Holds the dialog's state (open, draft, results) for the parts inside it; the draft outlives closing. */
function InviteMemberDialogRoot({ children, ...options }: InviteMemberDialogRootProps) {
  const value = useInviteMemberDialog(options);
  return <InviteMemberDialogRootProvider value={value}>{children}</InviteMemberDialogRootProvider>;
}

/** The button that opens the dialog: the kit's "Invite teammate", or your own element. Part `trigger`. */
function InviteMemberDialogTrigger({ children, className }: InviteMemberDialogTriggerProps) {
  const { messages, dir } = useTeamkit();
  return (
    <Dialog.Trigger asChild>
      {children ?? (
        <Button variant="primary" data-teamkit="" dir={dir} data-trigger="invite" className={cx(className)}>
          {messages.invite.trigger}
        </Button>
      )}
    </Dialog.Trigger>
  );
}

/**
 * The dialog itself (portaled, modal): title, description, the form or the results, a progress live
 * region and a close button. Focus goes to the address input on open (or to the results while they
 * show), is trapped inside, and returns to whatever opened it on close.
 * Parts: `dialog-overlay`, `dialog-content` (`data-variant="invite"`, `data-state` open | closed,
 * `data-phase` editing | sending | results), `dialog-title`, `dialog-description`, `invite-form`,
 * `dialog-footer`, `invite-progress`, `dialog-close`; see RecipientField, RoleField and InviteResults.
 */
function InviteMemberDialogContent({ className, classNames = {} }: InviteMemberDialogContentProps) {
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
      <Dialog.Overlay data-part="dialog-overlay" data-teamkit="" className={cx(classNames.overlay)} />
      <Dialog.Content
        data-part="dialog-content"
        data-variant="invite"
        data-phase={phase}
        data-teamkit=""
        dir={dir}
        className={cx(classNames.content, className)}
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
            className={cx(classNames.form)}
            noValidate
            onSubmit={(event) => void onSubmit(event)}
          >
            <RecipientField inputRef={inputRef} />
            <RoleField />
            <NameFields />
            <SendEmailField />
            <AdminFields />
            <div data-part="dialog-footer" className={cx(classNames.footer)}>
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
            classNames={{ results: classNames.results, footer: classNames.footer }}
          />
        )}
        <Dialog.Close data-part="dialog-close" aria-label={m.close} className={cx(classNames.close)}>
          <span aria-hidden="true">×</span>
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  );
}

/**
 * Invites one or many people to the organization: paste or type addresses (each a chip validated on
 * its own, with existing members and pending invitations flagged), choose a role for all or per
 * person, optionally names (one person), the invitation email, and, for admins, an external ID and
 * metadata. Sending runs four at a time with progress, lists each address's outcome, and "Retry
 * failed" resends only the failures under their original idempotency keys. Nothing typed is lost when
 * a request fails; closing keeps the draft until it was sent successfully.
 * Compound parts: `InviteMemberDialog.Root`, `.RootProvider`, `.Trigger`, `.Content`.
 * @example
 * <InviteMemberDialog onInvited={(outcomes) => console.log(outcomes)} />
 * <InviteMemberDialog open={open} onOpenChange={setOpen} />  // opened by your own button
 */
function InviteMemberDialogComponent({
  trigger,
  className,
  classNames,
  ...options
}: InviteMemberDialogProps) {
  const showTrigger = trigger !== null && (trigger !== undefined || options.open === undefined);
  return (
    <InviteMemberDialogRoot {...options}>
      {showTrigger ? (
        <InviteMemberDialogTrigger className={classNames?.trigger}>{trigger}</InviteMemberDialogTrigger>
      ) : null}
      <InviteMemberDialogContent className={className} classNames={classNames} />
    </InviteMemberDialogRoot>
  );
}

/** The invite dialog, with its compound parts for custom layouts. */
export const InviteMemberDialog = Object.assign(InviteMemberDialogComponent, {
  /** Holds the state; wrap Trigger and Content in it. */
  Root: InviteMemberDialogRoot,
  /** Like Root, with state from your own `useInviteMemberDialog()`. */
  RootProvider: InviteMemberDialogRootProvider,
  /** The opening button (yours via children, or the kit's). */
  Trigger: InviteMemberDialogTrigger,
  /** The dialog panel. */
  Content: InviteMemberDialogContent,
});
