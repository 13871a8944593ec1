'use client';
import { type FormEvent, useEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { isStaleVersion } from '../../core/edit-session/edit-session.ts';
import { errorSentence } from '../../core/errors.ts';
import type { MetadataPatch } from '../../core/json.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useEditSession } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { FormActions } from '../shared/FormActions.tsx';
import { MetadataConflict } from './MetadataConflict.tsx';
import type { MetadataEditorProps } from './MetadataEditor.tsx';
import { MetadataFields } from './MetadataFields.tsx';
import { metadataFieldErrors } from './metadata-field-errors.ts';
import { withoutReservedKeys } from './metadata-rows.ts';
import {
  metadataEquals,
  metadataOfValues,
  useMetadataInSession,
  valuesOfMetadata,
} from './use-metadata-in-session.ts';

/** Session fields are the keys themselves. */
const noPrefix = '';
/** A server path `metadata.plan` (any bag) names the row of `plan`. */
const sessionOptions = {
  equals: metadataEquals,
  fieldOfPath: (path: string) => (path.includes('.') ? path.slice(path.indexOf('.') + 1) : null),
};

/** The patch for the changed keys: a string sets a key, `null` removes it. */
function patchOf(values: Readonly<Record<string, unknown>>, changed: readonly string[]): MetadataPatch {
  const patch: Record<string, string | null> = {};
  for (const key of changed) {
    const value = values[key];
    patch[key] = typeof value === 'string' ? value : null;
  }
  return patch;
}

/**
 * MetadataEditor controlled by its parent (`value` + `onSave`), on the shared edit session: the
 * stored bag is the session's base, each key a field, and `data-state` the session's status.
 */
export function StandaloneMetadataEditor(props: MetadataEditorProps) {
  const { value, onSave, limits, scope, keyDeletion, label, hideLabel, description } = props;
  const { className, classNames = {} } = props;
  const { messages, dir, announce } = useTeamkit();
  const m = useAreaMessages('metadata', englishMetadata);
  const base = useMemo(() => valuesOfMetadata(withoutReservedKeys(value), noPrefix), [value]);
  const edits = useEditSession(base, sessionOptions);
  const { session } = edits;
  const { status } = session;
  const editor = useMetadataInSession({ limits, scope, keyDeletion }, session, edits.edit, noPrefix);
  // A row begun but not yet a pair (no key) changes no field, yet is something to discard.
  const isDirty = edits.changed.length > 0 || editor.isDirty;
  const saving = status === 'saving';

  // The host's `value` brings what is stored once it has it; until then the sent draft stands for it.
  const write = async (draft: Readonly<Record<string, unknown>>, changed: readonly string[]) => {
    await onSave?.(patchOf(draft, changed));
    return draft as typeof base;
  };
  const report = async (outcome: Awaited<ReturnType<typeof edits.save>>) => {
    if (outcome.status === 'saved') announce(m.saved);
    // Refused because someone saved first: said once the latest bag shows whether anything clashes.
    if (outcome.status !== 'failed' || isStaleVersion(outcome.error)) return;
    // The rows stay as typed; the backend's per-key messages go on their rows.
    editor.setServerErrors(metadataFieldErrors(outcome.error));
    announce(errorSentence(outcome.error, messages.common.errors), 'assertive');
  };

  // After a refusal because someone saved first, the host's `value` brings the latest bag (a refetch):
  // edits that clash with none of its changes go again over it, once per save; a clash opens the review.
  const resent = useRef(false);
  const { conflict } = session;
  // biome-ignore lint/correctness/useExhaustiveDependencies: decided once per latest bag the session gets.
  useEffect(() => {
    if (status !== 'conflict' || !conflict?.latest) return;
    if (conflict.fields.length > 0 || resent.current) {
      announce(m.conflictTitle, 'assertive');
      return;
    }
    resent.current = true;
    void edits.keepMine(write).then(report);
  }, [conflict]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!onSave || saving) return;
    resent.current = false;
    const form = event.currentTarget;
    // Rendered at once so the issues are in the DOM before focus moves to the first one.
    flushSync(() => editor.revealIssues());
    if (!editor.isValid) {
      announce(m.fixIssues, 'assertive');
      form.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
      return;
    }
    if (!isDirty) {
      announce(m.nothingToSave);
      return;
    }
    await report(await edits.save(write));
  };
  const discard = () => {
    edits.discard();
    editor.reset();
  };
  const takeTheirs = () => {
    const latest = session.conflict?.latest;
    edits.takeTheirs();
    editor.reset(latest ? metadataOfValues(latest, noPrefix) : undefined);
  };

  const footer = onSave ? (
    <>
      {status === 'error' ? <ErrorNotice error={session.error} /> : null}
      {status === 'conflict' ? (
        <MetadataConflict
          error={session.error}
          conflict={conflict}
          draft={session.draft}
          onKeepMine={async () => report(await edits.keepMine(write))}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormActions
        saving={saving}
        dirty={isDirty}
        saveLabel={messages.common.save}
        onDiscard={discard}
        discardLabel={m.discard}
        saveUnavailable={!isDirty}
        className={classNames.actions}
      >
        {status === 'saved' ? <p data-part="saved-note">{m.saved}</p> : null}
      </FormActions>
    </>
  ) : null;

  return (
    <form
      data-teamkit=""
      dir={dir}
      data-part="metadata-editor"
      data-state={status}
      className={cx(classNames['metadata-editor'], className)}
      onSubmit={onSubmit}
      noValidate
    >
      <MetadataFields
        editor={editor}
        label={label ?? m.legend}
        hideLabel={hideLabel}
        description={description}
        footer={footer}
        classNames={classNames}
      />
    </form>
  );
}
