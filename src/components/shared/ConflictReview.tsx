'use client';
import type { ReactNode } from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from './Button.tsx';
import { type ConflictRow, ConflictTable } from './ConflictTable.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

/** Props of ConflictReview. */
export interface ConflictReviewProps {
  /** Why the save did not go through (a `conflict`), said under the title. */
  error: unknown;
  /** What happened, in the form's own words ("Someone else changed these settings first"). */
  title: ReactNode;
  /** Each field both sides changed, with both values. */
  rows: readonly ConflictRow[];
  /** Saves the person's edits over the latest version. */
  onKeepMine: () => void;
  /** Drops the person's edits and shows the latest version. */
  onTakeTheirs: () => void;
}

/**
 * A save that met someone else's change to the same fields, settled by the person and never silently:
 * the notice, the table of both values (part `conflict`), and the two ways out, "Save my edits anyway"
 * and "Reload the latest version". The forms that show it build only their rows.
 */
export function ConflictReview({ error, title, rows, onKeepMine, onTakeTheirs }: ConflictReviewProps) {
  // The table and the ways out read as the profile editor's do.
  const words = useTeamkit().messages.profile.conflict;
  return (
    <ErrorNotice error={error} title={title}>
      <ConflictTable part="conflict" rows={rows} />
      <Button variant="primary" onClick={onKeepMine}>
        {words.overwrite}
      </Button>
      <Button onClick={onTakeTheirs}>{words.reload}</Button>
    </ErrorNotice>
  );
}
