'use client';
import {
  cloneElement,
  isValidElement,
  lazy,
  type ReactElement,
  type ReactNode,
  Suspense,
  type SyntheticEvent,
  useEffect,
  useId,
  useMemo,
  useState,
} from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { useControllableState } from '../shared/use-controllable-state.ts';
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

/**
 * What the trigger does for a viewer who may not invite (`permissions.inviteMembers` false): `disable`
 * shows it disabled with the reason beside it, `hide` renders nothing.
 */
export type InviteTriggerWhenNotPermitted = 'hide' | 'disable';

/** Props of InviteMemberDialog.Trigger. */
export interface InviteMemberDialogTriggerProps {
  /** Your own element to open the dialog (rendered as the trigger, Radix `asChild`); the kit's button by default. */
  children?: ReactNode;
  /** Classes for the kit's default button. */
  className?: string;
  /** For a viewer who may not invite: `disable` (the default) shows why, `hide` leaves the trigger out. */
  whenNotPermitted?: InviteTriggerWhenNotPermitted;
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

/**
 * Whether the viewer may invite: `checking` until the viewer is known. A viewer that failed to load
 * counts as permitted: the backend still refuses, and its refusal is shown and never offered again.
 */
function useInvitePermission(): 'permitted' | 'checking' | 'not-permitted' {
  const viewer = useViewer();
  if (viewer.data) return viewer.data.permissions.inviteMembers ? 'permitted' : 'not-permitted';
  return viewer.isError ? 'permitted' : 'checking';
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

/** Calls the element's own handler, then ours unless it called preventDefault (Radix's composeEventHandlers). */
function compose<E extends SyntheticEvent>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
) {
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

/**
 * The button that opens the dialog: the kit's "Invite teammate", or your own element. Part `trigger`.
 * A real button from the first render; hovering or focusing it fetches the dialog ahead, and after a
 * click that beat the download it shows `aria-busy` and `data-state="loading"` until the dialog is up.
 * It follows the viewer's `inviteMembers` permission: while that is unknown it is disabled
 * (`data-permission="checking"`, or absent with `whenNotPermitted="hide"`); for a viewer who may not
 * invite it is disabled with the reason beside it (`data-permission="not-permitted"`, part
 * `invite-trigger-reason`, its accessible description) or left out.
 */
function InviteMemberDialogTrigger({
  children,
  className,
  whenNotPermitted = 'disable',
}: InviteMemberDialogTriggerProps) {
  const { messages, dir } = useTeamkit();
  const shell = useInviteDialogShell();
  const permission = useInvitePermission();
  const reasonId = `${useId()}-reason`;
  if (permission !== 'permitted' && whenNotPermitted === 'hide') return null;
  const permitted = permission === 'permitted';
  const loading = shell.open && !shell.ready;
  const prefetch = () => {
    // A failed prefetch is retried on open, where React reports a failure.
    if (permitted) loadInviteDialogLayer().catch(() => undefined);
  };
  const triggerProps = {
    'aria-haspopup': 'dialog' as const,
    'aria-expanded': shell.open,
    'aria-controls': shell.open && shell.ready ? shell.contentId : undefined,
    'aria-busy': loading || undefined,
    // aria-disabled, not disabled: it stays focusable, so a keyboard or screen-reader user hears why.
    'aria-disabled': permitted ? undefined : true,
    'aria-describedby': permission === 'not-permitted' ? reasonId : undefined,
    'data-state': loading ? 'loading' : shell.open ? 'open' : 'closed',
    'data-permission': permitted ? undefined : permission,
  };
  const open = () => {
    if (permitted) shell.setOpen(!shell.open);
  };
  const reason =
    permission === 'not-permitted' ? (
      <span data-part="invite-trigger-reason" data-teamkit="" dir={dir} id={reasonId}>
        {messages.invite.notPermitted}
      </span>
    ) : null;
  if (isValidElement(children)) {
    // Your own element becomes the trigger (what Radix `asChild` did): its handlers run first.
    const element = children as ReactElement<Record<string, unknown>>;
    const own = element.props as {
      onClick?: (event: SyntheticEvent) => void;
      onPointerEnter?: (event: SyntheticEvent) => void;
      onFocus?: (event: SyntheticEvent) => void;
    };
    return (
      <>
        {cloneElement(element, {
          ...triggerProps,
          onClick: compose(own.onClick, open),
          onPointerEnter: compose(own.onPointerEnter, prefetch),
          onFocus: compose(own.onFocus, prefetch),
        })}
        {reason}
      </>
    );
  }
  return (
    <>
      <Button
        variant="primary"
        data-part="invite-trigger"
        data-teamkit=""
        dir={dir}
        data-trigger="invite"
        className={cx(className)}
        {...triggerProps}
        onClick={open}
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        {children ?? messages.invite.trigger}
      </Button>
      {reason}
    </>
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
