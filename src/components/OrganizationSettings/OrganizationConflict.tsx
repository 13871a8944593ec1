'use client';
import type { TeamkitError } from '../../core/errors.ts';
import type { PatchClash } from '../../core/rebase-patch.ts';
import { organization as englishOrganization } from '../../i18n/en/organization.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { ConflictTable } from '../shared/ConflictTable.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';

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
  const { messages } = useTeamkit();
  const m = useAreaMessages('organization', englishOrganization);
  // The table and the ways out read as the profile editor's do.
  const words = messages.profile.conflict;
  const label = ([field, key]: readonly string[]) =>
    field === 'displayName'
      ? m.displayNameLabel
      : field === 'externalId'
        ? m.externalIdLabel
        : `${m.metadataLabel}: ${key}`;
  const shown = (value: unknown) => (value === null || value === '' ? m.notSet : String(value));
  return (
    <ErrorNotice error={error} title={m.conflictTitle}>
      <ConflictTable
        part="conflict"
        rows={clashes.map((clash) => ({
          field: clash.path.join('.'),
          label: label(clash.path),
          yours: <bdi>{shown(clash.yours)}</bdi>,
          theirs: <bdi>{shown(clash.theirs)}</bdi>,
          changedHere: true,
          changedElsewhere: true,
        }))}
      />
      <Button variant="primary" onClick={onKeepMine}>
        {words.overwrite}
      </Button>
      <Button onClick={onTakeTheirs}>{words.reload}</Button>
    </ErrorNotice>
  );
}
