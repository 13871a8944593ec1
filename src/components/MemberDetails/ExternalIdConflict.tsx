'use client';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';

/** Props of ExternalIdConflict. */
export interface ExternalIdConflictProps {
  /** The external ID saved elsewhere, null when it was cleared; undefined while it is fetched. */
  latest: string | null | undefined;
  /** Saves the typed ID over the latest version. */
  onKeepMine: () => void;
  /** Shows the latest version and drops the typed ID. */
  onTakeTheirs: () => void;
}

/**
 * The external ID changed somewhere else after the form was opened: the latest value and the two
 * ways out, so a save never overwrites it silently. Part `conflict`, an alert.
 */
export function ExternalIdConflict({ latest, onKeepMine, onTakeTheirs }: ExternalIdConflictProps) {
  const { messages } = useTeamkit();
  const memberDetailsText = useAreaMessages('memberDetails', englishMemberDetails);
  const m = messages.profile.conflict;
  return (
    <div data-part="conflict" role="alert">
      <p>{messages.common.errors.conflict}</p>
      {latest === undefined ? (
        <p>{m.loadingLatest}</p>
      ) : (
        <p>
          {m.latest}: {latest ? <code dir="ltr">{latest}</code> : memberDetailsText.notSet}
        </p>
      )}
      <div data-part="actions">
        <Button type="button" onClick={onTakeTheirs} aria-disabled={latest === undefined || undefined}>
          {m.reload}
        </Button>
        <Button type="button" onClick={onKeepMine} aria-disabled={latest === undefined || undefined}>
          {m.overwrite}
        </Button>
      </div>
    </div>
  );
}
