'use client';
import type { ReactNode } from 'react';
import { useMessages } from '../../react/use-teamkit.ts';
import { usePart } from './parts.ts';

/** Props of MembersEmpty. */
export interface MembersEmptyProps {
  /** The host's call to action (an invite button). */
  action?: ReactNode;
}

/** The organization has no members yet: say so, and offer the host's invite action. */
export function MembersEmpty({ action }: MembersEmptyProps) {
  const messages = useMessages();
  const part = usePart('members-empty');
  return (
    <div {...part}>
      <p data-part="empty-title">{messages.members.empty.title}</p>
      <p data-part="empty-description">{messages.members.empty.description}</p>
      {action ? <div data-part="empty-action">{action}</div> : null}
    </div>
  );
}
