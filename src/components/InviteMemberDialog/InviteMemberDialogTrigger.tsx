'use client';
import {
  cloneElement,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type SyntheticEvent,
  useId,
} from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { loadInviteDialogLayer, useInviteDialogShell } from './invite-dialog-shell.ts';

// The trigger loads with the page (the dialog itself does not): it follows the viewer's permission
// and fetches the dialog layer ahead on hover or focus.

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

/**
 * Whether the viewer may invite: `checking` until the viewer is known. A viewer that failed to load
 * counts as permitted: the backend still refuses, and its refusal is shown and never offered again.
 */
function useInvitePermission(): 'permitted' | 'checking' | 'not-permitted' {
  const viewer = useViewer();
  if (viewer.data) return viewer.data.permissions.inviteMembers ? 'permitted' : 'not-permitted';
  return viewer.isError ? 'permitted' : 'checking';
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
export function InviteMemberDialogTrigger({
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
