'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type RefObject, useId } from 'react';
import { formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { useInviteDialogContext } from './invite-dialog-context.ts';
import { outcomeText } from './invite-text.ts';

/** Props of InviteResults. */
export interface InviteResultsProps {
  /** The heading, focused when sending starts so keyboard users stay in the dialog's flow. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Called after "Edit and send again" / "Invite more", to put focus back in the form. */
  onEdit: () => void;
  /** Classes for the results' root and footer. */
  classNames?: { results?: string; footer?: string };
}

/**
 * What sending did, address by address: waiting, invited, already a member, not valid or failed
 * with its reason. Offers "Retry failed" (only failures that may pass if sent again, never a refusal
 * such as `permission_denied`, with their original idempotency keys), a way back to the form for
 * invalid and failed addresses, and Done.
 * Parts: `invite-results` (`data-state`: sending | done), `invite-summary`, `result-list`, `result`
 * (`data-state`: sending | invited | already_member | invalid | failed), `result-email`,
 * `result-status` (its result's `data-state`), `dialog-footer`.
 */
export function InviteResults({ headingRef, onEdit, classNames = {} }: InviteResultsProps) {
  const dialog = useInviteDialogContext();
  const { messages, locale } = useTeamkit();
  const m = messages.invite.results;
  const headingId = `${useId()}-heading`;
  const { draft, counts, retryable } = dialog;
  const sending = draft.phase === 'sending';
  const unfinished = counts.failed + counts.invalid > 0;
  return (
    <section
      data-part="invite-results"
      data-state={sending ? 'sending' : 'done'}
      aria-labelledby={headingId}
      aria-busy={sending || undefined}
      className={cx(classNames.results)}
    >
      <h3 data-part="invite-results-heading" id={headingId} ref={headingRef} tabIndex={-1}>
        {m.heading}
      </h3>
      <ul data-part="result-list">
        {draft.recipients.map((recipient) => {
          const result = draft.results[recipient.id];
          if (!result) return null;
          const state = result.state === 'sending' ? 'sending' : result.outcome.status;
          return (
            <li key={recipient.id} data-part="result" data-state={state}>
              {/* As in the address box: an address left to right, an invalid entry in its own direction. */}
              <span data-part="result-email" dir={state === 'invalid' ? 'auto' : 'ltr'}>
                {recipient.email}
              </span>
              <span data-part="result-status" data-state={state}>
                {result.state === 'sending' ? m.waiting : outcomeText(result.outcome, messages)}
              </span>
            </li>
          );
        })}
      </ul>
      {sending ? null : (
        <div data-part="dialog-footer" className={cx(classNames.footer)}>
          {retryable.length > 0 ? (
            <Button variant="primary" data-action="retry-failed" onClick={() => void dialog.retryFailed()}>
              {formatPlural(m.retryFailed, retryable.length, locale)}
            </Button>
          ) : null}
          <Button
            variant="secondary"
            data-action="edit"
            onClick={() => {
              dialog.editAgain();
              onEdit();
            }}
          >
            {unfinished ? m.editAgain : m.inviteMore}
          </Button>
          <Dialog.Close asChild>
            <Button variant={retryable.length > 0 ? 'secondary' : 'primary'} data-action="done">
              {m.done}
            </Button>
          </Dialog.Close>
        </div>
      )}
    </section>
  );
}
