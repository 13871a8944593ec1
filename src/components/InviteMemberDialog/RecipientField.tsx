'use client';
import { type KeyboardEvent, type RefObject, useId, useRef, useState } from 'react';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Field } from '../shared/Field.tsx';
import { useInviteDialogContext } from './invite-dialog-context.ts';
import { addressProblemText } from './invite-text.ts';
import { useCommitOnBlur } from './use-commit-on-blur.ts';
import type { RecipientView } from './use-invite-member-dialog.ts';

/** Props of RecipientField. */
export interface RecipientFieldProps {
  /** The address input, so the dialog can focus it on open and after a chip is removed. */
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The address box: a chip per address, each showing whether it is valid, already a member or invited,
 * then the input. Typing a comma, semicolon, new line (or a space after an address) makes a chip;
 * pasting a list or a spreadsheet column makes many. Backspace in the empty input removes the last
 * chip. The chips form one tab stop (arrow keys move between their remove buttons, Delete removes),
 * so a hundred addresses never mean a hundred Tab presses.
 * Parts: `recipient-box`, `recipient-list`, `recipient` (`data-state`: checking | new | member |
 * pending | invalid), `recipient-email`, `recipient-name`, `recipient-status` (its recipient's
 * `data-state`), `recipient-remove`, `recipient-input`, `recipient-summary`, `recipient-duplicates`.
 */
export function RecipientField({ inputRef }: RecipientFieldProps) {
  const dialog = useInviteDialogContext();
  const { messages, locale, dir, announce } = useTeamkit();
  const m = messages.invite.recipients;
  const id = useId();
  const summaryId = `${id}-summary`;
  const [activeIndex, setActiveIndex] = useState(-1);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const { recipients, draft, problems } = dialog;
  const commitOnBlur = useCommitOnBlur(dialog.commitPendingText);

  const errors: string[] = [];
  if (draft.attempted && problems.recipients === 'required') errors.push(m.required);
  if (problems.recipients === 'nothing_to_send' && draft.attempted) errors.push(m.nothingToSend);
  if (problems.recipients === 'too_many') {
    const sendable = dialog.sendableCount;
    const max = dialog.limits.maxInvitesPerRequest;
    errors.push(formatPlural(m.tooMany, max, locale, { excess: sendable - max }));
  }

  const remove = (recipient: RecipientView, index: number) => {
    dialog.removeRecipient(recipient.id);
    announce(formatMessage(m.removed, { email: recipient.email }));
    // Focus stays in the list on the neighbour, or returns to the input when the list empties.
    const next = recipients[index + 1] ?? recipients[index - 1];
    if (next) {
      setActiveIndex(index + 1 < recipients.length ? index : index - 1);
      requestAnimationFrame(() => removeButtons.current.get(next.id)?.focus());
    } else {
      setActiveIndex(-1);
      inputRef.current?.focus();
    }
  };

  const onChipKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let target: number | null = null;
    if (event.key === forward || event.key === 'ArrowDown') target = index + 1;
    else if (event.key === backward || event.key === 'ArrowUp') target = index - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = recipients.length - 1;
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const recipient = recipients[index];
      if (recipient) remove(recipient, index);
      return;
    }
    if (target === null) return;
    event.preventDefault();
    if (target >= recipients.length) {
      inputRef.current?.focus();
      return;
    }
    const clamped = Math.max(0, target);
    setActiveIndex(clamped);
    const recipient = recipients[clamped];
    if (recipient) removeButtons.current.get(recipient.id)?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && draft.pendingText.trim() !== '') {
      // Enter finishes the address being typed; with nothing typed it submits the form as usual.
      event.preventDefault();
      dialog.commitPendingText();
    } else if (event.key === 'Backspace' && event.currentTarget.value === '' && recipients.length > 0) {
      event.preventDefault();
      const removed = dialog.removeLastRecipient();
      if (removed) announce(formatMessage(m.removed, { email: removed.email }));
    }
  };

  const counts = {
    invalid: recipients.filter((recipient) => recipient.standing === 'invalid').length,
    existing: recipients.filter(
      (recipient) => recipient.standing === 'member' || recipient.standing === 'pending',
    ).length,
  };
  const summary = [
    recipients.length > 0 ? formatPlural(m.count, recipients.length, locale) : null,
    counts.invalid > 0 ? formatPlural(m.invalidCount, counts.invalid, locale) : null,
    counts.existing > 0 ? formatPlural(m.existingCount, counts.existing, locale) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const tabbable = Math.min(Math.max(activeIndex, 0), recipients.length - 1);

  return (
    <Field label={m.label} description={m.description} errors={errors} required name="recipients">
      {(control) => (
        <>
          <div data-part="recipient-box" data-invalid={control['aria-invalid']}>
            {recipients.length > 0 ? (
              <ul data-part="recipient-list" aria-label={m.listLabel}>
                {recipients.map((recipient, index) => {
                  const statusId = `${id}-status-${index}`;
                  const status = statusText(recipient, messages);
                  return (
                    <li
                      key={recipient.id}
                      data-part="recipient"
                      data-state={recipient.standing}
                      data-invalid={recipient.standing === 'invalid' || undefined}
                    >
                      {/* Isolated from the interface's direction. An address reads left to right; what
                          failed to parse may be anything typed or pasted (Arabic words, say), so it
                          takes the direction of its own letters. */}
                      <span
                        data-part="recipient-email"
                        dir={recipient.standing === 'invalid' ? 'auto' : 'ltr'}
                      >
                        {recipient.email}
                      </span>
                      {recipient.name ? (
                        <span data-part="recipient-name" dir="auto">
                          {recipient.name}
                        </span>
                      ) : null}
                      {status ? (
                        <span data-part="recipient-status" data-state={recipient.standing} id={statusId}>
                          {status}
                        </span>
                      ) : null}
                      <button
                        ref={(element) => {
                          if (element) removeButtons.current.set(recipient.id, element);
                          else removeButtons.current.delete(recipient.id);
                        }}
                        type="button"
                        data-part="recipient-remove"
                        tabIndex={index === tabbable ? 0 : -1}
                        aria-label={formatMessage(m.remove, { email: recipient.email })}
                        aria-describedby={status ? statusId : undefined}
                        onFocus={() => setActiveIndex(index)}
                        onClick={() => remove(recipient, index)}
                        onKeyDown={(event) => onChipKeyDown(event, index)}
                      >
                        <span aria-hidden="true">×</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : null}
            <input
              ref={inputRef}
              {...control}
              aria-describedby={
                [control['aria-describedby'], summary ? summaryId : null].filter(Boolean).join(' ') ||
                undefined
              }
              data-part="recipient-input"
              type="text"
              inputMode="email"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              dir="auto"
              value={draft.pendingText}
              onChange={(event) => dialog.setPendingText(event.target.value)}
              onPaste={(event) => {
                const text = event.clipboardData.getData('text/plain');
                // A single word pastes as usual; a list (or a table) becomes chips at once, keeping its
                // new lines, which a one-line input would otherwise swallow.
                if (!/[\s,;]/.test(text.trim())) return;
                event.preventDefault();
                dialog.addText(text);
              }}
              onKeyDown={onInputKeyDown}
              onBlur={commitOnBlur}
            />
          </div>
          {summary ? (
            <p data-part="recipient-summary" id={summaryId}>
              {summary}
            </p>
          ) : null}
          {/* Always rendered: a live region must exist before its text changes to be announced. */}
          <p data-part="recipient-duplicates" role="status">
            {draft.duplicates.length > 0
              ? formatPlural(m.duplicates, draft.duplicates.length, locale, {
                  emails: draft.duplicates.join(', '),
                })
              : null}
          </p>
        </>
      )}
    </Field>
  );
}

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
