'use client';
import type { ReactNode, Ref } from 'react';
import { useMessages } from '../../react/use-teamkit.ts';
import { Button } from './Button.tsx';

/** Props of FormActions: a form's Save and Discard, and what it says beside them. */
export interface FormActionsProps {
  /** A save is in flight: Save is busy and says so, and Discard waits. */
  saving: boolean;
  /** There are unsaved edits: Discard is offered (with `onDiscard`). */
  dirty: boolean;
  /** Save's words while no save runs ("Save", "Save changes"). */
  saveLabel: ReactNode;
  /** Throws the edits away; no Discard without it. */
  onDiscard?: () => void;
  /** Discard's words. */
  discardLabel?: ReactNode;
  /**
   * Marks Save `aria-disabled` (nothing to save): it stays focusable, and the form says why when it is
   * pressed. Forms that always offer Save leave it out.
   */
  saveUnavailable?: boolean;
  /** The Save button, for a form that returns focus to it. */
  saveRef?: Ref<HTMLButtonElement>;
  /** The host's class for `actions`. */
  className?: string;
  /** After the buttons: the form's state in words, or its saved note. */
  children?: ReactNode;
}

/**
 * The footer every editable form shares: Save (the form's submit button, busy while saving) and Discard
 * while there are edits, then the form's own words. Part `actions`.
 */
export function FormActions(props: FormActionsProps) {
  const { saving, dirty } = props;
  const messages = useMessages();
  return (
    <div data-part="actions" className={props.className}>
      <Button
        ref={props.saveRef}
        type="submit"
        variant="primary"
        busy={saving}
        aria-disabled={props.saveUnavailable || undefined}
      >
        {saving ? messages.common.saving : props.saveLabel}
      </Button>
      {dirty && !saving && props.onDiscard ? (
        <Button variant="ghost" onClick={props.onDiscard}>
          {props.discardLabel}
        </Button>
      ) : null}
      {props.children}
    </div>
  );
}
