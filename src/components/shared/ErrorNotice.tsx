import type { ReactNode } from 'react';
import { errorSentence, isRetryableCode, isTeamkitError } from '../../core/errors.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { Button } from './Button.tsx';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  /** The failure; its code picks the message. */
  error: unknown;
  /** Offers a retry button when given, unless the failure is a refusal that would meet the same answer. */
  onRetry?: () => void;
  /** A title above the message. */
  title?: ReactNode;
  /** Details after the message (which fields, what to do), read out with it. */
  children?: ReactNode;
}

/**
 * A failure shown in place, with a message a person can act on and, when it may pass, a retry: never
 * for a refusal such as `permission_denied`, where trying again gets the same answer.
 * Rendered as an alert so it is announced. Part `error-notice`, with `data-code`.
 */
export function ErrorNotice({ error, onRetry, title, children }: ErrorNoticeProps) {
  const messages = useMessages();
  const code = isTeamkitError(error) ? error.code : 'unknown';
  const retryable = isRetryableCode(code);
  return (
    <div data-part="error-notice" data-code={code} role="alert">
      {title ? <p data-part="error-title">{title}</p> : null}
      <p data-part="error-message">{errorSentence(error, messages.common.errors)}</p>
      {children}
      {onRetry && retryable ? (
        <Button variant="secondary" onClick={onRetry}>
          {messages.common.retry}
        </Button>
      ) : null}
    </div>
  );
}
