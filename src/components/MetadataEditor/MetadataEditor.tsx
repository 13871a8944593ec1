'use client';
import type { ReactNode } from 'react';
import type { Metadata, MetadataPatch } from '../../core/json.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { MetadataFields } from './MetadataFields.tsx';
import { MetadataList } from './MetadataList.tsx';
import type { MetadataEditorPart } from './parts.ts';
import { StandaloneMetadataEditor } from './StandaloneMetadataEditor.tsx';
import type { MetadataScope, UseMetadataEditorReturn } from './use-metadata-editor.ts';

/**
 * Where a standalone editor stands, as `data-state` on its root: its edit session's status (`conflict`:
 * the stored bag changed a key the person changed too; both values are shown and the person picks).
 */
export type MetadataEditorState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

/** Props of MetadataEditor. */
export interface MetadataEditorProps {
  /** The stored bag (standalone use, with `onSave`; or what `readOnly` shows). */
  value?: Metadata | null;
  /**
   * Saves only the changed keys (a string sets a key, `null` removes it). Reject with a TeamkitError
   * to show the failure; per-key `fieldErrors` (`metadata.<key>`) land on their rows. Reject with
   * `conflict` (someone saved first) and then pass the latest bag as `value` (refetch it): edits that
   * clash with none of its changes are sent again over it, once; otherwise the conflict review opens.
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
