'use client';
import { type FormEvent, useMemo, useRef } from 'react';
import { errorSentence } from '../../core/errors.ts';
import type { User } from '../../core/user.ts';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { type SaveOutcome, useEditSession } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { Field } from '../shared/Field.tsx';
import { FormActions } from '../shared/FormActions.tsx';
import { ExternalIdConflict } from './ExternalIdConflict.tsx';

/** Props of UserExternalIdForm. */
export interface UserExternalIdFormProps {
  /** The user whose external ID to show or change. */
  user: User;
  /** Whether the viewer may change it (admins); otherwise it is shown as text. */
  canEdit: boolean;
}

/** The form's values: the external ID as typed, and the version it was loaded with. */
type ExternalIdValues = { externalId: string; version: string };

const valuesOf = (user: User): ExternalIdValues => ({
  externalId: user.externalId ?? '',
  version: user.version,
});

/**
 * A user's external ID: text for viewers who may not change it; for admins, a field with its own
 * Save, on the shared edit session. A clash with another user's ID is reported on the field, and the
 * typed value stays; a change made elsewhere meanwhile is shown with the choice of which to keep.
 * Part `external-id-form` with `data-state` (`idle`, `dirty`, `saving`, `saved`, `error`, `conflict`).
 */
export function UserExternalIdForm({ user, canEdit }: UserExternalIdFormProps) {
  const { adapter, messages, locale, announce } = useTeamkit();
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const update = useUpdateProfile(user.id);
  const base = useMemo(() => valuesOf(user), [user]);
  const { session, changed, edit, save, keepMine, takeTheirs } = useEditSession(base);
  const inputRef = useRef<HTMLInputElement>(null);

  if (!canEdit) {
    return (
      <p data-part="external-id" data-readonly="">
        {user.externalId ? <code dir="ltr">{user.externalId}</code> : m.notSet}
      </p>
    );
  }

  const { draft, status, error } = session;
  const next = draft.externalId.trim() || null;
  const max = adapter.limits.externalIdMaxLength;
  const errors = draft.externalId.trim().length > max ? [formatPlural(m.externalIdTooLong, max, locale)] : [];
  const fieldError = session.fieldErrors.externalId;
  if (fieldError) {
    // A clash with another user's ID is said with the value, in the person's language.
    errors.push(
      error?.code === 'conflict' ? formatMessage(m.externalIdTaken, { value: next ?? '' }) : fieldError,
    );
  }
  const isDirty = changed.length > 0;

  const write = async (values: ExternalIdValues): Promise<ExternalIdValues> => {
    const saved = await update.mutateAsync({
      patch: { externalId: values.externalId.trim() || null },
      expectedVersion: values.version,
    });
    return valuesOf(saved);
  };
  /** Says how a save went; a failure on the field moves focus there. */
  const report = (outcome: SaveOutcome) => {
    if (outcome.status === 'saved') announce(m.externalIdSaved);
    if (outcome.status !== 'failed') return;
    const { error: failure } = outcome;
    const onField = Boolean(failure.fieldErrors.externalId);
    announce(
      onField && failure.code === 'conflict'
        ? formatMessage(m.externalIdTaken, { value: next ?? '' })
        : (failure.fieldErrors.externalId ?? errorSentence(failure, messages.common.errors)),
      'assertive',
    );
    if (onField) inputRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status === 'saving' || !isDirty) return;
    if (errors.length > 0 && !fieldError) {
      inputRef.current?.focus();
      return;
    }
    report(await save(write));
  };

  return (
    <form data-part="external-id-form" data-state={status} onSubmit={onSubmit} noValidate>
      <Field
        name="externalId"
        label={m.externalIdLabel}
        description={m.externalIdHelp}
        errors={errors}
        optionalText={messages.common.optional}
      >
        {(control) => (
          <input
            {...control}
            data-part="input"
            type="text"
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            ref={inputRef}
            value={draft.externalId}
            onChange={(event) => edit('externalId', event.target.value)}
          />
        )}
      </Field>
      {status === 'error' && !fieldError && error ? <ErrorNotice error={error} /> : null}
      {status === 'conflict' && session.conflict ? (
        <ExternalIdConflict
          latest={session.conflict.latest ? session.conflict.latest.externalId || null : undefined}
          onKeepMine={async () => report(await keepMine(write))}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormActions
        saving={status === 'saving'}
        dirty={isDirty}
        saveLabel={m.externalIdSave}
        saveUnavailable={!isDirty}
      >
        {status === 'saved' ? <p data-part="saved-note">{m.externalIdSaved}</p> : null}
      </FormActions>
    </form>
  );
}
