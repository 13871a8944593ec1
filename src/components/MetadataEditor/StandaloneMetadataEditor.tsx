'use client';
import { type FormEvent, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { errorSentence } from '../../core/errors.ts';
import type { MetadataPatch } from '../../core/json.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useEditSession } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { ConflictTable } from '../shared/ConflictTable.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
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
    if (outcome.status !== 'failed') return;
    // The rows stay as typed; the backend's per-key messages go on their rows.
    editor.setServerErrors(metadataFieldErrors(outcome.error));
    announce(errorSentence(outcome.error, messages.common.errors), 'assertive');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!onSave || saving) return;
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

  const words = messages.profile.conflict;
  const latest = session.conflict?.latest ?? null;
  const conflict =
    status === 'conflict' && latest ? (
      <>
        <ConflictTable
          part="conflict"
          rows={(session.conflict?.fields ?? []).map((key) => ({
            field: key,
            label: key,
            yours: <bdi>{String(session.draft[key] ?? '')}</bdi>,
            theirs: <bdi>{String(latest[key] ?? '')}</bdi>,
            changedHere: true,
            changedElsewhere: true,
          }))}
        />
        <Button variant="primary" onClick={async () => report(await edits.keepMine(write))}>
          {words.overwrite}
        </Button>
        <Button onClick={takeTheirs}>{words.reload}</Button>
      </>
    ) : null;
  const failed = status === 'error' || status === 'conflict';
  const footer = onSave ? (
    <div data-part="actions" className={classNames.actions}>
      {failed ? <ErrorNotice error={session.error}>{conflict}</ErrorNotice> : null}
      {status === 'saved' ? <p data-part="saved-note">{m.saved}</p> : null}
      <Button type="submit" variant="primary" busy={saving} aria-disabled={!isDirty || undefined}>
        {saving ? messages.common.saving : messages.common.save}
      </Button>
      {isDirty && !saving ? (
        <Button variant="ghost" onClick={discard}>
          {m.discard}
        </Button>
      ) : null}
    </div>
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
