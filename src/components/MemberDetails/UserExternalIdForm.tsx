'use client';
import { type FormEvent, useState } from 'react';
import { flushSync } from 'react-dom';
import { toTeamkitError } from '../../core/errors.ts';
import type { User } from '../../core/user.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { Button } from '../shared/Button.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { Field } from '../shared/Field.tsx';

/** Props of UserExternalIdForm. */
export interface UserExternalIdFormProps {
  /** The user whose external ID to show or change. */
  user: User;
  /** Whether the viewer may change it (admins); otherwise it is shown as text. */
  canEdit: boolean;
}

type Outcome = { status: 'saved' } | { status: 'error'; error: unknown; onField: boolean } | null;

/**
 * A user's external ID: text for viewers who may not change it; for admins, a field with its own
 * Save. A clash with another user's ID is reported on the field, and the typed value stays.
 * Part `external-id-form` with `data-state` (`idle`, `dirty`, `saving`, `saved`, `error`).
 */
export function UserExternalIdForm({ user, canEdit }: UserExternalIdFormProps) {
  const { adapter, messages, locale, announce } = useTeamkit();
  const m = messages.memberDetails;
  const update = useUpdateProfile(user.id);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (!canEdit) {
    return (
      <p data-part="external-id" data-readonly="">
        {user.externalId ? <code dir="ltr">{user.externalId}</code> : m.notSet}
      </p>
    );
  }

  const value = draft ?? user.externalId ?? '';
  const next = value.trim() || null;
  const isDirty = next !== (user.externalId || null);
  const max = adapter.limits.externalIdMaxLength;
  const errors = value.trim().length > max ? [formatPlural(m.externalIdTooLong, max, locale)] : [];
  if (serverError) errors.push(serverError);
  const state = saving
    ? 'saving'
    : outcome?.status === 'error'
      ? 'error'
      : isDirty
        ? 'dirty'
        : outcome?.status === 'saved'
          ? 'saved'
          : 'idle';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !isDirty) return;
    const input = event.currentTarget.querySelector('input');
    if (errors.length > 0) {
      input?.focus();
      return;
    }
    setSaving(true);
    setOutcome(null);
    try {
      await update.mutateAsync({ patch: { externalId: next }, expectedVersion: user.version });
      setDraft(undefined);
      setOutcome({ status: 'saved' });
      announce(m.externalIdSaved);
    } catch (caught) {
      const error = toTeamkitError(caught);
      const fieldError = error.fieldErrors.externalId
        ? error.code === 'conflict'
          ? formatMessage(m.externalIdTaken, { value: next ?? '' })
          : error.fieldErrors.externalId
        : null;
      flushSync(() => {
        setServerError(fieldError);
        setOutcome({ status: 'error', error, onField: fieldError !== null });
      });
      announce(fieldError ?? messages.common.errors[error.code], 'assertive');
      if (fieldError) input?.focus();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form data-part="external-id-form" data-state={state} onSubmit={onSubmit} noValidate>
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
            value={value}
            onChange={(event) => {
              setDraft(event.target.value);
              setServerError(null);
            }}
          />
        )}
      </Field>
      {outcome?.status === 'error' && !outcome.onField ? <ErrorNotice error={outcome.error} /> : null}
      <div data-part="actions">
        <Button type="submit" busy={saving} aria-disabled={!isDirty || undefined}>
          {saving ? messages.common.saving : m.externalIdSave}
        </Button>
        {state === 'saved' ? <p data-part="saved-note">{m.externalIdSaved}</p> : null}
      </div>
    </form>
  );
}
