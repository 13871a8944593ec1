'use client';
import { useId } from 'react';
import { formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { MetadataEditor } from '../MetadataEditor/MetadataEditor.tsx';
import { Field } from '../shared/Field.tsx';
import { useInviteDialogContext } from './invite-dialog-context.ts';

/**
 * First, last and display name: shown only while exactly one address is listed (they describe one
 * person). Values typed stay in the draft when hidden, and are sent only for a single invitation.
 * Part `invite-names` (a fieldset).
 */
export function NameFields() {
  const dialog = useInviteDialogContext();
  const { messages } = useTeamkit();
  const m = messages.invite.names;
  const descriptionId = `${useId()}-description`;
  if (!dialog.isSingle) return null;
  const { fields } = dialog.draft;
  return (
    <fieldset data-part="invite-names" aria-describedby={descriptionId}>
      <legend data-part="label">{m.legend}</legend>
      <p data-part="description" id={descriptionId}>
        {m.description}
      </p>
      <div data-part="name-row">
        <Field label={m.givenName} name="givenName">
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={fields.givenName}
              onChange={(event) => dialog.setField('givenName', event.target.value)}
            />
          )}
        </Field>
        <Field label={m.familyName} name="familyName">
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={fields.familyName}
              onChange={(event) => dialog.setField('familyName', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={m.displayName} name="displayName">
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={fields.displayName}
            onChange={(event) => dialog.setField('displayName', event.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}

/** "Send invitation email", on by default. Part `send-email`. */
export function SendEmailField() {
  const dialog = useInviteDialogContext();
  const { messages } = useTeamkit();
  const m = messages.invite.sendEmail;
  const id = useId();
  return (
    <div data-part="send-email">
      <input
        id={id}
        type="checkbox"
        checked={dialog.draft.fields.sendEmail}
        aria-describedby={`${id}-description`}
        onChange={(event) => dialog.setField('sendEmail', event.target.checked)}
      />
      <label htmlFor={id}>{m.label}</label>
      <p data-part="description" id={`${id}-description`}>
        {m.description}
      </p>
    </div>
  );
}

/**
 * Administrator options (shown when the viewer may manage users): the external ID, for a single
 * invitation, and metadata pairs stored with every invited user, checked against the backend's limits.
 * Part `invite-admin` (a fieldset).
 */
export function AdminFields() {
  const dialog = useInviteDialogContext();
  const { messages, locale } = useTeamkit();
  const m = messages.invite.admin;
  if (!dialog.isAdmin) return null;
  const max = dialog.limits.externalIdMaxLength;
  const externalIdErrors =
    dialog.problems.externalId === 'too_long' ? [formatPlural(m.externalIdTooLong, max, locale)] : [];
  return (
    <fieldset data-part="invite-admin">
      <legend data-part="label">{m.legend}</legend>
      {dialog.isSingle ? (
        <Field
          label={m.externalId}
          description={m.externalIdDescription}
          errors={externalIdErrors}
          name="externalId"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              dir="ltr"
              value={dialog.draft.fields.externalId}
              onChange={(event) => dialog.setField('externalId', event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <MetadataEditor editor={dialog.metadata} label={m.metadata} description={m.metadataDescription} />
    </fieldset>
  );
}
