'use client';
import { type FormEvent, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorSentence } from '../../core/errors.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import type { Organization } from '../../core/organization.ts';
import { organization as englishOrganization } from '../../i18n/en/organization.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import type { SaveOutcome } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { MetadataEditor } from '../MetadataEditor/MetadataEditor.tsx';
import { metadataFieldErrors } from '../MetadataEditor/metadata-field-errors.ts';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { Field } from '../shared/Field.tsx';
import { FormActions } from '../shared/FormActions.tsx';
import { OrganizationConflict } from './OrganizationConflict.tsx';
import {
  type OrganizationField,
  type OrganizationFieldIssue,
  validateOrganizationFields,
} from './organization-draft.ts';
import type { OrganizationSettingsPart, OrganizationSettingsState } from './parts.ts';
import { useOrganizationSession } from './use-organization-session.ts';

/** Props of OrganizationSettingsForm. */
export interface OrganizationSettingsFormProps {
  /** The stored organization. */
  organization: Organization;
  /** Metadata limits in force; the adapter's organization limits by default. */
  metadataLimits?: MetadataLimits;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<OrganizationSettingsPart, string>>;
}

/**
 * The editable organization settings: display name, external ID and metadata, saved together with
 * one Save that sends only what changed and the version the form was opened with. Runs on the shared
 * edit session (`useOrganizationSession`); `data-state` is the session's status.
 */
export function OrganizationSettingsForm(props: OrganizationSettingsFormProps) {
  const { organization, metadataLimits, className, classNames = {} } = props;
  const { adapter, messages, locale, dir, announce } = useTeamkit();
  const m = useAreaMessages('organization', englishOrganization);
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [touched, setTouched] = useState<ReadonlySet<OrganizationField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const edits = useOrganizationSession(organization, metadataLimits);
  const { session, metadata } = edits;
  const { draft, status } = session;

  const issues = validateOrganizationFields(draft, adapter.limits);
  // A row begun but not yet a pair (no key) changes no field, yet is something to discard.
  const isDirty = edits.changed.length > 0 || metadata.isDirty;
  const saving = status === 'saving';
  const state: OrganizationSettingsState = status;
  const typedExternalId = draft.externalId.trim();

  const issueText = (issue: OrganizationFieldIssue): string => {
    if (issue.code === 'required') return m.displayNameRequired;
    return formatPlural(
      issue.field === 'displayName' ? m.displayNameTooLong : m.externalIdTooLong,
      issue.max,
      locale,
    );
  };
  /** The server's message on a field; a clash of the external ID is worded by the kit, with the value typed. */
  const serverError = (field: OrganizationField): string | undefined => {
    const message = session.fieldErrors[field];
    if (!message) return undefined;
    return field === 'externalId' && session.error?.code === 'conflict'
      ? formatMessage(m.externalIdTaken, { value: typedExternalId })
      : message;
  };
  const errorsOf = (field: OrganizationField): string[] => {
    const texts = issues
      .filter(
        (issue) => issue.field === field && (issue.code !== 'required' || submitted || touched.has(field)),
      )
      .map(issueText);
    const server = serverError(field);
    return server ? [...texts, server] : texts;
  };

  const touch = (field: OrganizationField) =>
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));

  /** Says how a save went; a failure on fields moves focus to the first of them. */
  const report = (outcome: SaveOutcome) => {
    if (outcome.status === 'skipped') return;
    if (outcome.status === 'saved') {
      setTouched(new Set());
      setSubmitted(false);
      announce(m.saved);
      return;
    }
    const { error } = outcome;
    if (error.code === 'conflict' && Object.keys(error.fieldErrors).length === 0) {
      announce(m.conflictTitle, 'assertive');
      return;
    }
    const metadataErrors = metadataFieldErrors(error, 'metadata');
    flushSync(() => metadata.setServerErrors(metadataErrors));
    const onField = error.fieldErrors.externalId
      ? error.code === 'conflict'
        ? formatMessage(m.externalIdTaken, { value: typedExternalId })
        : error.fieldErrors.externalId
      : error.fieldErrors.displayName;
    announce(onField ?? errorSentence(error, messages.common.errors), 'assertive');
    const form = formRef.current;
    if (form && (onField || Object.keys(metadataErrors).length > 0)) focusFirstInvalid(form);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const form = event.currentTarget;
    // Rendered at once so every issue is in the DOM before focus moves to the first one.
    flushSync(() => {
      setSubmitted(true);
      metadata.revealIssues();
    });
    if (issues.length > 0 || !metadata.isValid) {
      announce(m.fixIssues, 'assertive');
      focusFirstInvalid(form);
      return;
    }
    if (!isDirty) {
      announce(m.nothingToSave);
      return;
    }
    report(await edits.save());
  };

  const discard = () => {
    setTouched(new Set());
    setSubmitted(false);
    edits.discard();
  };
  const placedErrors = Object.keys(session.fieldErrors).length > 0;

  return (
    <form
      ref={formRef}
      data-teamkit=""
      dir={dir}
      data-part="organization-settings"
      data-state={state}
      aria-labelledby={titleId}
      className={cx(classNames['organization-settings'], className)}
      onSubmit={onSubmit}
      noValidate
    >
      <h2 data-part="title" id={titleId} className={classNames.title}>
        {m.title}
      </h2>
      <dl data-part="ids">
        <div data-part="id">
          <dt>{m.idLabel}</dt>
          <dd>
            <code>{organization.id}</code>
          </dd>
        </div>
      </dl>
      <Field
        name="displayName"
        label={m.displayNameLabel}
        description={m.displayNameHelp}
        errors={errorsOf('displayName')}
        required
        className={classNames.field}
      >
        {(control) => (
          <input
            {...control}
            data-part="input"
            type="text"
            autoComplete="organization"
            value={draft.displayName}
            onChange={(event) => edits.edit('displayName', event.target.value)}
            onBlur={() => touch('displayName')}
          />
        )}
      </Field>
      <Field
        name="externalId"
        label={m.externalIdLabel}
        description={m.externalIdHelp}
        errors={errorsOf('externalId')}
        optionalText={messages.common.optional}
        className={classNames.field}
      >
        {(control) => (
          <input
            {...control}
            data-part="input"
            type="text"
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            value={draft.externalId}
            onChange={(event) => edits.edit('externalId', event.target.value)}
            onBlur={() => touch('externalId')}
          />
        )}
      </Field>
      <MetadataEditor editor={metadata} label={m.metadataLabel} description={m.metadataHelp} />
      {(status === 'error' && !placedErrors) || (status === 'conflict' && !edits.clashes) ? (
        <ErrorNotice error={session.error} />
      ) : null}
      {status === 'conflict' && edits.clashes && session.error ? (
        <OrganizationConflict
          error={session.error}
          clashes={edits.clashes}
          onKeepMine={async () => report(await edits.keepMine())}
          onTakeTheirs={edits.takeTheirs}
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
        {state === 'saved' ? <p data-part="saved-note">{m.saved}</p> : null}
      </FormActions>
    </form>
  );
}

/** Moves focus to the first input marked invalid, so keyboard users land on what to fix. */
function focusFirstInvalid(root: HTMLElement) {
  root.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
}
