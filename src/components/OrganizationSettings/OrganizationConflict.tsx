'use client';
import type { TeamkitError } from '../../core/errors.ts';
import type { PatchClash } from '../../core/rebase-patch.ts';
import { organization as englishOrganization } from '../../i18n/en/organization.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { ConflictReview } from '../shared/ConflictReview.tsx';

/** Props of OrganizationConflict. */
export interface OrganizationConflictProps {
  /** The refusal (`conflict`). */
  error: TeamkitError;
  /** The fields this save and someone else's both changed. */
  clashes: readonly PatchClash[];
  /** Saves the person's edits over the latest version. */
  onKeepMine: () => void;
  /** Drops the person's edits and shows the latest version. */
  onTakeTheirs: () => void;
}

/**
 * Shown when someone else saved the settings first and changed a field this save changes too: each
 * such field with both values, and the two ways out (keep mine, take theirs). Never decided silently.
 * Part `conflict` inside the error notice; rows carry `data-field`.
 */
export function OrganizationConflict({
  error,
  clashes,
  onKeepMine,
  onTakeTheirs,
}: OrganizationConflictProps) {
  const m = useAreaMessages('organization', englishOrganization);
  const label = ([field, key]: readonly string[]) =>
    field === 'displayName'
      ? m.displayNameLabel
      : field === 'externalId'
        ? m.externalIdLabel
        : `${m.metadataLabel}: ${key}`;
  const shown = (value: unknown) => (value === null || value === '' ? m.notSet : String(value));
  return (
    <ConflictReview
      error={error}
      title={m.conflictTitle}
      rows={clashes.map((clash) => ({
        field: clash.path.join('.'),
        label: label(clash.path),
        yours: <bdi>{shown(clash.yours)}</bdi>,
        theirs: <bdi>{shown(clash.theirs)}</bdi>,
        changedHere: true,
        changedElsewhere: true,
      }))}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}
