'use client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorSentence } from '../../core/errors.ts';
import type { Metadata, MetadataPatch } from '../../core/json.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { MetadataFields } from './MetadataFields.tsx';
import { MetadataList } from './MetadataList.tsx';
import { metadataFieldErrors } from './metadata-field-errors.ts';
import type { MetadataEditorPart } from './parts.ts';
import {
  type MetadataScope,
  type UseMetadataEditorReturn,
  useMetadataEditor,
} from './use-metadata-editor.ts';

/** Where a standalone editor stands, as `data-state` on its root. */
export type MetadataEditorState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

/** Props of MetadataEditor. */
export interface MetadataEditorProps {
  /** The stored bag (standalone use, with `onSave`; or what `readOnly` shows). */
  value?: Metadata | null;
  /**
   * Saves only the changed keys (a string sets a key, `null` removes it). Reject with a TeamkitError
   * to show the failure; per-key `fieldErrors` (`metadata.<key>`) land on their rows.
   */
  onSave?: (patch: MetadataPatch) => Promise<void>;
  /** State from useMetadataEditor, when the editor is part of a larger form that saves it. */
  editor?: UseMetadataEditorReturn;
  /** The limits in force; by default the adapter's limits for `scope`. */
  limits?: MetadataLimits;
  /** Which bag this is, for the default limits: `user` (default), `membership`, `organization`. */
  scope?: MetadataScope;
  /**
   * Whether stored keys may be removed or renamed; the adapter's `capabilities.metadata.keyDeletion` by
   * default. Where false, a stored key keeps its name and only its value changes.
   */
  keyDeletion?: boolean;
  /** Shows the pairs as text, with no inputs. */
  readOnly?: boolean;
  /** The legend; "Metadata" by default. */
  label?: ReactNode;
  /** Keeps the legend for assistive technology only (when a heading right above already says it). */
  hideLabel?: boolean;
  /** Help under the legend. */
  description?: ReactNode;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<MetadataEditorPart, string>>;
}

/**
 * Adds, edits and removes metadata key/value pairs within a backend's limits and sends only the
 * changed keys. Controlled by its parent (`value` + `onSave`) or, inside a larger form, by a
 * `useMetadataEditor` passed as `editor`. Root part `metadata-editor`, with `data-state`
 * (standalone), `data-readonly`; see MetadataFields for the row parts.
 */
export function MetadataEditor(props: MetadataEditorProps) {
  if (props.readOnly) return <ReadOnlyMetadata {...props} />;
  if (props.editor) return <EmbeddedMetadataEditor {...props} editor={props.editor} />;
  return <StandaloneMetadataEditor {...props} />;
}

function ReadOnlyMetadata({
  value,
  editor,
  label,
  hideLabel,
  description,
  className,
  classNames = {},
}: MetadataEditorProps) {
  const { dir } = useTeamkit();
  const metadataText = useAreaMessages('metadata', englishMetadata);
  return (
    <div
      data-teamkit=""
      dir={dir}
      data-part="metadata-editor"
      data-readonly=""
      className={cx(classNames['metadata-editor'], className)}
    >
      {hideLabel ? null : (
        <p data-part="legend" className={classNames.legend}>
          {label ?? metadataText.legend}
        </p>
      )}
      {description ? (
        <p data-part="description" className={classNames.description}>
          {description}
        </p>
      ) : null}
      <MetadataList value={value ?? editor?.baseline} />
    </div>
  );
}

function EmbeddedMetadataEditor({
  editor,
  label,
  hideLabel,
  description,
  className,
  classNames = {},
}: MetadataEditorProps & { editor: UseMetadataEditorReturn }) {
  const { dir } = useTeamkit();
  const metadataText = useAreaMessages('metadata', englishMetadata);
  return (
    <div
      data-teamkit=""
      dir={dir}
      data-part="metadata-editor"
      data-dirty={editor.isDirty || undefined}
      className={cx(classNames['metadata-editor'], className)}
    >
      <MetadataFields
        editor={editor}
        label={label ?? metadataText.legend}
        hideLabel={hideLabel}
        description={description}
        classNames={classNames}
      />
    </div>
  );
}

function StandaloneMetadataEditor(props: MetadataEditorProps) {
  const {
    value,
    onSave,
    limits,
    scope,
    keyDeletion,
    label,
    hideLabel,
    description,
    className,
    classNames = {},
  } = props;
  const { messages, dir, announce } = useTeamkit();
  const m = useAreaMessages('metadata', englishMetadata);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ status: 'saved' } | { status: 'error'; error: unknown } | null>(
    null,
  );
  const editor = useMetadataEditor({ value, limits, scope, keyDeletion, hold: saving });

  const state: MetadataEditorState = saving
    ? 'saving'
    : outcome?.status === 'error'
      ? 'error'
      : editor.isDirty
        ? 'dirty'
        : outcome?.status === 'saved'
          ? 'saved'
          : 'idle';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!onSave || saving) return;
    // Rendered at once so the issues are in the DOM before focus moves to the first one.
    flushSync(() => editor.revealIssues());
    if (!editor.isValid) {
      announce(m.fixIssues, 'assertive');
      focusFirstInvalid(event.currentTarget);
      return;
    }
    if (!editor.isDirty) {
      announce(m.nothingToSave);
      return;
    }
    setSaving(true);
    setOutcome(null);
    try {
      await onSave(editor.patch);
      setOutcome({ status: 'saved' });
      announce(m.saved);
    } catch (error) {
      // The rows stay as typed; the backend's per-key messages go on their rows.
      editor.setServerErrors(metadataFieldErrors(error));
      setOutcome({ status: 'error', error });
      announce(errorSentence(error, messages.common.errors), 'assertive');
    } finally {
      setSaving(false);
    }
  };

  const footer = onSave ? (
    <div data-part="actions" className={classNames.actions}>
      {outcome?.status === 'error' ? <ErrorNotice error={outcome.error} /> : null}
      {state === 'saved' ? <p data-part="saved-note">{m.saved}</p> : null}
      <Button type="submit" variant="primary" busy={saving} aria-disabled={!editor.isDirty || undefined}>
        {saving ? messages.common.saving : messages.common.save}
      </Button>
      {editor.isDirty && !saving ? (
        <Button
          variant="ghost"
          onClick={() => {
            editor.reset();
            setOutcome(null);
          }}
        >
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
      data-state={state}
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

/** Moves focus to the first input marked invalid, so keyboard users land on what to fix. */
function focusFirstInvalid(root: HTMLElement) {
  root.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
}
