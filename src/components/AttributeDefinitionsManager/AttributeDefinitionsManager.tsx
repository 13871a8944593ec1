'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { groupDefinitions } from '../../core/attribute-definition.ts';
import type { ManagedAttributeDefinition } from '../../core/managed-definition.ts';
import { type MoveDirection, moveDefinition } from '../../core/move-definition.ts';
import { type DefinitionsManagerText, definitionsManagerText } from '../../i18n/definitions-manager-text.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { DefinitionForm } from './DefinitionForm.tsx';
import { DefinitionRow } from './DefinitionRow.tsx';
import { changeFrom, type DefinitionDraft, newDefinitionFrom } from './definition-draft.ts';
import type { AttributeDefinitionsManagerPart } from './parts.ts';
import { useAttributeDefinitionsManager } from './use-attribute-definitions-manager.ts';

/** Props of AttributeDefinitionsManager. */
export interface AttributeDefinitionsManagerProps {
  /** Replaces single words of the manager (its catalogue is picked by the provider's locale). */
  text?: Partial<DefinitionsManagerText>;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<AttributeDefinitionsManagerPart, string>>;
}

type Editing = { mode: 'create' } | { mode: 'edit'; key: string } | null;

/**
 * An administrator's list of the profile fields, standard and custom, with where each comes from:
 * add a custom attribute, edit, reorder (move up / down, by keyboard), disable or enable one. Works
 * where the backend declares `manageDefinitions`; elsewhere it explains that fields are managed in
 * the identity platform. Root part `definitions-manager`, `data-state` as `DefinitionsManagerStatus`.
 */
export function AttributeDefinitionsManager(props: AttributeDefinitionsManagerProps) {
  const { className, classNames = {} } = props;
  const { locale, dir, announce, messages } = useTeamkit();
  const titleId = useId();
  const text = useMemo(() => ({ ...definitionsManagerText(locale), ...props.text }), [locale, props.text]);
  const manager = useAttributeDefinitionsManager();
  const [editing, setEditing] = useState<Editing>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const { definitions, status } = manager;

  // After a move or a closed form, focus returns where the person was (the row moved under them).
  useEffect(() => {
    if (!focusAfter) return;
    rootRef.current?.querySelector<HTMLElement>(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const takenKeys = definitions.map((definition) => definition.key);
  const groups = [
    ...new Set(definitions.map((definition) => definition.group).filter((g): g is string => !!g)),
  ];
  const edited = editing?.mode === 'edit' ? definitions.find((d) => d.key === editing.key) : undefined;

  const save = async (draft: DefinitionDraft) => {
    if (edited) {
      const updated = await manager.update(edited.key, changeFrom(edited, draft));
      announce(formatMessage(text.updated, { label: updated.label }));
      setFocusAfter(`[data-key="${CSS.escape(updated.key)}"] button`);
    } else {
      const created = await manager.create(newDefinitionFrom(draft));
      announce(formatMessage(text.created, { label: created.label }));
      setFocusAfter(`[data-key="${CSS.escape(created.key)}"] button`);
    }
    setEditing(null);
  };
  const move = async (definition: ManagedAttributeDefinition, direction: MoveDirection) => {
    await manager.move(definition.key, direction);
    announce(formatMessage(text.moved, { label: definition.label }));
    setFocusAfter(`[data-key="${CSS.escape(definition.key)}"] [data-move="${direction}"]`);
  };
  const toggle = async (definition: ManagedAttributeDefinition) => {
    const next = await manager.setEnabled(definition.key, !definition.enabled);
    announce(formatMessage(next.enabled ? text.enabledDone : text.disabledDone, { label: next.label }));
    setFocusAfter(`[data-key="${CSS.escape(next.key)}"] [data-part="definition-actions"] button:last-child`);
  };
  const [actionError, setActionError] = useState<unknown>(null);
  const run = (action: () => Promise<void>) => {
    setActionError(null);
    action().catch(setActionError);
  };

  return (
    <section
      ref={rootRef}
      data-teamkit=""
      dir={dir}
      data-part="definitions-manager"
      data-state={status}
      aria-labelledby={titleId}
      className={cx(classNames['definitions-manager'], className)}
    >
      <h2 id={titleId} data-part="title" className={classNames.title}>
        {text.title}
      </h2>
      {status === 'unsupported' ? <p data-part="notice">{text.notSupported}</p> : null}
      {status === 'forbidden' ? <p data-part="notice">{text.notPermitted}</p> : null}
      {status === 'loading' ? (
        <p data-part="loading" role="status">
          {messages.common.loading}
        </p>
      ) : null}
      {status === 'error' ? <ErrorNotice error={manager.error} onRetry={manager.refetch} /> : null}
      {status === 'ready' ? (
        <>
          <p data-part="intro">{text.intro}</p>
          {actionError ? <ErrorNotice error={actionError} /> : null}
          {/* Groups are not landmarks: ProfileEditor beside the manager names its sections by them. */}
          {groupDefinitions(definitions).map((group) => (
            <div key={group.group ?? ''} data-part="group" className={classNames.group}>
              <h3 id={`${titleId}-group-${group.group ?? ''}`} data-part="group-title">
                {group.label ?? text.ungrouped}
              </h3>
              <ol data-part="definition-list" aria-labelledby={`${titleId}-group-${group.group ?? ''}`}>
                {(group.definitions as ManagedAttributeDefinition[]).map((definition) =>
                  edited?.key === definition.key ? (
                    <li key={definition.key} data-part="definition" data-key={definition.key} data-editing="">
                      <DefinitionForm
                        definition={definition}
                        takenKeys={takenKeys}
                        groups={groups}
                        text={text}
                        onSubmit={save}
                        onCancel={() => {
                          setEditing(null);
                          setFocusAfter(`[data-key="${CSS.escape(definition.key)}"] button`);
                        }}
                        className={classNames['definition-form']}
                      />
                    </li>
                  ) : (
                    <DefinitionRow
                      key={definition.key}
                      definition={definition}
                      text={text}
                      busy={manager.saving}
                      canMove={{
                        up: moveDefinition(definitions, definition.key, 'up') !== null,
                        down: moveDefinition(definitions, definition.key, 'down') !== null,
                      }}
                      onEdit={() => setEditing({ mode: 'edit', key: definition.key })}
                      onMove={(direction) => run(() => move(definition, direction))}
                      onToggle={() => run(() => toggle(definition))}
                      classNames={{
                        definition: classNames.definition,
                        actions: classNames['definition-actions'],
                      }}
                    />
                  ),
                )}
              </ol>
            </div>
          ))}
          {editing?.mode === 'create' ? (
            <DefinitionForm
              takenKeys={takenKeys}
              groups={groups}
              text={text}
              onSubmit={save}
              onCancel={() => {
                setEditing(null);
                setFocusAfter('[data-action="add-definition"]');
              }}
              className={classNames['definition-form']}
            />
          ) : (
            <Button
              data-action="add-definition"
              variant="primary"
              onClick={() => setEditing({ mode: 'create' })}
            >
              {text.add}
            </Button>
          )}
        </>
      ) : null}
    </section>
  );
}
