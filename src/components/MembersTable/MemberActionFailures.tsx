'use client';
import { useId } from 'react';
import { useMessages } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import type { MemberActionFailure, UseMemberActionsResult } from './member-action-types.ts';
import { usePart } from './parts.ts';

/** Props of MemberActionFailures. */
export interface MemberActionFailuresProps {
  /** The table's row actions (their failures, retry and dismiss). */
  actions: UseMemberActionsResult;
  /** Called after a notice is retried or dismissed, so focus can go back to the member's row. */
  onHandled: (failure: MemberActionFailure) => void;
}

/**
 * The row actions the backend refused (a role change, a removal …), shown above the rows: what was
 * not done and why, "Try again" where sending it again can work (never for `permission_denied` or
 * another error that would only repeat), and "Dismiss". The live region has announced each already,
 * so the notices themselves are not alerts. Part `action-failures`, each `action-failure` with
 * `data-code`.
 */
export function MemberActionFailures({ actions, onHandled }: MemberActionFailuresProps) {
  const messages = useMessages();
  const idBase = useId();
  const list = usePart('action-failures');
  const notice = usePart('action-failure');
  if (actions.failures.length === 0) return null;
  return (
    <ul {...list}>
      {actions.failures.map((failure) => {
        const messageId = `${idBase}-${failure.id}`;
        return (
          <li key={failure.id} {...notice} data-code={failure.code}>
            <p data-part="action-failure-message" id={messageId}>
              {failure.message}
            </p>
            <span data-part="action-failure-buttons">
              {failure.retryable ? (
                <Button
                  variant="secondary"
                  aria-describedby={messageId}
                  onClick={() => {
                    actions.retry(failure);
                    onHandled(failure);
                  }}
                >
                  {messages.common.retry}
                </Button>
              ) : null}
              <Button
                variant="ghost"
                aria-describedby={messageId}
                onClick={() => {
                  actions.dismiss(failure);
                  onHandled(failure);
                }}
              >
                {messages.members.failure.dismiss}
              </Button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
