'use client';
import { lazy, type ReactNode, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useControllableState } from '../shared/use-controllable-state.ts';
import {
  InviteMemberDialogTrigger,
  type InviteTriggerWhenNotPermitted,
} from './InviteMemberDialogTrigger.tsx';
import {
  type InviteDialogShell,
  InviteDialogShellContext,
  loadInviteDialogLayer,
  useInviteDialogShell,
} from './invite-dialog-shell.ts';
import type { InviteMemberDialogPart } from './parts.ts';
import type {
  UseInviteMemberDialogOptions,
  UseInviteMemberDialogReturn,
} from './use-invite-member-dialog.ts';

// Only the trigger and the open state load with the page; the dialog (Radix, the form, the draft)
// is a separate module, fetched ahead on the trigger's hover/focus or on first open.
const InviteDialogLayer = lazy(() =>
  loadInviteDialogLayer().then((module) => ({ default: module.InviteDialogLayer })),
);

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
  /** For a viewer who may not invite: `disable` (the default) shows the trigger disabled with why, `hide` leaves it out. */
  whenNotPermitted?: InviteTriggerWhenNotPermitted;
  /** Classes for the dialog panel. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<InviteMemberDialogPart, string>>;
}

/** Shares the open state, the options and whether the dialog layer is ready with the parts. */
function InviteDialogShellProvider({
  open,
  setOpen,
  options,
  value,
  children,
}: Pick<InviteDialogShell, 'open' | 'setOpen' | 'options' | 'value'> & { children: ReactNode }) {
  const contentId = useId();
  const [ready, setReady] = useState(false);
  const { onInvited, concurrency } = options;
  const shell = useMemo<InviteDialogShell>(
    () => ({ open, setOpen, options: { onInvited, concurrency }, value, contentId, ready, setReady }),
    [open, setOpen, onInvited, concurrency, value, contentId, ready],
  );
  return <InviteDialogShellContext.Provider value={shell}>{children}</InviteDialogShellContext.Provider>;
}

/** Puts state from your own `useInviteMemberDialog()` in scope for the dialog's parts. */
function InviteMemberDialogRootProvider({ value, children }: InviteMemberDialogRootProviderProps) {
  return (
    <InviteDialogShellProvider open={value.open} setOpen={value.setOpen} options={{}} value={value}>
      {children}
    </InviteDialogShellProvider>
  );
}

/** Holds the dialog's state (open, draft, results) for the parts inside it; the draft outlives closing. */
function InviteMemberDialogRoot({ children, ...options }: InviteMemberDialogRootProps) {
  // Only the open state lives here; the draft lives in the dialog layer, mounted on first open and kept.
  const [open, setOpen] = useControllableState({
    value: options.open,
    defaultValue: options.defaultOpen ?? false,
    onChange: options.onOpenChange,
  });
  return (
    <InviteDialogShellProvider open={open} setOpen={setOpen} options={options} value={null}>
      {children}
    </InviteDialogShellProvider>
  );
}

/**
 * The dialog itself (portaled, modal): title, description, the form or the results, a progress live
 * region and a close button. Focus goes to the address input on open (or to the results while they
 * show), is trapped inside, and returns to whatever opened it on close.
 * Parts: `dialog-overlay`, `dialog-content` (`data-variant="invite"`, `data-state` open | closed,
 * `data-phase` editing | sending | results), `dialog-title`, `dialog-description`, `invite-form`,
 * `dialog-footer`, `invite-progress`, `dialog-close`; see RecipientField, RoleField and InviteResults.
 * Loaded on first open (nothing renders before), then kept mounted so the draft outlives closing.
 */
function InviteMemberDialogContent(props: InviteMemberDialogContentProps) {
  const { open } = useInviteDialogShell();
  const [opened, setOpened] = useState(open);
  // Adjusting state while rendering (React's pattern for state derived from a prop change).
  if (open && !opened) setOpened(true);
  useEffect(() => {
    // Also when `open` arrives controlled from a host's own button, no click on our trigger.
    if (open) loadInviteDialogLayer().catch(() => undefined);
  }, [open]);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <InviteDialogLayer {...props} />
    </Suspense>
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
  whenNotPermitted,
  className,
  classNames,
  ...options
}: InviteMemberDialogProps) {
  const showTrigger = trigger !== null && (trigger !== undefined || options.open === undefined);
  return (
    <InviteMemberDialogRoot {...options}>
      {showTrigger ? (
        <InviteMemberDialogTrigger
          className={classNames?.['invite-trigger']}
          whenNotPermitted={whenNotPermitted}
        >
          {trigger}
        </InviteMemberDialogTrigger>
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
