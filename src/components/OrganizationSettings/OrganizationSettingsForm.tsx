'use client';
import { type FormEvent, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorSentence, type TeamkitError, toTeamkitError } from '../../core/errors.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import type { Organization } from '../../core/organization.ts';
import { type PatchClash, patchClashes } from '../../core/rebase-patch.ts';
import { organization as englishOrganization } from '../../i18n/en/organization.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateOrganization } from '../../react/use-update-organization.ts';
import { MetadataEditor } from '../MetadataEditor/MetadataEditor.tsx';
import { metadataFieldErrors } from '../MetadataEditor/metadata-field-errors.ts';
import { useMetadataEditor } from '../MetadataEditor/use-metadata-editor.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { Field } from '../shared/Field.tsx';
import { OrganizationConflict } from './OrganizationConflict.tsx';
import {
  type OrganizationDraft,
  type OrganizationField,
  type OrganizationFieldIssue,
  organizationPatchFrom,
  validateOrganizationFields,
} from './organization-draft.ts';
import type { OrganizationSettingsPart, OrganizationSettingsState } from './parts.ts';

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

type Outcome =
  | { status: 'saved' }
  | { status: 'error'; error: unknown; onFields: boolean }
  | { status: 'conflict'; error: TeamkitError; latest: Organization; clashes: PatchClash[] }
  | null;

/**
 * The editable organization settings: display name, external ID and metadata, saved together with
 * one Save that sends only what changed and the version the form was opened with.
 */
export function OrganizationSettingsForm(props: OrganizationSettingsFormProps) {
  const { organization, metadataLimits, className, classNames = {} } = props;
  const { adapter, messages, locale, dir, announce } = useTeamkit();
  const m = useAreaMessages('organization', englishOrganization);
  const update = useUpdateOrganization();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<OrganizationDraft>({});
  const [touched, setTouched] = useState<ReadonlySet<OrganizationField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<OrganizationField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Held while saving: the optimistic organization, or its rollback, must not replace typed rows.
  const metadata = useMetadataEditor({
    value: organization.metadata,
    scope: 'organization',
    limits: metadataLimits,
    hold: saving,
  });

  const displayName = draft.displayName ?? organization.displayName;
  const externalId = draft.externalId ?? organization.externalId ?? '';
  const issues = validateOrganizationFields({ displayName, externalId }, adapter.limits);
  const patch = organizationPatchFrom(organization, draft, metadata.patch);
  const isDirty = Object.keys(patch).length > 0;
  const state: OrganizationSettingsState = saving
    ? 'saving'
    : outcome && outcome.status !== 'saved'
      ? outcome.status
      : isDirty
        ? 'dirty'
        : outcome?.status === 'saved'
          ? 'saved'
          : 'idle';

  const issueText = (issue: OrganizationFieldIssue): string => {
    if (issue.code === 'required') return m.displayNameRequired;
    return formatPlural(
      issue.field === 'displayName' ? m.displayNameTooLong : m.externalIdTooLong,
      issue.max,
      locale,
    );
  };
  const errorsOf = (field: OrganizationField): string[] => {
    const texts = issues
      .filter(
        (issue) => issue.field === field && (issue.code !== 'required' || submitted || touched.has(field)),
      )
      .map(issueText);
    const server = serverErrors[field];
    return server ? [...texts, server] : texts;
  };

  const change = (field: OrganizationField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _cleared, ...rest }) => rest);
  };
  const touch = (field: OrganizationField) =>
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));

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
    await send(organization.version);
  };

  /**
   * Saves the patch against `expectedVersion`. When someone else saved first, the latest version is
   * read: if they changed none of these fields the patch goes again over it once (both edits kept),
   * else the person sees both values and decides.
   */
  const send = async (expectedVersion: string, rebased?: boolean): Promise<void> => {
    const form = formRef.current;
    setSaving(true);
    setOutcome(null);
    try {
      await update.mutateAsync({ patch, expectedVersion });
      // The cache holds the stored organization now: untouched fields show it again.
      setDraft({});
      setTouched(new Set());
      setSubmitted(false);
      setOutcome({ status: 'saved' });
      announce(m.saved);
    } catch (caught) {
      const error = toTeamkitError(caught);
      if (error.code === 'conflict' && !error.fieldErrors.externalId) {
        const latest = await adapter.getOrganization(organization.id).catch(() => null);
        const clashes = latest ? patchClashes(patch, organization, latest) : [];
        if (latest && clashes.length === 0 && !rebased) return send(latest.version, true);
        if (latest) {
          setOutcome({ status: 'conflict', error, latest, clashes });
          announce(m.conflictTitle, 'assertive');
          return;
        }
      }
      const onFields: Partial<Record<OrganizationField, string>> = {};
      const typedExternalId = patch.externalId ?? '';
      if (error.fieldErrors.externalId) {
        // A clash is worded by the kit, with the value the person typed (which stays in the field).
        onFields.externalId =
          error.code === 'conflict'
            ? formatMessage(m.externalIdTaken, { value: typedExternalId })
            : error.fieldErrors.externalId;
      }
      if (error.fieldErrors.displayName) onFields.displayName = error.fieldErrors.displayName;
      const metadataErrors = metadataFieldErrors(error, 'metadata');
      const placed = Object.keys(onFields).length + Object.keys(metadataErrors).length > 0;
      flushSync(() => {
        setServerErrors(onFields);
        metadata.setServerErrors(metadataErrors);
        setOutcome({ status: 'error', error, onFields: placed });
      });
      announce(
        onFields.externalId ?? onFields.displayName ?? errorSentence(error, messages.common.errors),
        'assertive',
      );
      if (placed && form) focusFirstInvalid(form);
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    setDraft({});
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setOutcome(null);
    metadata.reset();
  };

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
            value={displayName}
            onChange={(event) => change('displayName', event.target.value)}
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
            value={externalId}
            onChange={(event) => change('externalId', event.target.value)}
            onBlur={() => touch('externalId')}
          />
        )}
      </Field>
      <MetadataEditor editor={metadata} label={m.metadataLabel} description={m.metadataHelp} />
      {outcome?.status === 'error' && !outcome.onFields ? <ErrorNotice error={outcome.error} /> : null}
      {outcome?.status === 'conflict' ? (
        <OrganizationConflict
          error={outcome.error}
          clashes={outcome.clashes}
          onKeepMine={() => void send(outcome.latest.version)}
          onTakeTheirs={discard}
        />
      ) : null}
      <div data-part="actions" className={classNames.actions}>
        <Button type="submit" variant="primary" busy={saving} aria-disabled={!isDirty || undefined}>
          {saving ? messages.common.saving : messages.common.save}
        </Button>
        {isDirty && !saving ? (
          <Button variant="ghost" onClick={discard}>
            {m.discard}
          </Button>
        ) : null}
        {state === 'saved' ? <p data-part="saved-note">{m.saved}</p> : null}
      </div>
    </form>
  );
}

/** Moves focus to the first input marked invalid, so keyboard users land on what to fix. */
function focusFirstInvalid(root: HTMLElement) {
  root.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
}
