'use client';
import { type KeyboardEvent, memo } from 'react';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import type { RecipientChipState, RecipientView } from './invite-dialog-types.ts';
import { addressProblemText } from './invite-text.ts';

/** Props of RecipientChip. */
export interface RecipientChipProps {
  /** The address and what is known about it. */
  recipient: RecipientView;
  /** Its place in the list. */
  index: number;
  /** Whether its remove button is the list's one tab stop. */
  tabbable: boolean;
  /** The id of its status text. */
  statusId: string;
  /** Keeps (or forgets, with null) its remove button, so the list can move focus to it. */
  registerButton: (id: string, element: HTMLButtonElement | null) => void;
  /** Its remove button was pressed. */
  onRemove: (recipient: RecipientView, index: number) => void;
  /** A key went down on its remove button (arrows, Home, End, Delete). */
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
  /** Its remove button took focus. */
  onFocus: (index: number) => void;
}

/**
 * One address chip: the address, the name, its status and a remove button. Memoized: with hundreds of
 * pasted addresses, every lookup answer would otherwise render every chip again, and the answers come
 * in a few at a time. Its props must keep their identity while unchanged (RecipientField's handlers
 * are stable, and the views of unchanged recipients are reused).
 */
export const RecipientChip = memo(function RecipientChip(props: RecipientChipProps) {
  const { recipient, index, tabbable, statusId, registerButton, onRemove, onKeyDown, onFocus } = props;
  const { messages } = useTeamkit();
  const status = statusText(recipient, messages);
  const state: RecipientChipState = recipient.standing;
  const invalid = state === 'invalid';
  return (
    <li data-part="recipient" data-state={state} data-invalid={invalid || undefined}>
      {/* Isolated from the interface's direction. An address reads left to right; what failed to
          parse may be anything typed or pasted (Arabic words, say), so it takes the direction of its
          own letters. */}
      <span data-part="recipient-email" dir={invalid ? 'auto' : 'ltr'}>
        {recipient.email}
      </span>
      {recipient.name ? (
        <span data-part="recipient-name" dir="auto">
          {recipient.name}
        </span>
      ) : null}
      {status ? (
        <span data-part="recipient-status" data-state={state} id={statusId}>
          {status}
        </span>
      ) : null}
      <button
        ref={(element) => registerButton(recipient.id, element)}
        type="button"
        data-part="recipient-remove"
        tabIndex={tabbable ? 0 : -1}
        aria-label={formatMessage(messages.invite.recipients.remove, { email: recipient.email })}
        aria-describedby={status ? statusId : undefined}
        onFocus={() => onFocus(index)}
        onClick={() => onRemove(recipient, index)}
        onKeyDown={(event) => onKeyDown(event, index)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});

function statusText(
  recipient: RecipientView,
  messages: ReturnType<typeof useTeamkit>['messages'],
): string | null {
  const m = messages.invite.recipients;
  switch (recipient.standing) {
    case 'invalid':
      return recipient.problem
        ? formatMessage(messages.invite.results.invalid, {
            reason: addressProblemText(recipient.problem, messages),
          })
        : m.invalid;
    case 'member':
      return m.member;
    case 'pending':
      return m.pending;
    case 'checking':
      return m.checking;
    case 'new':
      return null;
  }
}
