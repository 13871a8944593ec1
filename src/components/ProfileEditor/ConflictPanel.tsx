'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { ConflictTable } from '../shared/ConflictTable.tsx';
import { cx } from '../shared/class-names.ts';
import { displayValue } from './display-value.ts';
import type { ProfileEditorClassNames } from './profile-editor-types.ts';
import type { ProfileConflict } from './use-profile-editor.ts';

/** Props of ConflictPanel. */
export interface ConflictPanelProps {
  /** The conflict: the latest version and the ways out. */
  conflict: ProfileConflict;
  /** Host class names. */
  classNames: ProfileEditorClassNames | undefined;
}

/**
 * Shown when the profile changed elsewhere since the form was loaded: the person's edits stay in the
 * form, and three ways out are offered: review what differs, reload the latest version (dropping the
 * edits), or save the edits over it. Parts `conflict`, `differences` (rows carry `data-changed-here`
 * and `data-changed-elsewhere`).
 */
export function ConflictPanel({ conflict, classNames }: ConflictPanelProps) {
  const { messages, locale } = useTeamkit();
  const words = messages.profile.conflict;
  const reviewId = useId();
  const [reviewing, setReviewing] = useState(false);
  // The panel loads on the first conflict, after the editor's state changed: it brings itself into view
  // (under Save, where the person looked) unless focus went somewhere on purpose.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === document.body || active?.getAttribute('type') === 'submit') {
      panel.current?.scrollIntoView({ block: 'nearest' });
    }
  }, []);
  const differences = reviewing && conflict.latest ? conflict.differences() : [];
  return (
    <div ref={panel} data-part="conflict" className={cx(classNames?.conflict)}>
      <p data-part="conflict-title">{words.title}</p>
      <p data-part="conflict-description">{words.description}</p>
      {conflict.latest ? (
        <div data-part="conflict-actions">
          <Button
            aria-expanded={reviewing}
            aria-controls={reviewId}
            onClick={() => setReviewing((open) => !open)}
          >
            {reviewing ? words.hideReview : words.review}
          </Button>
          <Button onClick={conflict.reload}>{words.reload}</Button>
          <Button variant="primary" onClick={() => void conflict.overwrite()}>
            {words.overwrite}
          </Button>
        </div>
      ) : (
        <p data-part="conflict-loading">{words.loadingLatest}</p>
      )}
      <div id={reviewId} hidden={!reviewing}>
        {reviewing && conflict.latest ? (
          differences.length === 0 ? (
            <p data-part="differences-empty">{words.noDifferences}</p>
          ) : (
            <ConflictTable
              part="differences"
              className={cx(classNames?.differences)}
              rows={differences.map((difference) => ({
                field: difference.definition.key,
                label: difference.definition.label,
                // Under "Your edit", only what the person changed: the old value would read as theirs.
                yours: difference.changedHere ? (
                  displayValue(difference.definition, difference.yours, messages, locale)
                ) : (
                  <span data-part="not-changed-here">{words.notChangedHere}</span>
                ),
                theirs: displayValue(difference.definition, difference.latest, messages, locale),
                changedHere: difference.changedHere,
                changedElsewhere: difference.changedElsewhere,
              }))}
            />
          )
        ) : null}
      </div>
    </div>
  );
}
