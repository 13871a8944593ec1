'use client';
import { useState } from 'react';
import { type User, userToJson } from '../../core/user.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';

/** Props of RawJsonViewer. */
export interface RawJsonViewerProps {
  /** The user to show. */
  user: User;
  /** Class name of the `raw-json` part. */
  className?: string | undefined;
}

/** The user as indented JSON text; a value JSON cannot hold (a cycle, a bigint) yields its message. */
function jsonText(user: User): string {
  try {
    return JSON.stringify(userToJson(user), null, 2);
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
}

/**
 * The user's raw JSON, as Auth0's dashboard shows it: a collapsed `<details>`, read-only, rendered as
 * text (never HTML). The text is built only once opened. The block is focusable so a keyboard user can
 * scroll it. Part `raw-json`.
 */
export function RawJsonViewer({ user, className }: RawJsonViewerProps) {
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <details
      data-part="raw-json"
      className={cx(className)}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{messages.profile.rawJson.summary}</summary>
      {open ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section tabIndex={0} aria-label={messages.profile.rawJson.label} data-part="raw-json-content">
          <pre dir="ltr">{jsonText(user)}</pre>
        </section>
      ) : null}
    </details>
  );
}
