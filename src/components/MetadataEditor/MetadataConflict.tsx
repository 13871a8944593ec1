'use client';
import type { SessionConflict, SessionValues } from '../../core/edit-session/edit-session.ts';
import { TeamkitError } from '../../core/errors.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { ConflictReview } from '../shared/ConflictReview.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';

/** Props of MetadataConflict. */
export interface MetadataConflictProps {
  /** The refused save's error; null when the stored bag changed under the edits with no save. */
  error: TeamkitError | null;
  /** The session's conflict: the latest bag (once the host's `value` brings it) and the clashing keys. */
  conflict: SessionConflict<SessionValues> | null;
  /** What the person has typed, by key. */
  draft: SessionValues;
  /** Saves the person's values over the latest bag. */
  onKeepMine: () => void;
  /** Drops the person's edits and shows the latest bag. */
  onTakeTheirs: () => void;
}

/** Said when the stored bag changed under the edits before any save: the same words as a refusal's. */
const changedElsewhere = new TeamkitError('conflict');

/**
 * Shown when someone else saved another value for a key the person changed: each such key with both
 * values, and the two ways out (keep mine, take theirs). Never decided silently. Until the latest bag
 * arrives, only the refusal is said. Part `conflict` inside the error notice; rows carry `data-field`.
 */
export function MetadataConflict({
  error,
  conflict,
  draft,
  onKeepMine,
  onTakeTheirs,
}: MetadataConflictProps) {
  const m = useAreaMessages('metadata', englishMetadata);
  const latest = conflict?.latest;
  const refusal = error ?? changedElsewhere;
  if (!latest) return <ErrorNotice error={refusal} />;
  return (
    <ConflictReview
      error={refusal}
      title={m.conflictTitle}
      rows={(conflict?.fields ?? []).map((key) => ({
        field: key,
        label: key,
        yours: <bdi>{String(draft[key] ?? '')}</bdi>,
        theirs: <bdi>{String(latest[key] ?? '')}</bdi>,
        changedHere: true,
        changedElsewhere: true,
      }))}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}
