import { type FormEvent, useId, useRef, useState } from 'react';
import type { AttributeType } from '../../core/attribute-definition.ts';
import { isTeamkitError } from '../../core/errors.ts';
import {
  customAttributeTypes,
  isPresentationOnly,
  type ManagedAttributeDefinition,
} from '../../core/managed-definition.ts';
import type { DefinitionsManagerText } from '../../i18n/definitions-manager-text.ts';
import { formatMessage } from '../../i18n/format.ts';
import { Button } from '../shared/Button.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { Field } from '../shared/Field.tsx';
import {
  type DefinitionDraft,
  type DraftIssue,
  draftFrom,
  draftIssues,
  emptyDraft,
  withLabel,
} from './definition-draft.ts';

/** Props of DefinitionForm. */
export interface DefinitionFormProps {
  /** The field edited, or none to add a custom attribute. */
  definition?: ManagedAttributeDefinition | undefined;
  /** Every key in use (a new key must differ from all, in any letter case). */
  takenKeys: readonly string[];
  /** The groups in use, offered as suggestions. */
  groups: readonly string[];
  /** The manager's words. */
  text: DefinitionsManagerText;
  /** Sends the checked draft; rejects with the adapter's error, and the draft stays as typed. */
  onSubmit(draft: DefinitionDraft): Promise<void>;
  /** Closes the form without saving. */
  onCancel(): void;
  /** Classes of the form. */
  className?: string | undefined;
}

type Messages = Partial<
  Record<'label' | 'key' | 'type' | 'options' | 'helpText' | 'group' | 'write' | 'required', string>
>;

function issueText(issue: DraftIssue, text: DefinitionsManagerText): string {
  const words = text.issues;
  if (issue.field === 'label') return formatMessage(words[issue.code], { min: issue.min, max: issue.max });
  if (issue.field === 'options')
    return issue.code === 'optionsMissing'
      ? words.optionsMissing
      : formatMessage(words.optionsRepeated, { value: issue.value });
  const keyWords = {
    too_short: formatMessage(words.keyTooShort, { min: 3 }),
    too_long: formatMessage(words.keyTooLong, { max: 25 }),
    first_letter: words.keyFirstLetter,
    characters: words.keyCharacters,
    reserved: words.keyReserved,
    taken: words.keyTaken,
  };
  return keyWords[issue.code];
}

/**
 * The add / edit form: display name, key (derived from the name until edited; fixed once created),
 * type (fixed once created), required, choices for selects, help text, group and who may write it.
 * Checks with core's rules before sending, shows the backend's field messages after, and keeps
 * everything typed when a save fails. Part `definition-form`, with `data-mode` (`create`, `edit`).
 */
export function DefinitionForm(props: DefinitionFormProps) {
  const { definition, takenKeys, groups, text, onSubmit, onCancel, className } = props;
  const mode = definition ? 'edit' : 'create';
  const [draft, setDraft] = useState<DefinitionDraft>(() =>
    definition ? draftFrom(definition) : emptyDraft(),
  );
  const [errors, setErrors] = useState<Messages>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const groupsId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const platform = definition ? isPresentationOnly(definition) : false;
  const select = draft.type === 'single_select' || draft.type === 'multi_select';
  const change = (next: Partial<DefinitionDraft>) => setDraft((current) => ({ ...current, ...next }));

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const issues = draftIssues(draft, mode, definition ? [] : takenKeys);
    const found: Messages = {};
    for (const issue of issues) found[issue.field] ??= issueText(issue, text);
    setErrors(found);
    setFailure(null);
    if (issues.length > 0) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(draft);
    } catch (error) {
      const fieldErrors = isTeamkitError(error) ? error.fieldErrors : {};
      const known: Messages = {};
      for (const name of [
        'label',
        'key',
        'type',
        'options',
        'helpText',
        'group',
        'write',
        'required',
      ] as const) {
        if (fieldErrors[name]) known[name] = fieldErrors[name];
      }
      setErrors(known);
      // A refusal naming no field here (or an outage) is shown above the buttons; the draft stays.
      if (Object.keys(known).length === 0) setFailure(error);
      else focusFirstInvalid();
    } finally {
      setSaving(false);
    }
  };

  const list = (name: keyof Messages) => (errors[name] ? [errors[name]] : []);
  return (
    <form
      ref={formRef}
      data-part="definition-form"
      data-mode={mode}
      aria-labelledby={headingId}
      className={className}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId} data-part="form-title">
        {definition ? formatMessage(text.editTitle, { label: definition.label }) : text.addTitle}
      </h3>
      {platform ? <p data-part="form-note">{text.platformField}</p> : null}
      <Field
        label={text.labelField}
        description={text.labelHelp}
        errors={list('label')}
        required
        name="label"
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            value={draft.label}
            onChange={(event) => setDraft((current) => withLabel(current, event.target.value, takenKeys))}
          />
        )}
      </Field>
      <Field
        label={text.keyField}
        description={definition ? text.keyFixed : text.keyHelp}
        errors={list('key')}
        required
        name="key"
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            spellCheck={false}
            readOnly={Boolean(definition)}
            value={draft.key}
            onChange={(event) => change({ key: event.target.value, keyEdited: true })}
          />
        )}
      </Field>
      <Field
        label={text.typeField}
        description={definition ? text.typeFixed : undefined}
        errors={list('type')}
        name="type"
      >
        {(control) => (
          <select
            {...control}
            disabled={Boolean(definition)}
            value={draft.type}
            onChange={(event) => change({ type: event.target.value as AttributeType })}
          >
            {(definition ? [definition.type] : customAttributeTypes).map((type) => (
              <option key={type} value={type}>
                {text.types[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {select ? (
        <Field
          label={text.optionsField}
          description={text.optionsHelp}
          errors={list('options')}
          required
          name="options"
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              readOnly={platform}
              value={draft.options}
              onChange={(event) => change({ options: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      <Field label={text.helpTextField} errors={list('helpText')} name="helpText">
        {(control) => (
          <input
            {...control}
            value={draft.helpText}
            onChange={(event) => change({ helpText: event.target.value })}
          />
        )}
      </Field>
      <Field label={text.groupField} description={text.groupHelp} errors={list('group')} name="group">
        {(control) => (
          <>
            <input
              {...control}
              list={groupsId}
              value={draft.group}
              onChange={(event) => change({ group: event.target.value })}
            />
            <datalist id={groupsId}>
              {groups.map((group) => (
                <option key={group} value={group} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={text.writeField} errors={list('write')} name="write">
        {(control) => (
          <select
            {...control}
            disabled={platform}
            value={draft.write}
            onChange={(event) => change({ write: event.target.value === 'admin' ? 'admin' : 'user' })}
          >
            <option value="user">{text.writeUser}</option>
            <option value="admin">{text.writeAdmin}</option>
          </select>
        )}
      </Field>
      <div data-part="checkbox-row">
        <label>
          <input
            type="checkbox"
            disabled={platform}
            checked={draft.required}
            onChange={(event) => change({ required: event.target.checked })}
          />{' '}
          {text.requiredField}
        </label>
      </div>
      {failure ? <ErrorNotice error={failure} /> : null}
      {Object.keys(errors).length > 0 ? (
        <p data-part="form-issues" role="alert">
          {text.fixIssues}
        </p>
      ) : null}
      <div data-part="form-actions">
        <Button type="submit" variant="primary" busy={saving}>
          {saving ? text.saving : text.save}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </form>
  );
}
