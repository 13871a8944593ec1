'use client';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { hugeData } from '../shared/huge-data.ts';
import { JsonValueText } from '../shared/JsonValueText.tsx';
import { metadataIssueText } from './metadata-issue-text.ts';
import { isKeyLocked, isPristine, type MetadataRow, type MetadataRowField } from './metadata-rows.ts';
import type { MetadataEditorPart } from './parts.ts';
import { ShownPairs } from './ShownPairs.tsx';
import type { UseMetadataEditorReturn } from './use-metadata-editor.ts';

/** Props of MetadataFields: the editing rows of a metadata editor whose state lives elsewhere. */
export interface MetadataFieldsProps {
  /** The editor state (from useMetadataEditor). */
  editor: UseMetadataEditorReturn;
  /** The group's legend. */
  label: ReactNode;
  /** Keeps the legend for assistive technology only (when a heading right above already says it). */
  hideLabel?: boolean;
  /** Help under the legend. */
  description?: ReactNode;
  /** Content after the rows (the standalone editor's Save and Discard). */
  footer?: ReactNode;
  /** Classes for parts. */
  classNames?: Partial<Record<MetadataEditorPart, string>>;
}

/** Where focus goes after the next render: a row's input, or the Add button. */
type FocusTarget = { id: string; field: MetadataRowField } | 'add' | null;

/**
 * The rows of a metadata editor: a key and a value input per pair, a remove button, a live count and
 * an Add button that explains why it is unavailable at the limit. Values that are not strings are
 * shown read-only; where the backend cannot delete keys, a stored key is shown as text with no remove
 * button, and a note says why. Adding a row focuses its key; removing one focuses the next row, else Add.
 */
export function MetadataFields(props: MetadataFieldsProps) {
  const { editor, label, hideLabel, description, footer, classNames = {} } = props;
  const { messages, locale } = useTeamkit();
  const m = useAreaMessages('metadata', englishMetadata);
  const id = useId();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === 'add') addButton.current?.focus();
    else inputs.current.get(`${target.id}:${target.field}`)?.focus();
  });

  const { entries, limits, count, atLimit, bagIssues } = editor;
  const number = (value: number) => formatNumber(value, locale);
  const countText = formatPlural(m.count, limits.maxPairs, locale, {
    used: number(count),
    max: number(limits.maxPairs),
  });
  const countId = `${id}-count`;
  const limitId = `${id}-limit`;
  const descriptionId = description ? `${id}-description` : undefined;
  const readOnlyHelpId = `${id}-readonly-help`;
  const keyLockedHelpId = `${id}-key-locked-help`;
  const hasReadOnlyRows = entries.some((row) => !row.editable);
  // From the row itself, not editor.isKeyLocked(id): that looks the row up, and over a huge bag
  // (5,000 stored pairs) a lookup per row was most of a second on the main thread.
  const hasLockedKeys = entries.some((row) => row.editable && isKeyLocked(row, editor.keyDeletion));

  const onAdd = () => {
    const rowId = editor.add();
    if (rowId) pendingFocus.current = { id: rowId, field: 'key' };
  };

  const onRemove = (row: MetadataRow) => {
    const index = entries.indexOf(row);
    const next = entries.slice(index + 1).find((candidate) => candidate.editable);
    pendingFocus.current = next
      ? { id: next.id, field: isKeyLocked(next, editor.keyDeletion) ? 'value' : 'key' }
      : 'add';
    editor.remove(row.id);
  };

  const registerInput = (key: string) => (element: HTMLInputElement | null) => {
    if (element) inputs.current.set(key, element);
    else inputs.current.delete(key);
  };

  const renderErrors = (errorId: string, texts: string[]) =>
    texts.length > 0 ? (
      <ul data-part="error-list" id={errorId}>
        {texts.map((text) => (
          <li key={text} data-part="error">
            {text}
          </li>
        ))}
      </ul>
    ) : null;

  const renderRow = (row: MetadataRow, index: number) => {
    const rowNumber = number(index + 1);
    const trimmedKey = row.key.trim();
    const state = row.origin === null ? 'added' : isPristine(row, editor.baseline) ? 'stored' : 'edited';
    if (!row.editable) {
      return (
        <li key={row.id} data-part="row" data-state={state} data-readonly="" className={classNames.row}>
          <div data-part="cell" data-field="key">
            <span data-part="key-text">{row.key}</span>
          </div>
          <div data-part="cell" data-field="value">
            <JsonValueText value={row.value} />
            <span data-part="readonly-note">{m.readOnlyValue}</span>
          </div>
        </li>
      );
    }
    const keyErrors = editor.visibleIssues(row.id, 'key').map((issue) => metadataIssueText(issue, m, locale));
    const valueErrors = editor
      .visibleIssues(row.id, 'value')
      .map((issue) => metadataIssueText(issue, m, locale));
    const serverError = editor.serverError(row.id);
    if (serverError) valueErrors.push(serverError);
    const keyErrorId = `${row.id}-key-errors`;
    // A stored key on a backend that cannot delete keys: renaming or removing it would delete it.
    const locked = isKeyLocked(row, editor.keyDeletion);
    const valueErrorId = `${row.id}-value-errors`;
    return (
      <li
        key={row.id}
        data-part="row"
        data-state={state}
        data-invalid={keyErrors.length + valueErrors.length > 0 || undefined}
        className={classNames.row}
      >
        {locked ? (
          <div
            data-part="cell"
            data-field="key"
            data-locked=""
            data-invalid={keyErrors.length > 0 || undefined}
          >
            <span data-part="key-text">{row.key}</span>
            {/* A key stored by another system may break this backend's rules; say so, since it cannot change. */}
            {renderErrors(keyErrorId, keyErrors)}
          </div>
        ) : (
          <div data-part="cell" data-field="key" data-invalid={keyErrors.length > 0 || undefined}>
            <input
              ref={registerInput(`${row.id}:key`)}
              data-part="key-input"
              className={classNames['key-input']}
              type="text"
              dir="auto"
              autoComplete="off"
              spellCheck={false}
              value={row.key}
              aria-label={formatMessage(m.keyLabel, { row: rowNumber })}
              aria-invalid={keyErrors.length > 0 || undefined}
              aria-describedby={keyErrors.length > 0 ? keyErrorId : undefined}
              onChange={(event) => editor.update(row.id, { key: event.target.value })}
              onBlur={() => editor.touch(row.id, 'key')}
            />
            {renderErrors(keyErrorId, keyErrors)}
          </div>
        )}
        <div data-part="cell" data-field="value" data-invalid={valueErrors.length > 0 || undefined}>
          <input
            ref={registerInput(`${row.id}:value`)}
            data-part="value-input"
            className={classNames['value-input']}
            type="text"
            dir="auto"
            autoComplete="off"
            value={row.value as string}
            aria-label={
              trimmedKey
                ? formatMessage(m.valueLabel, { key: trimmedKey })
                : formatMessage(m.valueLabelUnnamed, { row: rowNumber })
            }
            aria-invalid={valueErrors.length > 0 || undefined}
            aria-describedby={valueErrors.length > 0 ? valueErrorId : undefined}
            onChange={(event) => editor.update(row.id, { value: event.target.value })}
            onBlur={() => editor.touch(row.id, 'value')}
          />
          {renderErrors(valueErrorId, valueErrors)}
        </div>
        {locked ? null : (
          <Button
            variant="ghost"
            data-part="remove"
            data-action="remove"
            className={classNames.remove}
            aria-label={
              trimmedKey
                ? formatMessage(m.removeLabel, { key: trimmedKey })
                : formatMessage(m.removeLabelUnnamed, { row: rowNumber })
            }
            onClick={() => onRemove(row)}
          >
            {messages.common.remove}
          </Button>
        )}
      </li>
    );
  };

  return (
    <fieldset
      data-part="fieldset"
      aria-describedby={
        [
          descriptionId,
          hasReadOnlyRows ? readOnlyHelpId : undefined,
          hasLockedKeys ? keyLockedHelpId : undefined,
        ]
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend data-part="legend" className={classNames.legend}>
        {hideLabel ? <span data-part="visually-hidden">{label}</span> : label}
      </legend>
      {description ? (
        <p data-part="description" id={descriptionId} className={classNames.description}>
          {description}
        </p>
      ) : null}
      <p data-part="count" id={countId} data-at-limit={atLimit || undefined} className={classNames.count}>
        {countText}
      </p>
      {entries.length === 0 ? (
        <p data-part="empty">{m.empty}</p>
      ) : (
        <>
          <div data-part="columns" aria-hidden="true">
            <span data-part="column">{m.keyColumn}</span>
            <span data-part="column">{m.valueColumn}</span>
          </div>
          <ul data-part="rows" className={classNames.rows}>
            {entries.slice(0, hugeData.shownPairs).map(renderRow)}
          </ul>
          <ShownPairs total={entries.length} />
        </>
      )}
      {hasReadOnlyRows ? (
        <p data-part="readonly-help" id={readOnlyHelpId}>
          {m.readOnlyValueHelp}
        </p>
      ) : null}
      {hasLockedKeys ? (
        <p data-part="key-locked-help" id={keyLockedHelpId}>
          {m.keyLocked}
        </p>
      ) : null}
      {bagIssues.map((issue) => (
        <p key={issue.code} data-part="count-issue" role="alert">
          {metadataIssueText(issue, m, locale)}
        </p>
      ))}
      <div data-part="add-row">
        <Button
          ref={addButton}
          data-part="add"
          data-action="add"
          className={cx(classNames.add)}
          aria-disabled={atLimit || undefined}
          aria-describedby={atLimit ? `${countId} ${limitId}` : countId}
          onClick={onAdd}
        >
          {m.add}
        </Button>
        {atLimit ? (
          <p data-part="limit-reason" id={limitId}>
            {formatPlural(m.atLimit, limits.maxPairs, locale, { max: number(limits.maxPairs) })}
          </p>
        ) : null}
      </div>
      {footer}
    </fieldset>
  );
}
