'use client';
import { useMessages } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { usePart } from './parts.ts';

/** Props of MembersNoResults. */
export interface MembersNoResultsProps {
  /** Clears the search and filters. */
  onClear: () => void;
}

/** Nothing matches the search or filters: say so, and offer to clear them. */
export function MembersNoResults({ onClear }: MembersNoResultsProps) {
  const messages = useMessages();
  const part = usePart('members-no-results');
  return (
    <div {...part}>
      <p data-part="empty-title">{messages.members.noResults.title}</p>
      <p data-part="empty-description">{messages.members.noResults.description}</p>
      <Button variant="secondary" onClick={onClear}>
        {messages.members.filters.clear}
      </Button>
    </div>
  );
}
