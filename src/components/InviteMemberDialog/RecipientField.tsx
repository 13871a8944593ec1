'use client';
import { type KeyboardEvent, type RefObject, useCallback, useId, useRef, useState } from 'react';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Field } from '../shared/Field.tsx';
import { useInviteDialogContext } from './invite-dialog-context.ts';
import { RecipientChip } from './RecipientChip.tsx';
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

  // Stable for the memoized chips; they call the latest handlers, which read the latest list.
  const latest = useRef({ remove, onChipKeyDown });
  latest.current = { remove, onChipKeyDown };
  const onRemove = useCallback(
    (recipient: RecipientView, index: number) => latest.current.remove(recipient, index),
    [],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => latest.current.onChipKeyDown(event, index),
    [],
  );
  const registerButton = useCallback((recipientId: string, element: HTMLButtonElement | null) => {
    if (element) removeButtons.current.set(recipientId, element);
    else removeButtons.current.delete(recipientId);
  }, []);

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
                {recipients.map((recipient, index) => (
                  <RecipientChip
                    key={recipient.id}
                    recipient={recipient}
                    index={index}
                    tabbable={index === tabbable}
                    statusId={`${id}-status-${index}`}
                    registerButton={registerButton}
                    onRemove={onRemove}
                    onKeyDown={onKeyDown}
                    onFocus={setActiveIndex}
                  />
                ))}
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
